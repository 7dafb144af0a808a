package dev.fairness.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A STRING column, dictionary-encoded (spec §3.6): one code per row ({@code -1} when missing)
 * indexing the distinct texts in order of first appearance.
 */
final class StringColumn extends StoredColumn {

  private final PackedLongs codes;
  private final String[] dictionary;
  private final int missingCount;

  StringColumn(String name, PackedLongs codes, String[] dictionary) {
    super(name, codes.size());
    this.codes = codes;
    this.dictionary = dictionary;
    this.missingCount = codes.countNegative();
  }

  @Override
  public ColumnType type() {
    return ColumnType.STRING;
  }

  @Override
  public boolean isMissing(int row) {
    return codes.get(row) < 0;
  }

  @Override
  public Object get(int row) {
    int c = (int) codes.get(row);
    return c < 0 ? null : dictionary[c];
  }

  @Override
  public int code(int row) {
    return (int) codes.get(row);
  }

  /** Returns the dictionary itself, not a copy, so per-row lookups stay cheap; do not modify it. */
  @Override
  public String[] dictionary() {
    return dictionary;
  }

  @Override
  public byte[] storedBytes() {
    return codes.bytesOrNull();
  }

  @Override
  public int missingCount() {
    return missingCount;
  }

  @Override
  StoredColumn select(int[] rows) {
    // Codes are re-assigned so the dictionary stays in order of first appearance.
    int[] remap = new int[dictionary.length];
    Arrays.fill(remap, -1);
    List<String> dict = new ArrayList<>();
    PackedLongs out = new PackedLongs(rows.length);
    for (int r : rows) {
      int c = (int) codes.get(r);
      if (c < 0) {
        out.add(-1);
        continue;
      }
      if (remap[c] < 0) {
        remap[c] = dict.size();
        dict.add(dictionary[c]);
      }
      out.add(remap[c]);
    }
    return new StringColumn(name(), out, dict.toArray(new String[0]));
  }

  @Override
  StoredColumn renamed(String newName) {
    return new StringColumn(newName, codes, dictionary);
  }
}
