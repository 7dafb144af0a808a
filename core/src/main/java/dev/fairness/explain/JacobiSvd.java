package dev.fairness.explain;

/**
 * Singular value decomposition of a tall matrix by one-sided Jacobi rotations (Hestenes), used for
 * minimum-norm least squares when the Kernel SHAP normal equations are singular.
 */
final class JacobiSvd {

  private static final int MAX_SWEEPS = 100;

  private final int n;
  private final int rows;
  private final double[][] u; // columns of A·V (= U·Σ), one array per column
  private final double[][] v; // v[c] = column c of V
  private final double[] sigma;

  /**
   * Decomposes the matrix whose columns are {@code columns[c]} (each of length {@code rows}); the
   * arrays are overwritten.
   */
  JacobiSvd(double[][] columns, int rows) {
    this.n = columns.length;
    this.rows = rows;
    this.u = columns;
    this.v = new double[n][n];
    for (int c = 0; c < n; c++) {
      v[c][c] = 1;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      boolean rotated = false;
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          rotated |= rotate(p, q);
        }
      }
      if (!rotated) {
        break;
      }
    }
    sigma = new double[n];
    for (int c = 0; c < n; c++) {
      sigma[c] = Math.sqrt(dot(u[c], u[c]));
    }
  }

  private boolean rotate(int p, int q) {
    double alpha = dot(u[p], u[p]);
    double beta = dot(u[q], u[q]);
    double gamma = dot(u[p], u[q]);
    if (gamma == 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) {
      return false;
    }
    double zeta = (beta - alpha) / (2 * gamma);
    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
    if (zeta == 0) {
      t = 1;
    }
    double c = 1 / Math.sqrt(1 + t * t);
    double s = c * t;
    rotateColumns(u[p], u[q], c, s, rows);
    rotateColumns(v[p], v[q], c, s, n);
    return true;
  }

  private static void rotateColumns(double[] x, double[] y, double c, double s, int len) {
    for (int i = 0; i < len; i++) {
      double xi = x[i];
      double yi = y[i];
      x[i] = c * xi - s * yi;
      y[i] = s * xi + c * yi;
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /**
   * Returns the minimum-norm least-squares solution of {@code A x = b}, treating singular values
   * below {@code relTol · σmax} as zero.
   */
  double[] minimumNormSolution(double[] b, double relTol) {
    double max = 0;
    for (double s : sigma) {
      max = Math.max(max, s);
    }
    double[] x = new double[n];
    for (int c = 0; c < n; c++) {
      if (sigma[c] <= relTol * max || sigma[c] == 0) {
        continue;
      }
      double coef = dot(u[c], b) / (sigma[c] * sigma[c]);
      for (int i = 0; i < n; i++) {
        x[i] += coef * v[c][i];
      }
    }
    return x;
  }
}
