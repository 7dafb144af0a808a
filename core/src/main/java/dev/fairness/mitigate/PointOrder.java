package dev.fairness.mitigate;

/**
 * The stable order of points by x, then y (pandas' {@code sort_values(by=["x", "y"])}, a stable
 * lexicographic sort): ties keep the order in which the points were made.
 */
final class PointOrder {

  private PointOrder() {}

  /** Returns the indices 0..n-1 of the points ordered by (x, y), ties by index. */
  static int[] sorted(double[] x, double[] y) {
    int n = x.length;
    int[] idx = new int[n];
    boolean ascending = true;
    for (int i = 0; i < n; i++) {
      idx[i] = i;
      if (i > 0 && less(x, y, i, i - 1)) {
        ascending = false;
      }
    }
    if (ascending) {
      return idx;
    }
    int[] tmp = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int a = lo;
        int b = mid;
        int o = lo;
        while (a < mid && b < hi) {
          tmp[o++] = less(x, y, idx[b], idx[a]) ? idx[b++] : idx[a++];
        }
        while (a < mid) {
          tmp[o++] = idx[a++];
        }
        while (b < hi) {
          tmp[o++] = idx[b++];
        }
      }
      int[] swap = idx;
      idx = tmp;
      tmp = swap;
    }
    return idx;
  }

  /** Returns true when point a comes strictly before point b by (x, y). */
  private static boolean less(double[] x, double[] y, int a, int b) {
    return x[a] < x[b] || (x[a] == x[b] && y[a] < y[b]);
  }
}
