package dev.fairness.report;

import dev.fairness.text.ValueText;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The number texts of the reports (spec §9.6): table values rounded to 4 decimals on the exact
 * binary value, full values in Python {@code repr} form (§9.5), percentages and chart coordinates.
 */
final class DecimalText {

  /** The text shown for a failed metric or a missing number. */
  static final String DASH = "—";

  private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

  private DecimalText() {}

  /**
   * Returns {@code v} rounded half-even to 4 decimals, {@code 0.0000} for a negative zero result,
   * {@code +∞}/{@code −∞} for infinities and {@link #DASH} for NaN.
   */
  static String round4(double v) {
    return fixed(v, 4);
  }

  /**
   * Returns {@code v} rounded half-even to {@code scale} decimals, with the rules of {@link
   * #round4}.
   */
  static String fixed(double v, int scale) {
    if (Double.isNaN(v)) {
      return DASH;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+∞" : "−∞";
    }
    String quick = quickFixed(v, scale);
    if (quick != null) {
      return quick;
    }
    BigDecimal rounded = new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0) {
      rounded = rounded.abs();
    }
    return rounded.toPlainString();
  }

  /**
   * Returns {@link #fixed} of a finite {@code v} without BigDecimal when the answer is certain: |v|
   * times 10^scale is below 10^9, so its double product is within 6e−8 of the exact one, and not
   * within 1e−6 of a rounding tie, so the exact value rounds the same way. Null otherwise (a report
   * formats a few thousand numbers, and BigDecimal's exact expansion of each was a visible part of
   * its time).
   */
  private static String quickFixed(double v, int scale) {
    if (scale < 0 || scale >= POWERS.length) {
      return null;
    }
    double x = Math.abs(v) * POWERS[scale];
    if (!(x < 1e9)) {
      return null;
    }
    double whole = Math.floor(x);
    double fraction = x - whole;
    if (Math.abs(fraction - 0.5) < 1e-6) {
      return null;
    }
    long r = (long) whole + (fraction > 0.5 ? 1 : 0);
    long unit = (long) POWERS[scale];
    StringBuilder out = new StringBuilder(24);
    if (v < 0 && r != 0) {
      out.append('-');
    }
    out.append(r / unit);
    if (scale > 0) {
      String digits = Long.toString(r % unit + unit); // a leading 1 keeps the zeros
      out.append('.').append(digits, 1, digits.length());
    }
    return out.toString();
  }

  /**
   * Returns a count: a whole number without decimals ({@code 11583}), anything else as {@link
   * #round4}.
   */
  static String count(double v) {
    if (Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return round4(v);
  }

  /** Returns the full value of {@code v} as spec §9.5 renders it ({@code 0.19097982982080125}). */
  static String full(double v) {
    return ValueText.renderDouble(v);
  }

  /** Returns {@code |v| × 100} rounded to one decimal, e.g. {@code 19.1} for {@code -0.19098}. */
  static String percent(double v) {
    return fixed(Math.abs(v) * 100, 1);
  }

  /**
   * Returns {@code v} rounded half-even to 4 decimals without trailing zeros ({@code 49.85}), for
   * chart labels; infinities and NaN as in {@link #round4}.
   */
  static String compact(double v) {
    if (!Double.isFinite(v)) {
      return round4(v);
    }
    BigDecimal rounded = new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /** Returns a chart coordinate rounded to 2 decimals. */
  static String coordinate(double v) {
    return fixed(v, 2);
  }
}
