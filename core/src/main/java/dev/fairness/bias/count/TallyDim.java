package dev.fairness.bias.count;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * One dimension of a {@code SplitCounts} tally: a small index per row, {@code 0 .. size-1}. Read
 * from a column's value codes through a table (one lookup per row), or else row by row.
 */
public final class TallyDim {

  private final int size;
  private final ValueCodes codes;
  private final int[] table; // index by stored code (ValueCodes.raw), when codes != null
  private final IntUnaryOperator rows; // index by row, when codes == null

  private TallyDim(int size, ValueCodes codes, int[] table, IntUnaryOperator rows) {
    this.size = size;
    this.codes = codes;
    this.table = table;
    this.rows = rows;
  }

  /** Returns the one-index dimension (absent variable). */
  public static TallyDim none() {
    return new TallyDim(1, null, null, row -> 0);
  }

  /** Returns a dimension read row by row. */
  public static TallyDim ofRows(int size, IntUnaryOperator rows) {
    return new TallyDim(size, null, null, rows);
  }

  /**
   * Returns a dimension read through value codes: {@code index[c]} for code c, {@code missing} for
   * a missing cell.
   */
  public static TallyDim ofCodes(int size, ValueCodes codes, int[] index, int missing) {
    int[] table = new int[codes.rawSize()];
    Arrays.fill(table, missing);
    System.arraycopy(index, 0, table, 0, index.length);
    return new TallyDim(size, codes, table, null);
  }

  /** Returns 0/1 for rows outside/inside a set. */
  public static TallyDim ofSet(RowSet set) {
    if (set.codes() == null) {
      return ofRows(2, row -> set.contains(row) ? 1 : 0);
    }
    boolean[] member = set.member();
    int[] index = new int[member.length];
    for (int c = 0; c < index.length; c++) {
      index[c] = member[c] ? 1 : 0;
    }
    return ofCodes(2, set.codes(), index, 0);
  }

  /** Returns the number of indexes. */
  public int size() {
    return size;
  }

  /** Returns the per-row bytes the dimension is read from, or null when it is not byte codes. */
  public byte[] bytes() {
    return codes != null ? codes.bytes() : null;
  }

  /** Returns the index table by stored byte code, each index times {@code stride}. */
  public int[] strided(int stride) {
    int[] t = new int[table.length];
    for (int k = 0; k < t.length; k++) {
      t[k] = table[k] * stride;
    }
    return t;
  }

  /** Returns the index of a row. */
  public int at(int row) {
    return codes != null ? table[codes.raw(row)] : rows.applyAsInt(row);
  }
}
