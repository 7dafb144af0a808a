package dev.fairness.bias.count;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import java.util.Arrays;

/**
 * Codes of a column's distinct non-missing values, -1 when missing: its {@link ValueCodes} when it
 * has them, else INT value indexes, FLOAT indexes into the sorted distinct values (-0.0 as 0.0),
 * STRING dictionary codes.
 */
final class ClassCodes {
  private final Column column;
  private final ValueCodes codes;
  private final LongValues longs;
  private final double[] doubles;
  private final boolean anyMissing;

  ClassCodes(Column c, ValueCodes codes) {
    this.column = c;
    this.codes = codes;
    this.anyMissing = c.missingCount() > 0;
    boolean integers = c.type() == ColumnType.INT || c.type() == ColumnType.BOOL;
    this.longs = codes == null && integers ? LongValues.of(c) : null;
    this.doubles = codes == null && c.type() == ColumnType.FLOAT ? distinctDoubles(c) : null;
  }

  int count() {
    if (codes != null) {
      return codes.size();
    }
    return longs != null
        ? longs.count()
        : doubles != null ? doubles.length : column.dictionary().length;
  }

  int code(int row) {
    if (codes != null) {
      return codes.code(row);
    }
    if (anyMissing && column.isMissing(row)) {
      return -1;
    }
    if (longs != null) {
      return longs.index(LongValues.at(column, row));
    }
    if (doubles != null) {
      double x = column.getDouble(row);
      return Arrays.binarySearch(doubles, x == 0.0 ? 0.0 : x);
    }
    return column.code(row);
  }

  private static double[] distinctDoubles(Column c) {
    double[] v = new double[c.size() - c.missingCount()];
    int m = 0;
    for (int i = 0; i < c.size(); i++) {
      if (!c.isMissing(i)) {
        double x = c.getDouble(i);
        v[m++] = x == 0.0 ? 0.0 : x;
      }
    }
    Arrays.sort(v);
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (i == 0 || v[i] != v[i - 1]) {
        v[k++] = v[i];
      }
    }
    return Arrays.copyOf(v, k);
  }
}
