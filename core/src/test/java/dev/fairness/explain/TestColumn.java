package dev.fairness.explain;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A boxed in-memory {@link Column} for tests. */
final class TestColumn implements Column {

  private final String name;
  private final ColumnType type;
  private final List<Object> values;
  private final Map<String, Integer> codes = new LinkedHashMap<>();

  TestColumn(String name, ColumnType type, List<Object> values) {
    this.name = name;
    this.type = type;
    this.values = new ArrayList<>(values);
    if (type == ColumnType.STRING) {
      for (Object v : values) {
        if (v != null) {
          codes.putIfAbsent((String) v, codes.size());
        }
      }
    }
  }

  /** Returns a column whose type is that of its first non-missing value. */
  static TestColumn of(String name, List<Object> values) {
    ColumnType t = ColumnType.STRING;
    for (Object v : values) {
      if (v != null) {
        t = ColumnType.of(v);
        break;
      }
    }
    return new TestColumn(name, t, values);
  }

  /** Returns a table from parsed CSV text (header first), typing cells like the dataset reader. */
  static Table table(String csv) {
    String[] lines = csv.strip().split("\n");
    String[] names = lines[0].split(",");
    List<List<Object>> cols = new ArrayList<>();
    for (int c = 0; c < names.length; c++) {
      cols.add(new ArrayList<>());
    }
    for (int l = 1; l < lines.length; l++) {
      String[] cells = lines[l].split(",", -1);
      for (int c = 0; c < names.length; c++) {
        cols.get(c).add(dev.fairness.data.CellParser.parse(cells[c]));
      }
    }
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < names.length; c++) {
      columns.add(of(names[c], cols.get(c)));
    }
    return new Table("test.csv", lines.length - 1, List.of(names), columns);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnType type() {
    return type;
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public boolean isMissing(int row) {
    return values.get(row) == null;
  }

  @Override
  public Object get(int row) {
    return values.get(row);
  }

  @Override
  public double getDouble(int row) {
    Object v = values.get(row);
    if (type == ColumnType.STRING) {
      throw new UnsupportedOperationException();
    }
    if (v == null) {
      return Double.NaN;
    }
    return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
  }

  @Override
  public int code(int row) {
    Object v = values.get(row);
    return v == null ? -1 : codes.get((String) v);
  }

  @Override
  public String[] dictionary() {
    return codes.keySet().toArray(new String[0]);
  }

  @Override
  public int missingCount() {
    int n = 0;
    for (Object v : values) {
      if (v == null) {
        n++;
      }
    }
    return n;
  }
}
