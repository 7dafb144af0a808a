package dev.fairness.data;

/** A BOOL column: one 0/1 value per row, never missing (spec §3.1 column typing). */
final class BoolColumn extends StoredColumn {

  private final PackedLongs values;

  BoolColumn(String name, PackedLongs values) {
    super(name, values.size());
    this.values = values;
  }

  @Override
  public ColumnType type() {
    return ColumnType.BOOL;
  }

  @Override
  public boolean isMissing(int row) {
    return false;
  }

  @Override
  public Object get(int row) {
    return values.get(row) != 0 ? Boolean.TRUE : Boolean.FALSE;
  }

  @Override
  public double getDouble(int row) {
    return values.get(row);
  }

  @Override
  public byte[] storedBytes() {
    return values.bytesOrNull();
  }

  @Override
  public int missingCount() {
    return 0;
  }

  @Override
  StoredColumn select(int[] rows) {
    return new BoolColumn(name(), values.select(rows));
  }

  @Override
  StoredColumn renamed(String newName) {
    return new BoolColumn(newName, values);
  }
}
