package dev.fairness.report;

import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.MetricValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Reads a metric's confidence interval in plain words (issue 18, docs/confidence.md): "Between 0.28
 * and 0.33 with 95 % confidence", then whether it settles the question. An interval is <b>too wide
 * to conclude</b> when it contains the metric's no-difference value (1 for DI, 0 for every other
 * metric): the data are then consistent both with no disparity and with the disparity measured.
 * Otherwise the interval excludes that value and the disparity is unlikely to be sampling noise.
 */
final class IntervalReading {

  private IntervalReading() {}

  /** Returns the no-difference value of a metric: 1 for the ratio DI, 0 for the others. */
  static double neutral(String metric) {
    return metric.equals("DI") ? 1.0 : 0.0;
  }

  /** Returns a metric's value with its interval, e.g. {@code 0.3023 [0.281, 0.325]}. */
  static String value(double v, ConfidenceInterval ci) {
    if (ci == null) {
      return DecimalText.round4(v);
    }
    return DecimalText.round4(v)
        + " ["
        + DecimalText.fixed(ci.low(), 3)
        + ", "
        + DecimalText.fixed(ci.high(), 3)
        + "]";
  }

  /**
   * Returns the reading of {@code m}'s interval, or an empty string when it has none; {@code rows}
   * is the number of rows in the group (negative when unknown).
   */
  static String read(MetricValue m, long rows) {
    ConfidenceInterval ci = m.ci();
    if (ci == null || m.failed()) {
      return "";
    }
    double zero = neutral(m.name());
    String between =
        "Between "
            + words(ci.low())
            + " and "
            + words(ci.high())
            + (Double.isNaN(ci.level())
                ? " (bootstrap interval)"
                : " with " + DecimalText.compact(ci.level() * 100) + " % confidence");
    String people =
        rows < 0 ? "" : "with " + rows + (rows == 1 ? " row" : " rows") + " in the group ";
    String none = words(zero) + (zero == 1 ? " (parity)" : " (no difference)");
    if (ci.low() <= zero && zero <= ci.high()) {
      return between
          + "; "
          + people
          + "this is too wide to conclude: the interval includes "
          + none
          + ".";
    }
    return between
        + "; the interval excludes "
        + none
        + ", so "
        + people
        + "the disparity is unlikely to be sampling noise.";
  }

  /** Returns a bound in words: two significant digits, e.g. {@code 0.28}, {@code −0.0051}. */
  static String words(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "+∞" : "−∞";
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal r = new BigDecimal(v).round(new MathContext(2, RoundingMode.HALF_EVEN));
    String s = r.stripTrailingZeros().toPlainString();
    return s.startsWith("-") ? "−" + s.substring(1) : s;
  }
}
