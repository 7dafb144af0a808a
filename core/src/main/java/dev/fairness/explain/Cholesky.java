package dev.fairness.explain;

/**
 * Cholesky factorisation of small symmetric positive definite matrices stored row-major in a {@code
 * double[n*n]}, with solving and an exact reciprocal condition number in the 1-norm.
 */
final class Cholesky {

  private Cholesky() {}

  /** Returns the lower factor L (row-major) with {@code A = L Lᵀ}, or null when a pivot is ≤ 0. */
  static double[] factor(double[] a, int n) {
    double[] l = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i * n + j];
        for (int k = 0; k < j; k++) {
          s -= l[i * n + k] * l[j * n + k];
        }
        if (i == j) {
          if (!(s > 0)) {
            return null;
          }
          l[i * n + i] = Math.sqrt(s);
        } else {
          l[i * n + j] = s / l[j * n + j];
        }
      }
    }
    return l;
  }

  /** Returns the solution of {@code L Lᵀ x = b}. */
  static double[] solve(double[] l, int n, double[] b) {
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i * n + k] * z[k];
      }
      z[i] = s / l[i * n + i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = z[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k * n + i] * x[k];
      }
      x[i] = s / l[i * n + i];
    }
    return x;
  }

  /**
   * Returns {@code 1 / (‖A‖₁ ‖A⁻¹‖₁)}, computing the inverse column by column from the factor (the
   * matrices are at most a few dozen wide, so the exact value is cheap).
   */
  static double rcond(double[] a, double[] l, int n) {
    double normA = 0;
    for (int c = 0; c < n; c++) {
      double s = 0;
      for (int r = 0; r < n; r++) {
        s += Math.abs(a[r * n + c]);
      }
      normA = Math.max(normA, s);
    }
    double normInv = 0;
    double[] e = new double[n];
    for (int c = 0; c < n; c++) {
      e[c] = 1;
      double[] col = solve(l, n, e);
      e[c] = 0;
      double s = 0;
      for (double v : col) {
        s += Math.abs(v);
      }
      if (!Double.isFinite(s)) {
        return 0;
      }
      normInv = Math.max(normInv, s);
    }
    return normA == 0 || normInv == 0 ? 0 : 1 / (normA * normInv);
  }
}
