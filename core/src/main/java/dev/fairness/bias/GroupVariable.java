package dev.fairness.bias;

import dev.fairness.bias.count.LongValues;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.stats.BiasAccumulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The strata of the group variable (spec §4.5). */
public final class GroupVariable {

  private GroupVariable() {}

  /**
   * The strata of a group column: per row the 0-based stratum index, or {@link
   * BiasAccumulator#NO_STRATUM} for a missing cell; read through the column's value codes, or kept
   * one byte per row (four beyond 127 strata) for a FLOAT or wide INT column.
   */
  public static final class Strata {

    private final int count;
    private final ValueCodes codes;
    private final int[] rank;
    private final byte[] small;
    private final int[] wide;

    private Strata(int count, ValueCodes codes, int[] rank) {
      this.count = count;
      this.codes = codes;
      this.rank = rank;
      this.small = null;
      this.wide = null;
    }

    private Strata(int count, int rows) {
      this.count = count;
      this.codes = null;
      this.rank = null;
      this.small = count <= Byte.MAX_VALUE ? new byte[rows] : null;
      this.wide = small == null ? new int[rows] : null;
    }

    /** Returns the number of strata. */
    public int count() {
      return count;
    }

    /** Returns the stratum index of a row, or {@link BiasAccumulator#NO_STRATUM}. */
    public int code(int row) {
      if (codes != null) {
        int c = codes.code(row);
        return c < 0 ? BiasAccumulator.NO_STRATUM : rank[c];
      }
      return small != null ? small[row] : wide[row];
    }

    /** Returns the value codes the strata are read through, or null. */
    ValueCodes valueCodes() {
      return codes;
    }

    /** Returns the stratum of each code of {@link #valueCodes()} (-1: unused), or null. */
    int[] rankOfCode() {
      return rank;
    }

    /** Returns the stratum index of every row (a copy). */
    public int[] codes() {
      int n = codes != null ? codes.column().size() : small != null ? small.length : wide.length;
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = code(i);
      }
      return out;
    }

    private void set(int row, int code) {
      if (small != null) {
        small[row] = (byte) code;
      } else {
        wide[row] = code;
      }
    }
  }

  /**
   * Returns the strata: the distinct non-missing raw values sorted ascending (numbers numerically,
   * strings by code point, false before true), as numpy's {@code unique} orders them. Built from
   * value codes or primitive values, nothing boxed per row.
   */
  public static Strata strata(Column g) {
    ValueCodes codes = ValueCodes.of(g);
    if (codes != null) {
      int[] rank =
          codes.dictionary() != null ? stringRanks(codes, codes.dictionary()) : codes.valueRanks();
      return new Strata(codes.distinct(), codes, rank);
    }
    int n = g.size();
    if (g.type() == ColumnType.INT) {
      // a value range too wide for codes
      LongValues values = LongValues.of(g);
      Strata s = new Strata(values.count(), n);
      for (int i = 0; i < n; i++) {
        boolean missing = g.isMissing(i);
        s.set(i, missing ? BiasAccumulator.NO_STRATUM : values.index(g.getLong(i)));
      }
      return s;
    }
    // FLOAT (a STRING column with too many texts for codes has as many strata as rows or so)
    if (g.type() == ColumnType.STRING) {
      return stringStrata(g);
    }
    double[] values = new double[n - g.missingCount()];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!g.isMissing(i)) {
        values[m++] = zero(g.getDouble(i));
      }
    }
    Arrays.sort(values);
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        values[k++] = values[i];
      }
    }
    double[] distinct = Arrays.copyOf(values, k);
    Strata s = new Strata(k, n);
    for (int i = 0; i < n; i++) {
      boolean missing = g.isMissing(i);
      s.set(
          i,
          missing
              ? BiasAccumulator.NO_STRATUM
              : Arrays.binarySearch(distinct, zero(g.getDouble(i))));
    }
    return s;
  }

  /** STRING strata of a column with too many texts for value codes. */
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
    int[] rank = ranks(dict, present);
    int count = 0;
    for (boolean p : present) {
      count += p ? 1 : 0;
    }
    Strata s = new Strata(count, n);
    for (int i = 0; i < n; i++) {
      int c = g.code(i);
      s.set(i, c >= 0 ? rank[c] : BiasAccumulator.NO_STRATUM);
    }
    return s;
  }

  private static int[] stringRanks(ValueCodes codes, String[] dict) {
    boolean[] present = new boolean[dict.length];
    for (int c = 0; c < dict.length; c++) {
      present[c] = codes.rows(c) > 0;
    }
    return ranks(dict, present);
  }

  /** Returns each present dictionary entry's rank in code-point order, -1 for the others. */
  private static int[] ranks(String[] dict, boolean[] present) {
    List<Integer> used = new ArrayList<>();
    for (int c = 0; c < dict.length; c++) {
      if (present[c]) {
        used.add(c);
      }
    }
    used.sort((a, b) -> compareCodePoints(dict[a], dict[b]));
    int[] rank = new int[dict.length];
    Arrays.fill(rank, -1);
    for (int k = 0; k < used.size(); k++) {
      rank[used.get(k)] = k;
    }
    return rank;
  }

  /** Returns the value with -0.0 as 0.0 (one value under Python equality). */
  private static double zero(double x) {
    return x == 0.0 ? 0.0 : x;
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
