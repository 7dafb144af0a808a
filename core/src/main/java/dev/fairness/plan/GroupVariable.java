package dev.fairness.plan;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.stats.BiasAccumulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** The strata of the group variable (spec §4.5). */
public final class GroupVariable {

  private GroupVariable() {}

  /**
   * The strata of a group column.
   *
   * @param codes per row, the 0-based stratum index, or {@link BiasAccumulator#NO_STRATUM} for a
   *     missing cell
   * @param count the number of strata
   */
  public record Strata(int[] codes, int count) {}

  /**
   * Returns the strata: the distinct non-missing raw values sorted ascending (numbers numerically,
   * strings by code point, false before true), as numpy's {@code unique} orders them.
   */
  public static Strata strata(Column g) {
    if (g.type() == ColumnType.INT) {
      LongCodes lc = LongCodes.of(g);
      int[] codes = lc.codes();
      for (int i = 0; i < codes.length; i++) {
        if (codes[i] < 0) {
          codes[i] = BiasAccumulator.NO_STRATUM;
        }
      }
      return new Strata(codes, lc.values().length);
    }
    if (g.type() == ColumnType.STRING) {
      return stringStrata(g);
    }
    int n = g.size();
    Comparator<Object> order =
        switch (g.type()) {
          case STRING -> (a, b) -> compareCodePoints((String) a, (String) b);
          case INT -> (a, b) -> Long.compare((Long) a, (Long) b);
          default -> (a, b) -> Double.compare(key(a), key(b));
        };
    TreeMap<Object, Integer> sorted = new TreeMap<>(order);
    Object[] value = new Object[n];
    for (int i = 0; i < n; i++) {
      if (!g.isMissing(i)) {
        if (g.type() == ColumnType.INT || g.type() == ColumnType.STRING) {
          value[i] = g.get(i);
        } else {
          value[i] = g.getDouble(i) == 0.0 ? 0.0 : g.getDouble(i);
        }
        sorted.putIfAbsent(value[i], 0);
      }
    }
    int k = 0;
    for (var e : sorted.entrySet()) {
      e.setValue(k++);
    }
    int[] codes = new int[n];
    Arrays.fill(codes, BiasAccumulator.NO_STRATUM);
    for (int i = 0; i < n; i++) {
      if (value[i] != null) {
        codes[i] = sorted.get(value[i]);
      }
    }
    return new Strata(codes, sorted.size());
  }

  /** STRING strata: the present dictionary entries ranked by code point, no per-row boxing. */
  private static Strata stringStrata(Column g) {
    int n = g.size();
    String[] dict = g.dictionary();
    boolean[] present = new boolean[dict.length];
    for (int i = 0; i < n; i++) {
      int c = g.code(i);
      if (c >= 0) {
        present[c] = true;
      }
    }
    List<Integer> used = new ArrayList<>();
    for (int c = 0; c < dict.length; c++) {
      if (present[c]) {
        used.add(c);
      }
    }
    used.sort((a, b) -> compareCodePoints(dict[a], dict[b]));
    int[] rank = new int[dict.length];
    for (int k = 0; k < used.size(); k++) {
      rank[used.get(k)] = k;
    }
    int[] codes = new int[n];
    for (int i = 0; i < n; i++) {
      int c = g.code(i);
      codes[i] = c >= 0 ? rank[c] : BiasAccumulator.NO_STRATUM;
    }
    return new Strata(codes, used.size());
  }

  private static double key(Object o) {
    return ((Number) o).doubleValue();
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
