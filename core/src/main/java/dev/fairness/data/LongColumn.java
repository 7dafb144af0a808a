package dev.fairness.data;

import java.util.BitSet;

/**
 * An INT column: 64-bit integers in {@link PackedLongs}. Normally without missing cells; predicted
 * labels built with a 1-entry {@code label_headers} keep missing cells in a {@link BitSet} (spec
 * §8.4).
 */
final class LongColumn extends StoredColumn {

  private final PackedLongs values;
  private final BitSet missing;
  private final int missingCount;

  LongColumn(String name, PackedLongs values, BitSet missing) {
    super(name, values.size());
    this.values = values;
    this.missing = missing == null || missing.isEmpty() ? null : missing;
    this.missingCount = this.missing == null ? 0 : this.missing.cardinality();
  }

  @Override
  public ColumnType type() {
    return ColumnType.INT;
  }

  @Override
  public boolean isMissing(int row) {
    return missing != null && missing.get(row);
  }

  @Override
  public Object get(int row) {
    return isMissing(row) ? null : Long.valueOf(values.get(row));
  }

  /** Returns the integer value of a cell (0 when missing). */
  @Override
  public long getLong(int row) {
    return values.get(row);
  }

  @Override
  public double getDouble(int row) {
    return isMissing(row) ? Double.NaN : (double) values.get(row);
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
    return new LongColumn(
        name(), values.select(rows), missing == null ? null : selectRows(missing, rows));
  }

  @Override
  StoredColumn renamed(String newName) {
    return new LongColumn(newName, values, missing);
  }
}
