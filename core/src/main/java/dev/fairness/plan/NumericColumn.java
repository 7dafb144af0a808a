package dev.fairness.plan;

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

  /** Returns a cell's value as {@link Long} (integral) or {@link Double}. */
  Number value(int row) {
    return integral ? (Number) longValue(row) : (Number) doubleValue(row);
  }

  /** Returns the maximum non-missing value ({@link Long} or {@link Double}), or null if none. */
  Number max() {
    Number best = null;
    for (int i = 0; i < size(); i++) {
      if (isMissing(i)) {
        continue;
      }
      Number v = value(i);
      if (best == null || Numbers.compare(v, best) > 0) {
        best = v;
      }
    }
    return best;
  }
}
