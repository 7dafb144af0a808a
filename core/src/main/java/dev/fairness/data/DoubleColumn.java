package dev.fairness.data;

/**
 * A FLOAT column: one {@code double} per row, NaN marking a missing cell (no cell parses to NaN:
 * the NaN spellings are missing-value markers, spec §3.1).
 */
final class DoubleColumn extends StoredColumn {

  private final double[] values;
  private final int missingCount;

  DoubleColumn(String name, double[] values) {
    super(name, values.length);
    this.values = values;
    int m = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        m++;
      }
    }
    this.missingCount = m;
  }

  @Override
  public ColumnType type() {
    return ColumnType.FLOAT;
  }

  @Override
  public boolean isMissing(int row) {
    return Double.isNaN(values[row]);
  }

  @Override
  public Object get(int row) {
    double v = values[row];
    return Double.isNaN(v) ? null : Double.valueOf(v);
  }

  @Override
  public double getDouble(int row) {
    return values[row];
  }

  @Override
  public int missingCount() {
    return missingCount;
  }

  @Override
  StoredColumn select(int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = values[rows[i]];
    }
    return new DoubleColumn(name(), out);
  }

  @Override
  StoredColumn renamed(String newName) {
    return new DoubleColumn(newName, values);
  }
}
