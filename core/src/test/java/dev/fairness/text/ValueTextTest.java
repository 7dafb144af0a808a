package dev.fairness.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "40.0, 40.0",
    "0.0001, 0.0001",
    "0.00001, 1e-05",
    "2850.5, 2850.5",
    "1.5e16, 1.5e+16",
    "1e16, 1e+16",
    "9999999999999998.0, 9999999999999998.0",
    "-2.5e-7, -2.5e-07",
    "0.30000000000000004, 0.30000000000000004",
    "123456789.0, 123456789.0",
    "1e22, 1e+22",
    "5e-324, 5e-324",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "0.1, 0.1",
    "-0.0, -0.0",
    "100.0, 100.0",
    "2.0e-4, 0.0002",
    "0.057704603668062765, 0.057704603668062765"
  })
  void rendersFloatsLikePythonRepr(double value, String expected) {
    assertEquals(expected, ValueText.renderDouble(value));
  }

  @ParameterizedTest
  @CsvSource({"2.0E-3, 0.002", "1.0E7, 10000000.0", "1.0E-4, 0.0001", "9.9E-5, 9.9e-05"})
  void switchesNotationAtPythonsBounds(double value, String expected) {
    assertEquals(expected, ValueText.renderDouble(value));
  }

  @org.junit.jupiter.api.Test
  void rendersOtherTypes() {
    assertEquals("inf", ValueText.render(Double.POSITIVE_INFINITY));
    assertEquals("-inf", ValueText.render(Double.NEGATIVE_INFINITY));
    assertEquals("nan", ValueText.render(Double.NaN));
    assertEquals("True", ValueText.render(true));
    assertEquals("False", ValueText.render(false));
    assertEquals("-42", ValueText.render(-42L));
    assertEquals("", ValueText.render(null));
    assertEquals("a b", ValueText.render("a b"));
  }

  @org.junit.jupiter.api.Test
  void roundTripsRandomDoubles() {
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 20000; i++) {
      double v = Double.longBitsToDouble(r.nextLong());
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        continue;
      }
      String s = ValueText.renderDouble(v);
      assertEquals(v, Double.parseDouble(s), s);
    }
  }
}
