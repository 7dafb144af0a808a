package dev.fairness.bias.count;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import java.util.Arrays;

/**
 * The distinct non-missing values of an INT or BOOL column, sorted ascending, found from primitive
 * values without boxing or per-row arrays: a bitmap over the value range when it is narrow (two
 * passes, at most 128 KB), else a sorted copy of the values.
 */
public final class LongValues {

  /** Widest value range indexed by a direct table. */
  private static final long TABLE_RANGE = 1 << 20;

  private final long[] values;
  private final long min;
  private final boolean table;
  private int[] rank; // by value - min, when table; built on first index() call

  private LongValues(long[] values, long min, boolean table) {
    this.values = values;
    this.min = min;
    this.table = table;
  }

  /** Returns the value of an INT or BOOL cell (0 or 1); unspecified for a missing cell. */
  public static long at(Column c, int row) {
    return c.type() == ColumnType.BOOL ? (long) c.getDouble(row) : c.getLong(row);
  }

  /** Returns the distinct values of an INT or BOOL column. */
  public static LongValues of(Column c) {
    int n = c.size();
    boolean anyMissing = c.missingCount() > 0;
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    int present = 0;
    for (int i = 0; i < n; i++) {
      if (!anyMissing || !c.isMissing(i)) {
        long v = at(c, i);
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
        present++;
      }
    }
    if (present == 0) {
      return new LongValues(new long[0], 0, true);
    }
    long range = hi - lo;
    if (range >= 0 && range < TABLE_RANGE) {
      long[] seen = new long[(int) (range >>> 6) + 1];
      for (int i = 0; i < n; i++) {
        if (!anyMissing || !c.isMissing(i)) {
          int v = (int) (at(c, i) - lo);
          seen[v >>> 6] |= 1L << v;
        }
      }
      int k = 0;
      for (long w : seen) {
        k += Long.bitCount(w);
      }
      long[] values = new long[k];
      int j = 0;
      for (int w = 0; w < seen.length; w++) {
        for (long bits = seen[w]; bits != 0; bits &= bits - 1) {
          values[j++] = lo + ((long) w << 6) + Long.numberOfTrailingZeros(bits);
        }
      }
      return new LongValues(values, lo, true);
    }
    long[] all = new long[present];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!anyMissing || !c.isMissing(i)) {
        all[m++] = at(c, i);
      }
    }
    Arrays.sort(all);
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[k++] = all[i];
      }
    }
    return new LongValues(Arrays.copyOf(all, k), lo, false);
  }

  /** Returns the number of distinct values. */
  public int count() {
    return values.length;
  }

  /** Returns the distinct values, ascending; do not modify. */
  long[] values() {
    return values;
  }

  /** Returns the index of a value of the column in {@link #values()}. */
  public int index(long v) {
    if (!table) {
      return Arrays.binarySearch(values, v);
    }
    if (rank == null) {
      int[] r = new int[(int) (values[values.length - 1] - min) + 1];
      Arrays.fill(r, -1);
      for (int k = 0; k < values.length; k++) {
        r[(int) (values[k] - min)] = k;
      }
      rank = r;
    }
    return rank[(int) (v - min)];
  }
}
