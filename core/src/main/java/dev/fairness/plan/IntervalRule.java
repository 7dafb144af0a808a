package dev.fairness.plan;

import dev.fairness.data.ValueText;

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

  /** Returns true when {@code lower < v <= upper}; missing cells are never inside. */
  boolean contains(NumericColumn c, int row) {
    if (lower == null || c.isMissing(row)) {
      return false;
    }
    Number v = c.value(row);
    return Numbers.compare(lower, v) < 0 && Numbers.compare(v, upper) <= 0;
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
