package dev.fairness.explain;

/**
 * The constrained weighted least-squares step of Kernel SHAP (spec §6.4 step 9): the efficiency
 * constraint eliminates the last participating column, the normal equations are solved by Cholesky,
 * and a singular system (failed pivot or reciprocal 1-norm condition below 1e-12) falls back to the
 * minimum-norm SVD solution.
 */
final class WeightedLeastSquares {

  /** Reciprocal condition number below which the normal matrix counts as singular. */
  static final double RCOND_LIMIT = 1e-12;

  /** The solution of one record: {@code phi[j][c]} for output j and participating column c. */
  record Solution(double[][] phi, boolean singular) {}

  private WeightedLeastSquares() {}

  /**
   * Returns the attributions of the participating mask columns {@code cols} (in order; the last one
   * takes the remainder {@code delta[j] - Σ β}) for every output j.
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
    // Accumulate G = Σ k·m·mᵀ and h = Σ k·m·y over the participating columns, visiting only the
    // ones of each mask; then XᵀKX and XᵀKy' follow from X = m_c − m_last.
    int p = cols.length;
    int last = n;
    double[] g = new double[p * p];
    double[][] h = new double[outputs][p];
    accumulate(set, cols, y, delta, g, h);
    double[] a = reduced(g, p, n);
    double[][] rhs = new double[outputs][n];
    for (int j = 0; j < outputs; j++) {
      for (int c = 0; c < n; c++) {
        rhs[j][c] = h[j][c] - h[j][last];
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

  /**
   * Adds {@code k·m·mᵀ} to {@code g} (upper triangle, p × p) and {@code k·m·y} to {@code h} over
   * the coalitions, for the participating columns {@code cols} (p of them, the last one p − 1).
   */
  private static void accumulate(
      CoalitionSet set, int[] cols, double[][] y, double[] delta, double[] g, double[][] h) {
    int rows = set.size();
    int p = cols.length;
    int last = p - 1;
    int outputs = delta.length;
    int[] ones = new int[p];
    for (int r = 0; r < rows; r++) {
      double k = set.weight(r);
      int cnt = 0;
      for (int c = 0; c < p; c++) {
        ones[cnt] = c; // branch-free: mask bits are random, a branch mispredicts half the time
        cnt += set.get(r, cols[c]);
      }
      boolean lastOn = cnt > 0 && ones[cnt - 1] == last;
      for (int a = 0; a < cnt; a++) {
        int row = ones[a] * p;
        for (int b = a; b < cnt; b++) {
          g[row + ones[b]] += k;
        }
      }
      for (int j = 0; j < outputs; j++) {
        double ky = k * (lastOn ? y[j][r] - delta[j] : y[j][r]);
        double[] hj = h[j];
        for (int a = 0; a < cnt; a++) {
          hj[ones[a]] += ky;
        }
      }
    }
  }

  /** Returns XᵀKX (n × n, symmetric) from G over X = m_c − m_last, the last column n. */
  private static double[] reduced(double[] g, int p, int n) {
    int last = n;
    double[] a = new double[n * n];
    double gll = g[last * p + last];
    for (int c = 0; c < n; c++) {
      double gcl = g[c * p + last];
      for (int d = c; d < n; d++) {
        double v = g[c * p + d] - gcl - g[d * p + last] + gll;
        a[c * n + d] = v;
        a[d * n + c] = v;
      }
    }
    return a;
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
