package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.MetricValue;
import org.junit.jupiter.api.Test;

class IntervalReadingTest {

  private static MetricValue m(String name, double v, double low, double high, double level) {
    return MetricValue.of(name, name, v).withInterval(new ConfidenceInterval(low, high, level));
  }

  @Test
  void anIntervalThatIncludesNoDifferenceIsTooWideToConclude() {
    assertEquals(
        "Between −0.046 and 0.31 with 95 % confidence; with 42 rows in the group this is too"
            + " wide to conclude: the interval includes 0 (no difference).",
        IntervalReading.read(m("DPPL", 0.13, -0.0456, 0.3121, 0.95), 42));
    assertEquals(
        "Between 0.62 and 1.4 with 90 % confidence; with 1 row in the group this is too wide to"
            + " conclude: the interval includes 1 (parity).",
        IntervalReading.read(m("DI", 0.9, 0.62, 1.4, 0.9), 1));
  }

  @Test
  void anIntervalThatExcludesNoDifferenceSaysSo() {
    assertEquals(
        "Between 0.28 and 0.33 with 95 % confidence; the interval excludes 1 (parity), so with"
            + " 5421 rows in the group the disparity is unlikely to be sampling noise.",
        IntervalReading.read(m("DI", 0.3023, 0.2812, 0.3251, 0.95), 5421));
    assertEquals(
        "Between 0.18 and 0.2 (bootstrap interval); the interval excludes 0 (no difference), so"
            + " the disparity is unlikely to be sampling noise.",
        IntervalReading.read(m("DPL", 0.19, 0.1801, 0.2033, Double.NaN), -1));
    assertEquals("", IntervalReading.read(MetricValue.of("DI", "DI", 0.3), 10));
  }

  @Test
  void cellsShowTheValueAndTheBoundsToThreeDecimals() {
    assertEquals(
        "0.3023 [0.281, 0.325]",
        IntervalReading.value(0.30225, new ConfidenceInterval(0.28123, 0.32512)));
    assertEquals(
        "1.5000 [-1.145, +∞]",
        IntervalReading.value(1.5, new ConfidenceInterval(-1.1455, Double.POSITIVE_INFINITY)));
    assertEquals("0.3023", IntervalReading.value(0.30225, null));
  }
}
