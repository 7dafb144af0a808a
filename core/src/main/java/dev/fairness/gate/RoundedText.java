package dev.fairness.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Renders numbers for tables the way the reports do (spec §9.6): rounded to 4 decimals, half-even,
 * on the exact binary value; {@code -0.0000} printed as {@code 0.0000}; infinities as {@code +∞}
 * and {@code −∞}.
 */
public final class RoundedText {

  private RoundedText() {}

  /** Returns {@code v} rounded to 4 decimals, e.g. {@code 0.3514}, {@code +∞}. */
  public static String of(double v) {
    return of(v, 4);
  }

  /**
   * Returns a metric's value as {@link #of} followed by its confidence interval with bounds rounded
   * to 3 decimals, e.g. {@code 0.3023 [0.281, 0.325]}; the value alone when it has none.
   */
  public static String withInterval(dev.fairness.result.MetricValue m) {
    if (m.ci() == null) {
      return of(m.value());
    }
    return of(m.value()) + " [" + of(m.ci().low(), 3) + ", " + of(m.ci().high(), 3) + "]";
  }

  private static String of(double v, int scale) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+∞" : "−∞";
    }
    BigDecimal r = new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN);
    if (r.signum() == 0) {
      return BigDecimal.ZERO.setScale(scale).toPlainString();
    }
    return r.toPlainString();
  }

  /**
   * Returns {@code v} as {@link #of} with a {@code +} before positive values, e.g. {@code +0.0125}.
   */
  public static String signed(double v) {
    String s = of(v);
    return s.equals("0.0000") || s.startsWith("-") || s.startsWith("+") || s.startsWith("−")
        ? s
        : "+" + s;
  }
}
