package dev.fairness.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a counted table: one row per distinct combination of some columns' values, each with the
 * number of dataset rows it stands for (what a Spark job's aggregation returns, docs/spark.md).
 * Cells are typed by the same rules as the local readers: raw CSV text by §3.1 cell typing (a
 * column that turns STRING keeps each cell's original text, as {@code CsvSource} does), or typed
 * values (JSON Lines, Parquet) by {@link ColumnBuilder#add}. Add the rows in the order in which
 * each combination first appears in the dataset, so that dictionaries and one-vs-rest groups come
 * in the local engine's order.
 */
public final class CountedRowsBuilder {

  private final List<String> columns;
  private final boolean text;
  private final List<Object[]> rows = new ArrayList<>();
  private long[] counts = new long[16];

  /**
   * Creates a builder.
   *
   * @param columns the column names, in the order of the cells given to {@link #add}
   * @param text true for raw CSV text cells ({@link String}, null for an empty cell), false for
   *     typed values ({@link Long}, {@link Double}, {@link Boolean}, {@link String}, null)
   */
  public CountedRowsBuilder(List<String> columns, boolean text) {
    this.columns = List.copyOf(columns);
    this.text = text;
  }

  /** Adds one distinct combination of cells and the number of dataset rows that have it. */
  public void add(List<?> cells, long count) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          cells.size() + " cells for " + columns.size() + " columns");
    }
    if (count <= 0) {
      throw new IllegalArgumentException("count " + count);
    }
    if (rows.size() == counts.length) {
      counts = Arrays.copyOf(counts, counts.length * 2);
    }
    counts[rows.size()] = count;
    rows.add(cells.toArray());
  }

  /** Returns the number of rows each counted row stands for, in the order added. */
  public long[] counts() {
    return Arrays.copyOf(counts, rows.size());
  }

  /**
   * Returns the counted table.
   *
   * @param source the dataset location, for messages
   * @param names every column name of the dataset, in order (the built columns must be among them)
   */
  public Table table(String source, List<String> names) {
    List<Column> built = new ArrayList<>();
    for (int j = 0; j < columns.size(); j++) {
      built.add(column(j));
    }
    List<Column> ordered = new ArrayList<>();
    for (String n : names) {
      for (Column c : built) {
        if (c.name().equals(n)) {
          ordered.add(c);
        }
      }
    }
    return new Table(source, rows.size(), names, ordered);
  }

  private Column column(int j) {
    String name = columns.get(j);
    ColumnBuilder b = text ? ColumnBuilder.forText(name) : ColumnBuilder.forValues(name);
    for (Object[] r : rows) {
      if (text) {
        b.addText(r[j] == null ? "" : (String) r[j]);
      } else {
        b.add(r[j]);
      }
    }
    Column c = b.build();
    if (text && b.textLost()) {
      ColumnBuilder s = ColumnBuilder.forStrings(name);
      for (Object[] r : rows) {
        s.addText(r[j] == null ? "" : (String) r[j]);
      }
      c = s.build();
    }
    return c;
  }
}
