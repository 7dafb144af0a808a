package dev.fairness.metrics;

/**
 * Sums doubles in numpy's pairwise order ({@code np.sum} on a contiguous float64 array), so sums
 * that smclarify takes with numpy round the same way.
 */
final class PairwiseSum {

  private static final int BLOCK = 128;

  private PairwiseSum() {}

  /** Returns the numpy pairwise sum of {@code a[from .. from+n-1]}. */
  static double sum(double[] a, int from, int n) {
    if (n < 8) {
      double res = 0.0;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    if (n <= BLOCK) { // eight running sums in locals: numpy's order, and cheap for the JIT
      double r0 = a[from];
      double r1 = a[from + 1];
      double r2 = a[from + 2];
      double r3 = a[from + 3];
      double r4 = a[from + 4];
      double r5 = a[from + 5];
      double r6 = a[from + 6];
      double r7 = a[from + 7];
      int i = 8;
      for (; i < n - (n % 8); i += 8) {
        int k = from + i;
        r0 += a[k];
        r1 += a[k + 1];
        r2 += a[k + 2];
        r3 += a[k + 3];
        r4 += a[k + 4];
        r5 += a[k + 5];
        r6 += a[k + 6];
        r7 += a[k + 7];
      }
      double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    int n2 = n / 2;
    n2 -= n2 % 8;
    return sum(a, from, n2) + sum(a, from + n2, n - n2);
  }
}
