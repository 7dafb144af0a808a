package dev.fairness.bias;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.Table;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-scope {@link Column}: boxed cells typed by spec §3.1 (all Long and no null: INT;
 * Long/Double: FLOAT; all Boolean and no null: BOOL; else STRING with a first-appearance
 * dictionary).
 */
public final class TestColumns implements Column {

  private final String name;
  private final ColumnType type;
  private final Object[] cells;
  private final int[] codes;
  private final String[] dictionary;
  private final int missing;

  private TestColumns(String name, Object[] values) {
    this.name = name;
    this.cells = values.clone();
    boolean allLong = true;
    boolean allNum = true;
    boolean allBool = true;
    int miss = 0;
    for (Object v : values) {
      if (v == null) {
        miss++;
        allLong = false;
        allBool = false;
        continue;
      }
      allLong &= v instanceof Long;
      allNum &= v instanceof Long || v instanceof Double;
      allBool &= v instanceof Boolean;
    }
    this.missing = miss;
    if (allLong) {
      type = ColumnType.INT;
    } else if (allNum && miss < values.length) {
      type = ColumnType.FLOAT;
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i] == null ? null : ((Number) cells[i]).doubleValue();
      }
    } else if (allBool) {
      type = ColumnType.BOOL;
    } else {
      type = ColumnType.STRING;
    }
    if (type == ColumnType.STRING) {
      Map<String, Integer> dict = new LinkedHashMap<>();
      codes = new int[cells.length];
      for (int i = 0; i < cells.length; i++) {
        if (cells[i] == null) {
          codes[i] = -1;
        } else {
          String s = cells[i] instanceof String t ? t : ValueText.render(cells[i]);
          cells[i] = s;
          codes[i] = dict.computeIfAbsent(s, k -> dict.size());
        }
      }
      dictionary = dict.keySet().toArray(new String[0]);
    } else {
      codes = null;
      dictionary = null;
    }
  }

  /** Returns a typed column of the given boxed cells (null = missing). */
  public static Column of(String name, Object... values) {
    return new TestColumns(name, values);
  }

  /** Returns a table of the given columns. */
  public static Table table(Column... columns) {
    List<String> names = new ArrayList<>();
    for (Column c : columns) {
      names.add(c.name());
    }
    return new Table(
        "test.csv", columns.length == 0 ? 0 : columns[0].size(), names, Arrays.asList(columns));
  }

  /** Returns boxed Longs. */
  public static Object[] longs(long... v) {
    Object[] o = new Object[v.length];
    for (int i = 0; i < v.length; i++) {
      o[i] = v[i];
    }
    return o;
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
    return cells.length;
  }

  @Override
  public boolean isMissing(int row) {
    return cells[row] == null;
  }

  @Override
  public Object get(int row) {
    return cells[row];
  }

  @Override
  public double getDouble(int row) {
    Object v = cells[row];
    if (type == ColumnType.STRING) {
      throw new UnsupportedOperationException("STRING column");
    }
    if (v == null) {
      return Double.NaN;
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return ((Number) v).doubleValue();
  }

  @Override
  public int code(int row) {
    if (type != ColumnType.STRING) {
      throw new UnsupportedOperationException("not STRING");
    }
    return codes[row];
  }

  @Override
  public String[] dictionary() {
    if (type != ColumnType.STRING) {
      throw new UnsupportedOperationException("not STRING");
    }
    return dictionary.clone();
  }

  @Override
  public int missingCount() {
    return missing;
  }
}
