package dev.fairness.plan;

import dev.fairness.data.Column;
import java.util.Arrays;

/**
 * The distinct non-missing values of an INT column, sorted ascending, and each row's index into
 * them ({@code -1} when missing). Built from primitive values in two passes: a direct table when
 * the value range is small, else a sort; nothing is boxed per row.
 *
 * @param values the distinct values, ascending
 * @param codes per row, the index into {@code values}, or -1 for a missing cell
 */
record LongCodes(long[] values, int[] codes) {

  private static final long TABLE_RANGE = 1 << 20;

  /** Returns the codes of an INT column. */
  static LongCodes of(Column c) {
    int n = c.size();
    boolean anyMissing = c.missingCount() > 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    int present = 0;
    for (int i = 0; i < n; i++) {
      if (!anyMissing || !c.isMissing(i)) {
        long v = c.getLong(i);
        min = Math.min(min, v);
        max = Math.max(max, v);
        present++;
      }
    }
    int[] codes = new int[n];
    if (present == 0) {
      Arrays.fill(codes, -1);
      return new LongCodes(new long[0], codes);
    }
    long range = max - min;
    if (range >= 0 && range < TABLE_RANGE) {
      int[] rank = new int[(int) range + 1];
      for (int i = 0; i < n; i++) {
        if (!anyMissing || !c.isMissing(i)) {
          rank[(int) (c.getLong(i) - min)] = 1;
        }
      }
      int k = 0;
      for (int v = 0; v < rank.length; v++) {
        rank[v] = rank[v] == 0 ? -1 : k++;
      }
      long[] values = new long[k];
      for (int v = 0; v < rank.length; v++) {
        if (rank[v] >= 0) {
          values[rank[v]] = min + v;
        }
      }
      for (int i = 0; i < n; i++) {
        codes[i] = anyMissing && c.isMissing(i) ? -1 : rank[(int) (c.getLong(i) - min)];
      }
      return new LongCodes(values, codes);
    }
    long[] all = new long[present];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!anyMissing || !c.isMissing(i)) {
        all[m++] = c.getLong(i);
      }
    }
    Arrays.sort(all);
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[k++] = all[i];
      }
    }
    long[] values = Arrays.copyOf(all, k);
    for (int i = 0; i < n; i++) {
      codes[i] = anyMissing && c.isMissing(i) ? -1 : Arrays.binarySearch(values, c.getLong(i));
    }
    return new LongCodes(values, codes);
  }
}
