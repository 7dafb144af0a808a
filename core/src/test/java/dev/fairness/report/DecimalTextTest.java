package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
