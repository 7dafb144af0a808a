package dev.fairness.bias;

import dev.fairness.bias.count.RowBits;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.text.ValueText;

/**
 * The threshold rule of spec §4.2 for CONTINUOUS columns: breaks {@code [t]}, plus the column
 * maximum {@code m} unless {@code |m|} equals {@code t} (smclarify compares the absolute value),
 * sorted; the interval between consecutive breaks is open on the left and closed on the right.
 *
 * @param lower left end (exclusive), or null when there is no interval
 * @param upper right end (inclusive), or null when there is no interval
 */
record IntervalRule(Number lower, Number upper) {

  /** Returns the rule for threshold {@code t} and maximum {@code max} (null: no values). */
  static IntervalRule of(Number t, Number max) {
    if (max == null || Numbers.compare(Numbers.abs(max), t) == 0) {
      return new IntervalRule(null, null);
    }
    return Numbers.compare(t, max) < 0 ? new IntervalRule(t, max) : new IntervalRule(max, t);
  }

  /** Returns true when the rule selects nothing. */
  boolean isEmpty() {
    return lower == null;
  }

  /**
   * Returns the rows with {@code lower < v <= upper}; missing cells are never inside. Compares like
   * {@link Numbers#compare}: an integral column's values exactly against integer ends, otherwise as
   * doubles; nothing is boxed per row.
   */
  RowBits select(NumericColumn c) {
    int n = c.size();
    RowBits out = new RowBits(n);
    if (isEmpty()) {
      return out;
    }
    boolean anyMissing = c.missingCount() > 0;
    if (c.integral()) {
      for (int i = 0; i < n; i++) {
        if ((!anyMissing || !c.isMissing(i)) && containsLong(c.longValue(i))) {
          out.set(i);
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        if ((!anyMissing || !c.isMissing(i)) && containsDouble(c.doubleValue(i))) {
          out.set(i);
        }
      }
    }
    return out;
  }

  /**
   * Returns, per used code, whether its value (from {@code values}) is inside: as an integer, or as
   * a double with {@code asDouble} (integer predictions against a FLOAT label).
   */
  boolean[] selectCodes(ValueCodes codes, long[] values, boolean asDouble) {
    boolean[] member = new boolean[codes.size()];
    for (int c = 0; c < member.length; c++) {
      if (codes.rows(c) > 0) {
        member[c] = asDouble ? containsDouble(values[c]) : containsLong(values[c]);
      }
    }
    return member;
  }

  /** Returns true when {@code lower < v <= upper} for an integer value. */
  boolean containsLong(long v) {
    if (lower == null) {
      return false;
    }
    // Numbers.compare: exact between integers, else as doubles
    boolean above = lower instanceof Long l ? l < v : lower.doubleValue() < (double) v;
    return above && (upper instanceof Long u ? v <= u : !((double) v > upper.doubleValue()));
  }

  /** Returns true when {@code lower < v <= upper} for a double value. */
  boolean containsDouble(double v) {
    return lower != null && lower.doubleValue() < v && !(v > upper.doubleValue());
  }

  /**
   * Returns the §4.2 rendering {@code (<lower>, <upper>]}, both ends as integers when both are
   * integers, else both as floats; the empty string when there is no interval.
   */
  String text() {
    if (lower == null) {
      return "";
    }
    boolean ints = lower instanceof Long && upper instanceof Long;
    return "(" + end(lower, ints) + ", " + end(upper, ints) + "]";
  }

  private static String end(Number x, boolean ints) {
    return ints ? ValueText.render(x) : ValueText.renderDouble(x.doubleValue());
  }
}
