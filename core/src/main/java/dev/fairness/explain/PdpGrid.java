package dev.fairness.explain;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid of one PDP feature (spec §7): kind by spec §4.1 (no values), numerical bucket centres or
 * categorical values by frequency, and the data distribution over the grid.
 *
 * @param dataType {@code numerical}, {@code categorical} or {@code free_text}
 * @param values grid values ({@link Double} for numerical, the stored value for categorical)
 * @param distribution fraction of non-missing rows per grid value
 */
record PdpGrid(String dataType, List<Object> values, List<Double> distribution) {

  /** STRING columns with more distinct values than this are free text. */
  static final int FREE_TEXT_DISTINCT = 1000;

  /** Returns the grid of a column. */
  static PdpGrid of(Column col, int gridResolution) {
    int n = col.size();
    int nonMissing = n - col.missingCount();
    if (col.type() == ColumnType.STRING && col.dictionary().length > FREE_TEXT_DISTINCT) {
      return new PdpGrid("free_text", List.of(), List.of());
    }
    boolean continuous =
        switch (col.type()) {
          case FLOAT -> true;
          case INT -> uniqueness(col, nonMissing) >= 0.05;
          case BOOL -> false;
          case STRING ->
              col.missingCount() == 0
                  && allIntegers(col.dictionary())
                  && uniqueness(col, nonMissing) >= 0.05;
        };
    return continuous ? numerical(col, gridResolution, nonMissing) : categorical(col, nonMissing);
  }

  private static double uniqueness(Column col, int nonMissing) {
    if (nonMissing == 0) {
      return 0;
    }
    java.util.Set<Object> distinct = new java.util.HashSet<>();
    for (int r = 0; r < col.size(); r++) {
      if (!col.isMissing(r)) {
        distinct.add(col.get(r));
      }
    }
    return distinct.size() / (double) nonMissing;
  }

  private static boolean allIntegers(String[] dictionary) {
    for (String s : dictionary) {
      try {
        Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return true;
  }

  /** Returns the numeric value of a non-missing cell (STRING cells parsed as integers). */
  static double numeric(Column col, int row) {
    if (col.type() == ColumnType.STRING) {
      return Long.parseLong(((String) col.get(row)).trim());
    }
    return col.getDouble(row);
  }

  private static PdpGrid numerical(Column col, int res, int nonMissing) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < col.size(); r++) {
      if (!col.isMissing(r)) {
        double v = numeric(col, r);
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (nonMissing == 0) {
      return new PdpGrid("numerical", List.of(), List.of());
    }
    if (lo == hi) {
      return new PdpGrid("numerical", List.of(lo), List.of(1.0));
    }
    double h = (hi - lo) / res;
    long[] counts = new long[res];
    for (int r = 0; r < col.size(); r++) {
      if (col.isMissing(r)) {
        continue;
      }
      double v = numeric(col, r);
      int idx = (int) Math.min(res - 1, Math.max(0, Math.floor((v - lo) / h)));
      while (idx < res - 1 && v >= lo + (idx + 1) * h) {
        idx++;
      }
      while (idx > 0 && v < lo + idx * h) {
        idx--;
      }
      counts[idx]++;
    }
    List<Object> values = new ArrayList<>();
    List<Double> dist = new ArrayList<>();
    for (int i = 0; i < res; i++) {
      values.add(lo + (i + 0.5) * h);
      dist.add(counts[i] / (double) nonMissing);
    }
    return new PdpGrid("numerical", values, dist);
  }

  private static PdpGrid categorical(Column col, int nonMissing) {
    Map<Object, long[]> freq = new LinkedHashMap<>();
    for (int r = 0; r < col.size(); r++) {
      if (!col.isMissing(r)) {
        freq.computeIfAbsent(col.get(r), v -> new long[1])[0]++;
      }
    }
    List<Map.Entry<Object, long[]>> entries = new ArrayList<>(freq.entrySet());
    // stable sort: ties keep first appearance
    entries.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
    List<Object> values = new ArrayList<>();
    List<Double> dist = new ArrayList<>();
    for (Map.Entry<Object, long[]> e : entries) {
      values.add(e.getKey());
      dist.add(e.getValue()[0] / (double) nonMissing);
    }
    return new PdpGrid("categorical", values, dist);
  }
}
