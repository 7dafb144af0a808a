package dev.fairness.bias;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;

/**
 * The derived STRING column of an intersectional facet (issue 17): each row's member values (or
 * intervals) joined by {@code ", "}, missing when any member is missing. Held as one code per row
 * into a dictionary in order of first appearance, one byte per row when at most 255 combinations
 * occur, so the value codes and the tally read it like any stored STRING column.
 */
final class IntersectionColumn implements Column {

  private static final int BYTE_CODES = 255;

  private final String name;
  private final int[] codes; // when more than BYTE_CODES combinations
  private final byte[] bytes; // else, 0xFF when missing
  private final String[] dictionary;
  private final int missing;

  private IntersectionColumn(
      String name, int[] codes, byte[] bytes, String[] dictionary, int missing) {
    this.name = name;
    this.codes = codes;
    this.bytes = bytes;
    this.dictionary = dictionary;
    this.missing = missing;
  }

  /**
   * Returns the column of per-row dense codes ({@code -1} when missing) into {@code dictionary}.
   *
   * @param name the facet key
   * @param codes one code per row; kept when the dictionary holds more than 255 entries
   * @param dictionary the combination texts by code
   */
  static IntersectionColumn of(String name, int[] codes, String[] dictionary) {
    int missing = 0;
    for (int c : codes) {
      missing += c < 0 ? 1 : 0;
    }
    if (dictionary.length > BYTE_CODES) {
      return new IntersectionColumn(name, codes, null, dictionary, missing);
    }
    byte[] b = new byte[codes.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) codes[i];
    }
    return new IntersectionColumn(name, null, b, dictionary, missing);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return ColumnType.STRING;
  }

  @Override
  public int size() {
    return bytes != null ? bytes.length : codes.length;
  }

  @Override
  public boolean isMissing(int row) {
    return code(row) < 0;
  }

  @Override
  public Object get(int row) {
    int c = code(row);
    return c < 0 ? null : dictionary[c];
  }

  @Override
  public double getDouble(int row) {
    throw new UnsupportedOperationException("column " + name + " is STRING");
  }

  @Override
  public int code(int row) {
    if (bytes != null) {
      int c = bytes[row] & 0xFF;
      return c == BYTE_CODES ? -1 : c;
    }
    return codes[row];
  }

  @Override
  public String[] dictionary() {
    return dictionary;
  }

  @Override
  public int missingCount() {
    return missing;
  }

  @Override
  public byte[] storedBytes() {
    return bytes;
  }
}
