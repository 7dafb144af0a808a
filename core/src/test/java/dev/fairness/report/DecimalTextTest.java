package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalTextTest {

  @ParameterizedTest
  @CsvSource({
    "0.19097982982080125, 0.1910",
    "-0.11406307168459873, -0.1141",
    "-0.00001, 0.0000",
    "-0.0, 0.0000",
    "1.0, 1.0000",
    "11583.0, 11583.0000",
    // 0.00005 is stored slightly above 5e-5, so the exact binary value rounds up
    "0.00005, 0.0001",
    // 0.00015 is stored slightly below 1.5e-4: rounding the binary value gives 0.0001, not 0.0002
    "0.00015, 0.0001",
    "Infinity, +∞",
    "-Infinity, −∞",
    "NaN, —"
  })
  void roundsTheExactBinaryValueHalfEven(double value, String expected) {
    assertEquals(expected, DecimalText.round4(value));
  }

  @ParameterizedTest
  @CsvSource({"0.125, 0.12", "0.375, 0.38", "-0.125, -0.12"})
  void tiesGoToEven(double value, String expected) {
    assertEquals(expected, DecimalText.fixed(value, 2));
  }

  @ParameterizedTest
  @CsvSource({"0.19097982982080125, 19.1", "-0.0005, 0.1", "0.00004, 0.0"})
  void percentIsAbsoluteWithOneDecimal(double value, String expected) {
    assertEquals(expected, DecimalText.percent(value));
  }

  @ParameterizedTest
  @CsvSource({"49.849999999999994, 49.85", "20.0, 20", "-0.0, 0", "0.30000000000000004, 0.3"})
  void compactDropsTrailingZeros(double value, String expected) {
    assertEquals(expected, DecimalText.compact(value));
  }

  @ParameterizedTest
  @CsvSource({"0.19097982982080125, 0.19097982982080125", "1e-05, 1e-05", "40.0, 40.0"})
  void fullValueIsPythonRepr(double value, String expected) {
    assertEquals(expected, DecimalText.full(value));
  }

  @ParameterizedTest
  @CsvSource({"11583.0, 11583", "0.0, 0", "852.0, 852", "2.5, 2.5000", "Infinity, +∞", "NaN, —"})
  void countsShowWithoutDecimalsWhenWhole(double value, String expected) {
    assertEquals(expected, DecimalText.count(value));
  }

  @Test
  void fixedEqualsExactHalfEvenRoundingOfTheBinaryValue() {
    // fixed() skips BigDecimal when the rounding is certain; it must give BigDecimal's text for
    // every double: random magnitudes, exact ties (k/2^j), decimal-looking values near ties
    // (2.675 is 2.67499999... in binary), zeros of both signs, and the 1e9 limit
    SplittableRandom random = new SplittableRandom(3);
    double[] special = {
      0.0,
      -0.0,
      0.125,
      -0.125,
      2.675,
      1.005,
      0.00005,
      -0.00005,
      0.5,
      1.5,
      2.5,
      -2.5,
      0.03125,
      99999.99995,
      123456.78905,
      999999999.5,
      1e-300,
      -1e-300,
      4.9e-324,
      0.30000000000000004
    };
    int checked = 0;
    for (int i = 0; i < 300_000; i++) {
      double v;
      if (i < special.length) {
        v = special[i];
      } else if (i % 3 == 0) {
        v = (random.nextLong(2_000_000) - 1_000_000) / Math.pow(2, random.nextInt(1, 24)); // ties
      } else if (i % 3 == 1) {
        v = (random.nextLong(2_000_000) - 1_000_000) / 1000.0 + 0.0005; // near decimal ties
      } else {
        v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 12));
      }
      for (int scale = 0; scale <= 6; scale++) {
        BigDecimal exact = new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN);
        String expected = (exact.signum() == 0 ? exact.abs() : exact).toPlainString();
        assertEquals(expected, DecimalText.fixed(v, scale), v + " at scale " + scale);
        checked++;
      }
    }
    assertEquals(2_100_000, checked);
  }
}
