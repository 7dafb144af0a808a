package dev.fairness.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the vendored {@link SchubfachDouble} to jackson-core's public output. The oracle is an
 * {@link ObjectMapper} with {@link StreamWriteFeature#USE_FAST_DOUBLE_WRITER}: its {@code
 * writeValueAsString(double)} is jackson-core's own copy of the algorithm reached through public
 * API only, so a slip in the vendored copy (a table entry, a renamed constant) shows as a differing
 * string. Jackson writes NaN and the infinities as JSON strings; their quotes are dropped before
 * comparing. Every value is also checked to read back as the same double.
 */
class SchubfachDoubleTest {

  private static final ObjectMapper JACKSON =
      JsonMapper.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  /** The values of the value-rendering rules (and the doubles Java 17 renders non-shortest). */
  @ParameterizedTest
  @ValueSource(
      doubles = {
        40.0,
        0.0001,
        2850.5,
        0.00001,
        1.5e16,
        -2.5e-7,
        0.0,
        -0.0,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.NaN,
        2.82879384806159e17,
        5e-324,
        1e23,
        Double.MAX_VALUE,
        Double.MIN_NORMAL,
        0.1,
        0.3513692725946555
      })
  void agreesWithJacksonOnTheRenderingRulesValues(double v) throws JsonProcessingException {
    assertEquals(jackson(v), SchubfachDouble.toString(v));
  }

  @Test
  void agreesWithJacksonOnThreeMillionRandomDoubles() throws JsonProcessingException {
    SplittableRandom random = new SplittableRandom(20261205L);
    int checked = 0;
    for (int i = 0; i < 2_000_000; i++) { // every bit pattern is equally likely: all exponents
      check(Double.longBitsToDouble(random.nextLong()));
      checked++;
    }
    for (int i = 0; i < 1_000_000; i++) { // the magnitudes data has: [0, 1e6) with few digits
      double v = random.nextDouble() * Math.pow(10, random.nextInt(-6, 7));
      check(i % 2 == 0 ? v : Math.rint(v * 1000) / 1000);
      checked++;
    }
    assertEquals(3_000_000, checked);
  }

  /** Jackson's text of {@code v}; it writes NaN and the infinities as JSON strings: unquoted here. */
  private static String jackson(double v) throws JsonProcessingException {
    String json = JACKSON.writeValueAsString(v);
    return Double.isFinite(v) ? json : json.substring(1, json.length() - 1);
  }

  private static void check(double v) throws JsonProcessingException {
    String ours = SchubfachDouble.toString(v);
    String jackson = jackson(v);
    if (!ours.equals(jackson)) {
      fail(Long.toHexString(Double.doubleToRawLongBits(v)) + ": " + ours + " != " + jackson);
    }
    if (!Double.isNaN(v) && Double.parseDouble(ours) != v) {
      fail(Long.toHexString(Double.doubleToRawLongBits(v)) + ": " + ours + " does not read back");
    }
  }
}
