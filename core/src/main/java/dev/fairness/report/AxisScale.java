package dev.fairness.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear chart axis with "nice" tick values (1, 2 or 5 times a power of ten), computed with exact
 * decimal arithmetic so tick labels are the same on every machine.
 *
 * @param lo lowest value on the axis (a tick)
 * @param hi highest value on the axis (a tick)
 * @param ticks tick values from {@code lo} to {@code hi}
 */
record AxisScale(double lo, double hi, List<BigDecimal> ticks) {

  /**
   * Returns an axis covering {@code [min, max]} with about {@code count} intervals; an empty or
   * non-finite range becomes a unit range around {@code min}.
   */
  static AxisScale covering(double min, double max, int count) {
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      min = 0;
      max = 1;
    }
    if (max - min < 1e-12) {
      min = min - 0.5;
      max = max + 0.5;
    }
    BigDecimal step = niceStep((max - min) / count);
    BigDecimal lo = new BigDecimal(min).divide(step, 0, RoundingMode.FLOOR).multiply(step);
    BigDecimal hi = new BigDecimal(max).divide(step, 0, RoundingMode.CEILING).multiply(step);
    List<BigDecimal> ticks = new ArrayList<>();
    for (BigDecimal t = lo; t.compareTo(hi) <= 0; t = t.add(step)) {
      ticks.add(t.stripTrailingZeros());
    }
    return new AxisScale(lo.doubleValue(), hi.doubleValue(), List.copyOf(ticks));
  }

  /** Returns the fraction of the axis length at which {@code v} lies (0 at lo, 1 at hi). */
  double fraction(double v) {
    if (!Double.isFinite(v)) {
      return v > 0 ? 1 : 0;
    }
    return (v - lo) / (hi - lo);
  }

  /** Returns the text of a tick value, e.g. {@code 0.25}, {@code -0.1}, {@code 20}. */
  static String label(BigDecimal tick) {
    return tick.signum() == 0 ? "0" : tick.toPlainString();
  }

  private static BigDecimal niceStep(double raw) {
    int exponent = (int) StrictMath.floor(StrictMath.log10(raw));
    double mantissa = raw / StrictMath.pow(10, exponent);
    int nice = mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10;
    return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
  }
}
