package dev.fairness.data;

import java.util.BitSet;

/**
 * Base of the column implementations of this package: holds name and size, and rejects the
 * accessors that do not apply to a storage type.
 */
abstract class StoredColumn implements Column {

  private final String name;
  private final int size;

  StoredColumn(String name, int size) {
    this.name = name;
    this.size = size;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final int size() {
    return size;
  }

  @Override
  public double getDouble(int row) {
    throw new UnsupportedOperationException("column " + name + " is " + type());
  }

  @Override
  public int code(int row) {
    throw new UnsupportedOperationException("column " + name + " is " + type());
  }

  @Override
  public String[] dictionary() {
    throw new UnsupportedOperationException("column " + name + " is " + type());
  }

  /** Returns a column with the same name and type holding the given rows, in that order. */
  abstract StoredColumn select(int[] rows);

  /** Returns the set whose bit i is set when bit {@code rows[i]} of {@code bits} is. */
  static BitSet selectRows(BitSet bits, int[] rows) {
    BitSet out = new BitSet();
    for (int i = 0; i < rows.length; i++) {
      if (bits.get(rows[i])) {
        out.set(i);
      }
    }
    return out;
  }

  /** Returns this column under another name. */
  abstract StoredColumn renamed(String newName);

  @Override
  public String toString() {
    return name + " (" + type() + ", " + size + " rows)";
  }
}
