package dev.fairness.plan;

import dev.fairness.data.CellParser;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.DataException;
import dev.fairness.data.ValueText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Categorical membership of spec §4.2: {@code cell ∈ values} with Python equality (integer 1 ≠
 * string "1"; 1 == 1.0; true == 1, false == 0), and the coercion retry: when nothing matches and
 * the first value's type differs from the column's, every value is converted to the column's type
 * and matching is repeated. Missing cells never match.
 */
final class ValueMatcher {

  private ValueMatcher() {}

  /**
   * Returns the membership of every row. Throws {@link DataException} {@code Value <v> cannot be
   * compared with column <c> of type <t>} when a value does not convert during the retry.
   */
  static boolean[] match(Column column, List<Object> values) {
    boolean[] out = new boolean[column.size()];
    int hits = matchInto(column, values, out);
    if (hits == 0 && !values.isEmpty() && ColumnType.of(values.get(0)) != column.type()) {
      matchInto(column, coerce(column, values), out);
    }
    return out;
  }

  private static int matchInto(Column c, List<Object> values, boolean[] out) {
    int n = c.size();
    int hits = 0;
    if (c.type() == ColumnType.STRING) {
      String[] dict = c.dictionary();
      boolean[] byCode = new boolean[dict.length];
      for (int i = 0; i < dict.length; i++) {
        byCode[i] = values.contains(dict[i]);
      }
      for (int i = 0; i < n; i++) {
        int code = c.code(i);
        out[i] = code >= 0 && byCode[code];
        hits += out[i] ? 1 : 0;
      }
      return hits;
    }
    // INT, FLOAT and BOOL cells compare numerically with numbers and booleans, never with strings.
    Set<Long> longs = new HashSet<>();
    Set<Double> doubles = new HashSet<>();
    for (Object v : values) {
      if (v instanceof Boolean b) {
        longs.add(b ? 1L : 0L);
        doubles.add(b ? 1.0 : 0.0);
      } else if (v instanceof Long || v instanceof Integer) {
        long x = ((Number) v).longValue();
        longs.add(x);
        doubles.add((double) x);
      } else if (v instanceof Double || v instanceof Float) {
        double x = ((Number) v).doubleValue();
        doubles.add(x == 0.0 ? 0.0 : x);
        if (x == Math.rint(x) && Math.abs(x) < 0x1p63) {
          longs.add((long) x);
        }
      }
    }
    if (c.type() == ColumnType.INT) {
      LongCodes lc = LongCodes.of(c);
      boolean[] byCode = new boolean[lc.values().length];
      for (int k = 0; k < byCode.length; k++) {
        byCode[k] = longs.contains(lc.values()[k]);
      }
      int[] codes = lc.codes();
      for (int i = 0; i < n; i++) {
        out[i] = codes[i] >= 0 && byCode[codes[i]];
        hits += out[i] ? 1 : 0;
      }
      return hits;
    }
    for (int i = 0; i < n; i++) {
      boolean m = false;
      if (!c.isMissing(i)) {
        if (c.type() == ColumnType.INT) {
          m = longs.contains((Long) c.get(i));
        } else {
          double x = c.getDouble(i);
          m = doubles.contains(x == 0.0 ? 0.0 : x);
        }
      }
      out[i] = m;
      hits += m ? 1 : 0;
    }
    return hits;
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
