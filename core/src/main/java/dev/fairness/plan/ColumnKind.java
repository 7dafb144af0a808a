package dev.fairness.plan;

import dev.fairness.RunLog;
import dev.fairness.data.CellParser;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.ValueText;
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
    double uniq = uniqueness(column);
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

  /** Returns distinct non-missing values / non-missing values (0 for an all-missing column). */
  public static double uniqueness(Column c) {
    int present = c.size() - c.missingCount();
    if (present == 0) {
      return 0.0;
    }
    return (double) distinctCount(c) / present;
  }

  /** Returns the number of distinct non-missing values (Python equality: -0.0 equals 0.0). */
  static int distinctCount(Column c) {
    int n = c.size();
    if (c.type() == ColumnType.STRING) {
      boolean[] seen = new boolean[c.dictionary().length];
      int k = 0;
      for (int i = 0; i < n; i++) {
        int code = c.code(i);
        if (code >= 0 && !seen[code]) {
          seen[code] = true;
          k++;
        }
      }
      return k;
    }
    if (c.type() == ColumnType.INT) {
      return LongCodes.of(c).values().length;
    }
    double[] v = new double[n];
    long[] l = c.type() == ColumnType.INT ? new long[n] : null;
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (c.isMissing(i)) {
        continue;
      }
      if (l != null) {
        l[m++] = (Long) c.get(i);
      } else {
        double x = c.getDouble(i);
        v[m++] = x == 0.0 ? 0.0 : x;
      }
    }
    int k = 0;
    if (l != null) {
      long[] s = Arrays.copyOf(l, m);
      Arrays.sort(s);
      for (int i = 0; i < m; i++) {
        if (i == 0 || s[i] != s[i - 1]) {
          k++;
        }
      }
    } else {
      double[] s = Arrays.copyOf(v, m);
      Arrays.sort(s);
      for (int i = 0; i < m; i++) {
        if (i == 0 || s[i] != s[i - 1]) {
          k++;
        }
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
