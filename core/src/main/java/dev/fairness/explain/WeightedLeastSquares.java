package dev.fairness.explain;

/**
 * The constrained weighted least-squares step of Kernel SHAP (spec §6.4 step 9): the efficiency
 * constraint eliminates the last participating column, the normal equations are solved by
 * Cholesky, and a singular system (failed pivot or reciprocal 1-norm condition below 1e-12) falls
 * back to the minimum-norm SVD solution.
 */
final class WeightedLeastSquares {

  /** Reciprocal condition number below which the normal matrix counts as singular. */
  static final double RCOND_LIMIT = 1e-12;

  /** The solution of one record: {@code phi[j][c]} for output j and participating column c. */
  record Solution(double[][] phi, boolean singular) {}

  private WeightedLeastSquares() {}

  /**
   * Returns the attributions of the participating mask columns {@code cols} (in order; the last
   * one takes the remainder {@code delta[j] - Σ β}) for every output j.
   *
   * @param set masks and kernel weights
   * @param cols participating mask columns, at least one
   * @param y {@code y[j][r] = ℓ(ey(m_r)[j]) - ℓ(fnull[j])}
   * @param delta {@code delta[j] = ℓ(fx[j]) - ℓ(fnull[j])}
   */
  static Solution solve(CoalitionSet set, int[] cols, double[][] y, double[] delta) {
    int outputs = delta.length;
    int n = cols.length - 1;
    double[][] phi = new double[outputs][cols.length];
    if (n == 0) {
      for (int j = 0; j < outputs; j++) {
        phi[j][0] = delta[j];
      }
      return new Solution(phi, false);
    }
    int rows = set.size();
    int last = cols[n];
    double[] a = new double[n * n];
    double[][] rhs = new double[outputs][n];
    int[] x = new int[n];
    for (int r = 0; r < rows; r++) {
      double k = set.weight(r);
      int ml = set.get(r, last);
      for (int c = 0; c < n; c++) {
        x[c] = set.get(r, cols[c]) - ml;
      }
      for (int c = 0; c < n; c++) {
        if (x[c] == 0) {
          continue;
        }
        double kx = k * x[c];
        int base = c * n;
        for (int d = c; d < n; d++) {
          if (x[d] != 0) {
            a[base + d] += kx * x[d];
          }
        }
        for (int j = 0; j < outputs; j++) {
          rhs[j][c] += kx * (y[j][r] - ml * delta[j]);
        }
      }
    }
    for (int c = 0; c < n; c++) {
      for (int d = c + 1; d < n; d++) {
        a[d * n + c] = a[c * n + d];
      }
    }
    double[][] beta;
    boolean singular = false;
    double[] l = Cholesky.factor(a, n);
    if (l != null && Cholesky.rcond(a, l, n) >= RCOND_LIMIT) {
      beta = new double[outputs][];
      for (int j = 0; j < outputs; j++) {
        beta[j] = Cholesky.solve(l, n, rhs[j]);
      }
    } else {
      singular = true;
      beta = minimumNorm(set, cols, y, delta);
    }
    for (int j = 0; j < outputs; j++) {
      double sum = 0;
      for (int c = 0; c < n; c++) {
        phi[j][c] = beta[j][c];
        sum += beta[j][c];
      }
      phi[j][n] = delta[j] - sum;
    }
    return new Solution(phi, singular);
  }

  private static double[][] minimumNorm(
      CoalitionSet set, int[] cols, double[][] y, double[] delta) {
    int n = cols.length - 1;
    int rows = set.size();
    int last = cols[n];
    double[][] design = new double[n][rows];
    double[][] b = new double[delta.length][rows];
    for (int r = 0; r < rows; r++) {
      double sk = Math.sqrt(set.weight(r));
      int ml = set.get(r, last);
      for (int c = 0; c < n; c++) {
        design[c][r] = sk * (set.get(r, cols[c]) - ml);
      }
      for (int j = 0; j < delta.length; j++) {
        b[j][r] = sk * (y[j][r] - ml * delta[j]);
      }
    }
    JacobiSvd svd = new JacobiSvd(design, rows);
    double[][] beta = new double[delta.length][];
    for (int j = 0; j < delta.length; j++) {
      beta[j] = svd.minimumNormSolution(b[j], RCOND_LIMIT);
    }
    return beta;
  }
}
