package dev.fairness.bias;

import dev.fairness.RunLog;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.CellParser;
import dev.fairness.data.Column;
import dev.fairness.data.DataException;
import dev.fairness.text.ValueText;
import java.util.List;

/** The single numeric threshold of a CONTINUOUS column (spec §4.1–§4.3) and its warnings. */
final class Thresholds {

  static final String NOT_NUMERIC =
      "Facet/label value provided must be a single numeric threshold for continuous data";

  private Thresholds() {}

  /**
   * Returns the threshold of a one-element value list: a JSON integer or boolean (true = 1, as in
   * Python) as {@link Long}, another number as {@link Double}, a string that parses as a float as
   * {@link Double}. Throws {@link DataException} with the smclarify message otherwise.
   */
  static Number threshold(List<Object> values) {
    if (values.size() != 1) {
      throw new DataException(NOT_NUMERIC);
    }
    Object v = values.get(0);
    if (v instanceof Boolean b) {
      // Python's bool is an int: smclarify takes true as the threshold 1
      return b ? 1L : 0L;
    }
    if (v instanceof Long || v instanceof Integer) {
      return ((Number) v).longValue();
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      Double d = CellParser.parseDouble(CellParser.stripSpace(s));
      if (d != null) {
        return d;
      }
    }
    throw new DataException(NOT_NUMERIC);
  }

  /** Returns true when smclarify accepts the value as a threshold: a number, or a float string. */
  static boolean isNumeric(Object v) {
    return v instanceof Boolean
        || v instanceof Number
        || (v instanceof String s && CellParser.parseDouble(CellParser.stripSpace(s)) != null);
  }

  /**
   * Throws smclarify's error (pandas', when it builds the interval up to a NaN maximum) when a
   * CONTINUOUS column has no non-missing value, so that no interval can be made.
   */
  static void requireSomeValue(Column c, Number t) {
    if (c.size() > 0 && c.missingCount() == c.size()) {
      throw new DataException(
          "Column "
              + c.name()
              + " has no non-missing value, so threshold "
              + ValueText.render(t)
              + " makes no interval: missing values must be missing in the same location both"
              + " left and right sides (smclarify's error); check the column and its missing-value"
              + " markers");
    }
  }

  /**
   * Logs the [ADAPT] warning of spec §4.1 when the column's non-missing values are exactly two
   * distinct integers (integral floats included).
   */
  static void warnTwoIntegers(NumericColumn c, Object value, IntervalRule rule, RunLog log) {
    // the first distinct values in row order, up to a third one (-0.0 counted as 0.0)
    double[] seen = new double[3];
    int distinct = 0;
    for (int i = 0; i < c.size() && distinct <= 2; i++) {
      if (!c.isMissing(i)) {
        double x = c.doubleValue(i);
        if (x != Math.rint(x)) {
          return;
        }
        distinct = add(seen, distinct, x == 0.0 ? 0.0 : x);
      }
    }
    warnTwo(c, seen, distinct, value, rule, log);
  }

  /** Returns {@link #warnTwoIntegers} for an integral column from its value codes. */
  static void warnTwoIntegers(
      NumericColumn c,
      ValueCodes codes,
      long[] values,
      Object value,
      IntervalRule rule,
      RunLog log) {
    double[] seen = new double[3];
    int distinct = 0;
    for (int k = 0; k < values.length && distinct <= 2; k++) {
      if (codes.rows(k) > 0) {
        distinct = add(seen, distinct, (double) values[k]);
      }
    }
    warnTwo(c, seen, distinct, value, rule, log);
  }

  /** Adds x to the distinct values seen so far; returns their number (at most 3). */
  private static int add(double[] seen, int distinct, double x) {
    for (int k = 0; k < distinct; k++) {
      if (seen[k] == x) {
        return distinct;
      }
    }
    seen[distinct] = x;
    return distinct + 1;
  }

  private static void warnTwo(
      NumericColumn c, double[] seen, int distinct, Object value, IntervalRule rule, RunLog log) {
    if (distinct != 2) {
      return;
    }
    String a = render(c, Math.min(seen[0], seen[1]));
    String b = render(c, Math.max(seen[0], seen[1]));
    log.warn(
        "Column "
            + c.name()
            + " holds only the values "
            + a
            + " and "
            + b
            + " but is classified CONTINUOUS; "
            + ValueText.render(value)
            + " is used as a threshold, selecting "
            + rule.text());
  }

  private static String render(NumericColumn c, double x) {
    return c.integral() ? Long.toString((long) x) : ValueText.renderDouble(x);
  }
}
