package dev.fairness.data;

import java.util.List;

/** Creates columns outside the dataset readers: model predictions, baselines, tests. */
public final class Columns {

  private Columns() {}

  /**
   * Returns a column built from typed values ({@link Long}/{@link Integer}, {@link Double}/{@link
   * Float}, {@link Boolean}, {@link String}, or null for missing) and typed by spec §3.1. Strings
   * are never parsed as numbers; a mixed column is STRING with numbers rendered as §9.5 text.
   */
  public static Column fromValues(String name, List<?> values) {
    return fromValues(name, values, false);
  }

  /**
   * Returns a column built like {@link #fromValues(String, List)}, except that with {@code
   * keepIntWithMissing} an all-integer column with missing cells stays INT instead of becoming
   * FLOAT (predicted labels with a 1-entry {@code label_headers}, spec §8.4).
   */
  public static Column fromValues(String name, List<?> values, boolean keepIntWithMissing) {
    ColumnBuilder b = ColumnBuilder.forValues(name);
    for (Object v : values) {
      b.add(v);
    }
    return b.build(keepIntWithMissing);
  }

  /**
   * Returns a column built from text cells exactly as a CSV column is (spec §3.1 cell and column
   * typing; a STRING column keeps every cell's original text).
   */
  public static Column fromText(String name, List<String> cells) {
    ColumnBuilder b = ColumnBuilder.forText(name);
    for (String c : cells) {
      b.addText(c);
    }
    Column col = b.build();
    if (!b.textLost()) {
      return col;
    }
    ColumnBuilder s = ColumnBuilder.forStrings(name);
    for (String c : cells) {
      s.addText(c);
    }
    return s.build();
  }

  /**
   * Returns a column with the same name and type holding the cells of the given rows, in that
   * order; STRING dictionaries are rebuilt in order of first appearance.
   */
  public static Column select(Column column, int[] rows) {
    return stored(column).select(rows);
  }

  /** Returns the same cells under another name. */
  public static Column renamed(Column column, String name) {
    return stored(column).renamed(name);
  }

  private static StoredColumn stored(Column column) {
    if (column instanceof StoredColumn s) {
      return s;
    }
    ColumnBuilder b = ColumnBuilder.forValues(column.name());
    for (int i = 0; i < column.size(); i++) {
      b.add(column.get(i));
    }
    return (StoredColumn) b.build(column.type() == ColumnType.INT);
  }
}
