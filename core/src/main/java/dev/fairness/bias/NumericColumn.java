package dev.fairness.bias;

import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.CellParser;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;

/**
 * A CONTINUOUS column read as numbers (spec §4.1): INT as integers, FLOAT as doubles, a STRING
 * column of integer texts converted to integers, BOOL as 0/1 integers.
 */
final class NumericColumn {

  private final Column column;
  private final long[] stringValues; // per dictionary code, for STRING columns
  private final boolean integral;

  NumericColumn(Column column) {
    this.column = column;
    this.integral = column.type() != ColumnType.FLOAT;
    if (column.type() == ColumnType.STRING) {
      String[] dict = column.dictionary();
      stringValues = new long[dict.length];
      for (int i = 0; i < dict.length; i++) {
        Long v = CellParser.parseLong(CellParser.trim(dict[i]));
        if (v == null) {
          throw new IllegalStateException("column " + column.name() + " is not numeric");
        }
        stringValues[i] = v;
      }
    } else {
      stringValues = null;
    }
  }

  /** Returns the column name. */
  String name() {
    return column.name();
  }

  /** Returns the number of rows. */
  int size() {
    return column.size();
  }

  /** Returns true when values are integers (everything but FLOAT). */
  boolean integral() {
    return integral;
  }

  /** Returns true when the cell is missing. */
  boolean isMissing(int row) {
    return column.isMissing(row);
  }

  /** Returns an integral cell's value; only when {@link #integral()}. */
  long longValue(int row) {
    return switch (column.type()) {
      case INT -> column.getLong(row);
      case STRING -> stringValues[column.code(row)];
      case BOOL -> (long) column.getDouble(row);
      case FLOAT -> throw new IllegalStateException("FLOAT column");
    };
  }

  /** Returns a cell's value as a double. */
  double doubleValue(int row) {
    return column.type() == ColumnType.STRING
        ? stringValues[column.code(row)]
        : column.getDouble(row);
  }

  /**
   * Returns the integer value of every used code of an integral column with value codes (INT, BOOL,
   * integer STRING), indexed by code.
   */
  long[] codeValues(ValueCodes codes) {
    long[] v = new long[codes.size()];
    for (int c = 0; c < v.length; c++) {
      if (codes.rows(c) > 0) {
        v[c] = stringValues != null ? stringValues[c] : codes.longValue(c);
      }
    }
    return v;
  }

  /** Returns the maximum of the used codes' values, or null when no row has a value. */
  static Number max(ValueCodes codes, long[] values) {
    Long best = null;
    for (int c = 0; c < values.length; c++) {
      if (codes.rows(c) > 0 && (best == null || values[c] > best)) {
        best = values[c];
      }
    }
    return best;
  }

  /** Returns the number of missing cells. */
  int missingCount() {
    return column.missingCount();
  }

  /**
   * Returns the maximum non-missing value, {@link Long} when integral, else {@link Double} (the
   * first of equal values, so 0.0 before -0.0 keeps its sign), or null if none.
   */
  Number max() {
    int n = size();
    boolean anyMissing = missingCount() > 0;
    boolean seen = false;
    if (integral) {
      long best = 0;
      for (int i = 0; i < n; i++) {
        if (!anyMissing || !isMissing(i)) {
          long v = longValue(i);
          if (!seen || v > best) {
            best = v;
            seen = true;
          }
        }
      }
      return seen ? (Number) best : null;
    }
    double best = 0;
    for (int i = 0; i < n; i++) {
      if (!anyMissing || !isMissing(i)) {
        double v = doubleValue(i);
        if (!seen || v > best) {
          best = v;
          seen = true;
        }
      }
    }
    return seen ? (Number) best : null;
  }
}
