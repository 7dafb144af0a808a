package dev.fairness.data;

import java.util.BitSet;

/**
 * A BOOL column: one 0/1 value per row. Missing cells are kept in a {@link BitSet}, as pandas keeps
 * a column of True/False/NaN (object dtype) boolean rather than turning it into strings.
 */
final class BoolColumn extends StoredColumn {

  private final PackedLongs values;
  private final BitSet missing;
  private final int missingCount;

  BoolColumn(String name, PackedLongs values, BitSet missing) {
    super(name, values.size());
    this.values = values;
    this.missing = missing == null || missing.isEmpty() ? null : missing;
    this.missingCount = this.missing == null ? 0 : this.missing.cardinality();
  }

  @Override
  public ColumnType type() {
    return ColumnType.BOOL;
  }

  @Override
  public boolean isMissing(int row) {
    return missing != null && missing.get(row);
  }

  @Override
  public Object get(int row) {
    if (isMissing(row)) {
      return null;
    }
    return values.get(row) != 0 ? Boolean.TRUE : Boolean.FALSE;
  }

  @Override
  public double getDouble(int row) {
    return isMissing(row) ? Double.NaN : values.get(row);
  }

  @Override
  public byte[] storedBytes() {
    return values.bytesOrNull();
  }

  @Override
  public int missingCount() {
    return missingCount;
  }

  @Override
  StoredColumn select(int[] rows) {
    return new BoolColumn(
        name(), values.select(rows), missing == null ? null : selectRows(missing, rows));
  }

  @Override
  StoredColumn renamed(String newName) {
    return new BoolColumn(newName, values, missing);
  }
}
