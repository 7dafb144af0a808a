package dev.fairness.bias;

import dev.fairness.bias.count.RowBits;
import dev.fairness.bias.count.RowSet;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.CellParser;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.DataException;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Categorical membership of spec §4.2: {@code cell ∈ values} with the equality of a pandas
 * categorical column (smclarify compares {@code series.astype("category") == value}): integer 1 ≠
 * string "1"; 1 == 1.0; a boolean matches only a boolean cell and a number only a number cell (True
 * ≠ 1, False ≠ 0). Then the coercion retry: when nothing matches and the first value's type differs
 * from the column's, every value is converted to the column's type and matching is repeated.
 * Missing cells never match.
 */
final class ValueMatcher {

  private ValueMatcher() {}

  /**
   * Returns the membership of every row. Throws {@link DataException} {@code Value <v> cannot be
   * compared with column <c> of type <t>} when a value does not convert during the retry.
   */
  static RowSet match(Column column, List<Object> values) {
    return match(column, ValueCodes.of(column), values);
  }

  /** Returns {@link #match(Column, List)} from the column's value codes when it has them. */
  static RowSet match(Column column, ValueCodes codes, List<Object> values) {
    if (codes != null) {
      return RowSet.byCode(codes, match(codes, values));
    }
    RowBits out = matchRows(column, values);
    if (out.count() == 0 && retry(column, values)) {
      out = matchRows(column, coerce(column, values));
    }
    return RowSet.of(out);
  }

  /** Returns the membership of each code, the values tested once per code; throws like above. */
  static boolean[] match(ValueCodes codes, List<Object> values) {
    boolean[] member = matchCodes(codes, values);
    int hits = 0;
    for (int c = 0; c < member.length; c++) {
      hits += member[c] ? codes.rows(c) : 0;
    }
    if (hits == 0 && retry(codes.column(), values)) {
      member = matchCodes(codes, coerce(codes.column(), values));
    }
    return member;
  }

  private static boolean retry(Column c, List<Object> values) {
    return !values.isEmpty() && ColumnType.of(values.get(0)) != c.type();
  }

  private static boolean[] matchCodes(ValueCodes codes, List<Object> values) {
    boolean[] member = new boolean[codes.size()];
    String[] dict = codes.dictionary();
    boolean bool = codes.column().type() == ColumnType.BOOL;
    Wanted w = dict == null ? new Wanted(values, bool) : null;
    for (int c = 0; c < member.length; c++) {
      if (codes.rows(c) > 0) {
        if (dict != null) {
          member[c] = values.contains(dict[c]);
        } else {
          long v = codes.longValue(c);
          member[c] = bool ? w.hasDouble(v) : w.hasLong(v);
        }
      }
    }
    return member;
  }

  /** Matches every row of a column without value codes (FLOAT, or too many distinct values). */
  private static RowBits matchRows(Column c, List<Object> values) {
    int n = c.size();
    RowBits out = new RowBits(n);
    boolean anyMissing = c.missingCount() > 0;
    if (c.type() == ColumnType.STRING) {
      String[] dict = c.dictionary();
      boolean[] byCode = new boolean[dict.length];
      for (int i = 0; i < dict.length; i++) {
        byCode[i] = values.contains(dict[i]);
      }
      for (int i = 0; i < n; i++) {
        int code = c.code(i);
        if (code >= 0 && byCode[code]) {
          out.set(i);
        }
      }
      return out;
    }
    Wanted w = new Wanted(values, c.type() == ColumnType.BOOL);
    boolean ints = c.type() == ColumnType.INT;
    for (int i = 0; i < n; i++) {
      if (!anyMissing || !c.isMissing(i)) {
        if (ints ? w.hasLong(c.getLong(i)) : w.hasDouble(c.getDouble(i))) {
          out.set(i);
        }
      }
    }
    return out;
  }

  /**
   * The values an INT, FLOAT or BOOL cell is compared with: for a BOOL column its booleans, for an
   * INT or FLOAT column its numbers (1 == 1.0), never strings (categorical equality). INT cells
   * compare as integers, FLOAT and BOOL cells (0.0 / 1.0) as doubles, -0.0 being 0.0.
   */
  private static final class Wanted {
    private final long[] longs;
    private final double[] doubles;

    Wanted(List<Object> values, boolean boolColumn) {
      Set<Long> ls = new HashSet<>();
      Set<Double> ds = new HashSet<>();
      for (Object v : values) {
        if (v instanceof Boolean b) {
          if (boolColumn) {
            ls.add(b ? 1L : 0L);
            ds.add(b ? 1.0 : 0.0);
          }
        } else if (boolColumn) {
          continue;
        } else if (v instanceof Long || v instanceof Integer) {
          long x = ((Number) v).longValue();
          ls.add(x);
          ds.add((double) x);
        } else if (v instanceof Double || v instanceof Float) {
          double x = ((Number) v).doubleValue();
          ds.add(x == 0.0 ? 0.0 : x);
          if (x == Math.rint(x) && Math.abs(x) < 0x1p63) {
            ls.add((long) x);
          }
        }
      }
      longs = new long[ls.size()];
      int k = 0;
      for (long x : ls) {
        longs[k++] = x;
      }
      Arrays.sort(longs);
      doubles = new double[ds.size()];
      k = 0;
      for (double x : ds) {
        doubles[k++] = x;
      }
      Arrays.sort(doubles);
    }

    boolean hasLong(long v) {
      return Arrays.binarySearch(longs, v) >= 0;
    }

    boolean hasDouble(double v) {
      return Arrays.binarySearch(doubles, v == 0.0 ? 0.0 : v) >= 0;
    }
  }

  /** Converts every value to the column's type (spec §4.2 coercion step). */
  static List<Object> coerce(Column c, List<Object> values) {
    List<Object> out = new ArrayList<>();
    switch (c.type()) {
      case STRING -> values.forEach(v -> out.add(ValueText.render(v)));
      case FLOAT -> values.forEach(v -> out.add(toDouble(c, v)));
      case BOOL -> values.forEach(v -> out.add(toBool(c, v)));
      case INT -> {
        boolean asFloat = false;
        for (Object v : values) {
          Object x = toIntOrFloat(c, v);
          asFloat |= x instanceof Double;
          out.add(x);
        }
        if (asFloat) {
          out.replaceAll(x -> ((Number) x).doubleValue());
        }
      }
    }
    return out;
  }

  private static Object toIntOrFloat(Column c, Object v) {
    if (v instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (v instanceof Long || v instanceof Integer) {
      return ((Number) v).longValue();
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 0x1p63 ? (Object) (long) d : (Object) d;
    }
    String s = CellParser.trim(v.toString());
    Long l = CellParser.parseLong(s);
    if (l != null) {
      return l;
    }
    Double d = CellParser.parseDouble(s);
    if (d != null) {
      return d;
    }
    throw cannotCompare(c, v);
  }

  private static Double toDouble(Column c, Object v) {
    if (v instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    Double d = CellParser.parseDouble(CellParser.trim(v.toString()));
    if (d == null) {
      throw cannotCompare(c, v);
    }
    return d;
  }

  /**
   * Converts to a boolean: booleans as they are, numbers 0 and 1, the strings true/false in any
   * case; anything else cannot be compared. [ADAPT] smclarify uses numpy's {@code bool_()}, which
   * makes the string "False" True.
   */
  private static Boolean toBool(Column c, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (d == 0.0 || d == 1.0) {
        return d == 1.0;
      }
    } else if ("true".equalsIgnoreCase(v.toString())) {
      return true;
    } else if ("false".equalsIgnoreCase(v.toString())) {
      return false;
    }
    throw cannotCompare(c, v);
  }

  private static DataException cannotCompare(Column c, Object v) {
    return new DataException(
        "Value "
            + ValueText.render(v)
            + " cannot be compared with column "
            + c.name()
            + " of type "
            + c.type());
  }
}
