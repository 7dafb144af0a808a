package dev.fairness.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dataset after reading and joining: named, typed columns of equal length, in table order. Only
 * the columns that the requested methods need hold values (spec §3.6); {@link #columnNames()}
 * always lists every column of the source, so addressing by index is stable.
 */
public final class Table {

  private final String source;
  private final int rows;
  private final List<String> names;
  private final Map<String, Column> columns;

  /**
   * Creates a table.
   *
   * @param source the path of the main dataset, for messages
   * @param rows number of rows
   * @param names every column name of the source, in order
   * @param loaded the columns that were kept; each must have {@code rows} cells
   */
  public Table(String source, int rows, List<String> names, List<Column> loaded) {
    this.source = source;
    this.rows = rows;
    this.names = List.copyOf(names);
    Map<String, Column> map = new LinkedHashMap<>();
    for (Column c : loaded) {
      if (c.size() != rows) {
        throw new IllegalArgumentException(
            "column " + c.name() + " has " + c.size() + " cells, expected " + rows);
      }
      map.put(c.name(), c);
    }
    this.columns = Collections.unmodifiableMap(map);
  }

  /** Returns the path of the main dataset. */
  public String source() {
    return source;
  }

  /** Returns the number of rows. */
  public int rowCount() {
    return rows;
  }

  /** Returns every column name of the source, in order. */
  public List<String> columnNames() {
    return names;
  }

  /**
   * Returns a kept column by name. Throws {@link IllegalStateException} when the column exists but
   * was not loaded (a planning bug), {@link IllegalArgumentException} when it does not exist.
   */
  public Column column(String name) {
    Column c = columns.get(name);
    if (c == null) {
      if (names.contains(name)) {
        throw new IllegalStateException("column " + name + " was not loaded");
      }
      throw new IllegalArgumentException("no column " + name);
    }
    return c;
  }

  /** Returns the kept columns, in table order. */
  public List<Column> loadedColumns() {
    List<Column> out = new ArrayList<>();
    for (String n : names) {
      Column c = columns.get(n);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }
}
