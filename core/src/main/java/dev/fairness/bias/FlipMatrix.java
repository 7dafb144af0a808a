package dev.fairness.bias;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.metrics.MetricUndefinedException;
import java.util.List;

/**
 * The Flip Test's kNN feature matrix (spec §5.3): the given columns as a row-major {@code double}
 * matrix, INT and FLOAT as numbers, BOOL as 0/1. Built lazily, once, on first use.
 */
final class FlipMatrix {

  static final String NON_NUMERIC = "FlipTest does not support non-numeric columns";
  static final String MISSING = "FlipTest does not support missing values";

  private final List<Column> columns;
  private final int rows;
  private double[] values;
  private String error;

  /**
   * Creates the (unbuilt) matrix.
   *
   * @param columns the matrix columns, in table order
   * @param rows the number of rows
   */
  FlipMatrix(List<Column> columns, int rows) {
    this.columns = List.copyOf(columns);
    this.rows = rows;
  }

  /** Returns the number of matrix columns. */
  int dims() {
    return columns.size();
  }

  /**
   * Returns the row-major values, building them on first use. Throws {@link
   * MetricUndefinedException} for a STRING column or a missing cell.
   */
  synchronized double[] values() {
    if (values == null && error == null) {
      build();
    }
    if (error != null) {
      throw new MetricUndefinedException(error);
    }
    return values;
  }

  private void build() {
    for (Column c : columns) {
      if (c.type() == ColumnType.STRING) {
        error = NON_NUMERIC;
        return;
      }
    }
    for (Column c : columns) {
      if (c.missingCount() > 0) {
        error = MISSING;
        return;
      }
    }
    int d = columns.size();
    double[] v = new double[rows * d];
    for (int j = 0; j < d; j++) {
      Column c = columns.get(j);
      for (int i = 0; i < rows; i++) {
        v[i * d + j] = c.getDouble(i);
      }
    }
    values = v;
  }
}
