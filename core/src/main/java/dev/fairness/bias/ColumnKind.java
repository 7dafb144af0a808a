package dev.fairness.bias;

import dev.fairness.RunLog;
import dev.fairness.bias.count.LongValues;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.CellParser;
import dev.fairness.data.Column;
import dev.fairness.text.ValueText;
import java.util.Arrays;
import java.util.List;

/** Whether a label, predicted-label or facet column is treated as categorical or continuous. */
public enum ColumnKind {
  /** Compared by value membership. */
  CATEGORICAL,
  /** Compared by threshold intervals. */
  CONTINUOUS;

  /** smclarify UNIQUENESS_THRESHOLD. */
  static final double UNIQUENESS_THRESHOLD = 0.05;

  /**
   * Returns the kind of a column by spec §4.1 and logs smclarify's classification line {@code
   * Column <name> with data uniqueness fraction <uniq> is classifed as a <KIND> column} at info.
   *
   * @param column the column
   * @param values the user's value list (may be empty)
   * @param log where the line goes
   */
  public static ColumnKind infer(Column column, List<Object> values, RunLog log) {
    return infer(column, null, values, log);
  }

  /** Returns {@link #infer(Column, List, RunLog)}, counting distinct values from {@code codes}. */
  static ColumnKind infer(Column column, ValueCodes codes, List<Object> values, RunLog log) {
    return infer(column, codes, values, null, log);
  }

  /**
   * Returns {@link #infer(Column, ValueCodes, List, RunLog)} for a table whose row i stands for
   * {@code counts[i]} dataset rows (null: one each).
   */
  static ColumnKind infer(
      Column column, ValueCodes codes, List<Object> values, long[] counts, RunLog log) {
    long present = column.size() - column.missingCount();
    if (counts != null) {
      present = -missing(column, counts);
      for (long c : counts) {
        present += c;
      }
    }
    double uniq =
        present == 0
            ? 0.0
            : (double) (codes != null ? codes.distinct() : distinctCount(column)) / present;
    ColumnKind kind;
    if (values != null && values.size() > 1) {
      kind = CATEGORICAL;
    } else {
      kind =
          switch (column.type()) {
            case STRING ->
                column.missingCount() == 0 && integerStrings(column) && uniq >= UNIQUENESS_THRESHOLD
                    ? CONTINUOUS
                    : CATEGORICAL;
            case FLOAT -> CONTINUOUS;
            case INT -> uniq >= UNIQUENESS_THRESHOLD ? CONTINUOUS : CATEGORICAL;
            case BOOL -> CATEGORICAL;
          };
    }
    log.info(
        "Column "
            + column.name()
            + " with data uniqueness fraction "
            + ValueText.renderDouble(uniq)
            + " is classifed as a "
            + kind.name()
            + " column");
    return kind;
  }

  /** Returns the number of dataset rows whose cell is missing (null counts: one per row). */
  static long missing(Column c, long[] counts) {
    if (counts == null || c.missingCount() == 0) {
      return c.missingCount();
    }
    long m = 0;
    for (int i = 0, n = c.size(); i < n; i++) {
      if (c.isMissing(i)) {
        m += counts[i];
      }
    }
    return m;
  }

  /** Returns distinct non-missing values / non-missing values (0 for an all-missing column). */
  public static double uniqueness(Column c) {
    int present = c.size() - c.missingCount();
    if (present == 0) {
      return 0.0;
    }
    return (double) distinctCount(c) / present;
  }

  /**
   * Returns the number of distinct non-missing values (Python equality: -0.0 equals 0.0) without
   * boxing: a STRING column's dictionary holds exactly its distinct texts ({@link
   * Column#dictionary()}), an INT or BOOL column is counted by {@link LongValues}, a FLOAT column
   * by sorting one copy of its values.
   */
  static int distinctCount(Column c) {
    return switch (c.type()) {
      case STRING -> c.dictionary().length;
      case INT, BOOL -> LongValues.of(c).count();
      case FLOAT -> distinctDoubles(c);
    };
  }

  private static int distinctDoubles(Column c) {
    int n = c.size();
    double[] v = new double[n - c.missingCount()];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!c.isMissing(i)) {
        double x = c.getDouble(i);
        v[m++] = x == 0.0 ? 0.0 : x;
      }
    }
    Arrays.sort(v, 0, m);
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (i == 0 || v[i] != v[i - 1]) {
        k++;
      }
    }
    return k;
  }

  /** Returns true when every distinct value of a STRING column parses as a 64-bit integer. */
  static boolean integerStrings(Column c) {
    for (String s : c.dictionary()) {
      if (CellParser.parseLong(CellParser.trim(s)) == null) {
        return false;
      }
    }
    return true;
  }
}
