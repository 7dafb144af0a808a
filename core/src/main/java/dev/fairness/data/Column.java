package dev.fairness.data;

/**
 * One named, typed column of the dataset table, stored in primitive form (spec §3.6): INT as {@code
 * long[]}, FLOAT as {@code double[]}, BOOL as {@code byte[]}, STRING as dictionary codes. Cells are
 * addressed by 0-based row index.
 */
public interface Column {

  /** Returns the column name. */
  String name();

  /** Returns the storage type. */
  ColumnType type();

  /** Returns the number of rows. */
  int size();

  /** Returns true when the cell is missing. */
  boolean isMissing(int row);

  /**
   * Returns the boxed value of a cell: {@link Long}, {@link Double}, {@link Boolean}, {@link
   * String}, or null when missing.
   */
  Object get(int row);

  /**
   * Returns an INT cell's value (BOOL: 0 or 1) without boxing; the result for a missing cell is
   * unspecified. Other types throw {@link UnsupportedOperationException}.
   */
  default long getLong(int row) {
    Object v = get(row);
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    throw new UnsupportedOperationException("column " + name() + " is " + type());
  }

  /**
   * Returns the numeric value of a cell: INT and FLOAT as double, BOOL as 0/1, NaN when missing.
   * Throws {@link UnsupportedOperationException} for STRING columns.
   */
  double getDouble(int row);

  /**
   * Returns the dictionary code of a STRING cell ({@code -1} when missing); codes index {@link
   * #dictionary()}. Throws {@link UnsupportedOperationException} for other types.
   */
  int code(int row);

  /** Returns the distinct strings of a STRING column, in order of first appearance. */
  String[] dictionary();

  /** Returns the number of missing cells. */
  int missingCount();

  /**
   * Returns the stored form of the column when it takes one byte per row, else null: the values of
   * an INT or BOOL column (0 at a missing cell), or the {@link #code} of each row of a STRING
   * column (-1 when missing). For whole-column passes that need no per-row call; the array may be
   * longer than {@link #size()}; do not modify it.
   */
  default byte[] storedBytes() {
    return null;
  }
}
