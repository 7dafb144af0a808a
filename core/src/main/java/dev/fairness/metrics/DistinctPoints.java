package dev.fairness.metrics;

import java.util.Arrays;

/**
 * Groups identical rows of a row-major matrix: the distinct points (in order of first occurrence)
 * and, per distinct point, the ids of its rows in ascending order. Identical coordinates have
 * identical distances to any query, so nearest-neighbour work is done once per distinct point;
 * {@code -0.0} and {@code 0.0} count as equal (their distances are equal too).
 */
final class DistinctPoints {

  final int dims;
  final double[] points; // distinct points, row-major
  final int[] start; // ids of distinct point u are ids[start[u] .. start[u+1]-1], ascending
  final int[] ids;

  /**
   * Groups the rows of {@code values} (row {@code r} at {@code r * dims}); row {@code r} has id
   * {@code rowIds[r]}.
   */
  DistinctPoints(double[] values, int[] rowIds, int dims) {
    this.dims = dims;
    int m = rowIds.length;
    int cap = Integer.highestOneBit(Math.max(4, 2 * m - 1)) << 1;
    int[] table = new int[cap]; // distinct index + 1, 0 = empty
    int[] groupOf = new int[m];
    int[] firstRow = new int[m];
    int distinct = 0;
    for (int r = 0; r < m; r++) {
      int h = hash(values, r * dims) & (cap - 1);
      while (true) {
        int slot = table[h];
        if (slot == 0) {
          table[h] = distinct + 1;
          firstRow[distinct] = r;
          groupOf[r] = distinct++;
          break;
        }
        if (same(values, firstRow[slot - 1] * dims, r * dims)) {
          groupOf[r] = slot - 1;
          break;
        }
        h = (h + 1) & (cap - 1);
      }
    }
    points = new double[distinct * dims];
    for (int u = 0; u < distinct; u++) {
      for (int j = 0; j < dims; j++) {
        double x = values[firstRow[u] * dims + j];
        points[u * dims + j] = x == 0.0 ? 0.0 : x;
      }
    }
    start = new int[distinct + 1];
    for (int r = 0; r < m; r++) {
      start[groupOf[r] + 1]++;
    }
    for (int u = 0; u < distinct; u++) {
      start[u + 1] += start[u];
    }
    ids = new int[m];
    int[] fill = Arrays.copyOf(start, distinct);
    for (int r = 0; r < m; r++) {
      ids[fill[groupOf[r]]++] = rowIds[r];
    }
    for (int u = 0; u < distinct; u++) {
      Arrays.sort(ids, start[u], start[u + 1]);
    }
  }

  /** Returns the number of distinct points. */
  int size() {
    return start.length - 1;
  }

  private int hash(double[] v, int off) {
    long h = 1;
    for (int j = 0; j < dims; j++) {
      double x = v[off + j];
      h = 31 * h + Double.doubleToLongBits(x == 0.0 ? 0.0 : x);
    }
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    return (int) (h ^ (h >>> 32));
  }

  private boolean same(double[] v, int a, int b) {
    for (int j = 0; j < dims; j++) {
      if (v[a + j] != v[b + j]) {
        return false;
      }
    }
    return true;
  }
}
