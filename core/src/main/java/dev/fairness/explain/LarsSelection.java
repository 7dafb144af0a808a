package dev.fairness.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * Feature selection for {@code num_features(K)} (spec §6.7): the first K variables to enter a
 * least-angle regression path (no intercept, no normalisation, like scikit-learn's {@code
 * lars_path}) on shap's augmented, weighted problem.
 */
final class LarsSelection {

  private static final double EPS = Math.ulp(1.0);

  private LarsSelection() {}

  /**
   * Returns the selected mask columns in order of entry (at most {@code k}).
   *
   * @param set masks and kernel weights of the record
   * @param y {@code y[r] = ℓ(ey(m_r)) - ℓ(fnull)} for one output
   * @param delta {@code ℓ(fx) - ℓ(fnull)} for that output
   */
  static int[] select(CoalitionSet set, double[] y, double delta, int k) {
    int m = set.width();
    int rows = set.size();
    double[][] gram = new double[m][m];
    double[] xty = new double[m];
    normalEquations(set, y, delta, gram, xty);
    double[] corr = xty.clone();
    boolean[] active = new boolean[m];
    List<Integer> order = new ArrayList<>();
    double[] sign = new double[m];
    int limit = Math.min(k, m);
    while (order.size() < limit) {
      int best = -1;
      double c = 0;
      for (int j = 0; j < m; j++) {
        if (!active[j] && (best < 0 || Math.abs(corr[j]) > c)) {
          best = j;
          c = Math.abs(corr[j]);
        }
      }
      if (c / (2.0 * rows) <= EPS) {
        break;
      }
      active[best] = true;
      order.add(best);
      sign[best] = Math.signum(corr[best]);
      if (order.size() == limit) {
        break;
      }
      int na = order.size();
      double[] g = new double[na * na];
      for (int i = 0; i < na; i++) {
        for (int l = 0; l < na; l++) {
          int a = order.get(i);
          int b = order.get(l);
          g[i * na + l] = sign[a] * sign[b] * gram[a][b];
        }
      }
      double[] lf = Cholesky.factor(g, na);
      if (lf == null) {
        break;
      }
      double[] ones = new double[na];
      java.util.Arrays.fill(ones, 1.0);
      double[] w = Cholesky.solve(lf, na, ones);
      double sum = 0;
      for (double v : w) {
        sum += v;
      }
      double aa = 1 / Math.sqrt(sum);
      double[] dir = new double[m]; // signed coefficients of the equiangular direction
      for (int i = 0; i < na; i++) {
        int a = order.get(i);
        dir[a] = sign[a] * aa * w[i];
      }
      advance(gram, order, active, dir, aa, c, corr);
    }
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Fills {@code gram} (XᵀWX) and {@code xty} (XᵀWy) of the augmented design: each coalition once
   * as its mask with target y and once as mask − 1 with target y − delta, weighted by the sizes.
   */
  private static void normalEquations(
      CoalitionSet set, double[] y, double delta, double[][] gram, double[] xty) {
    int m = set.width();
    int rows = set.size();
    double[] row = new double[m];
    for (int r = 0; r < rows; r++) {
      int ones = set.ones(r);
      double w1 = set.weight(r) * (m - ones);
      double w2 = set.weight(r) * ones;
      for (int c = 0; c < m; c++) {
        row[c] = set.get(r, c);
      }
      accumulate(gram, xty, row, w1, y[r]);
      for (int c = 0; c < m; c++) {
        row[c] -= 1;
      }
      accumulate(gram, xty, row, w2, y[r] - delta);
    }
  }

  /**
   * Moves along the equiangular direction {@code dir} (norm factor {@code aa}) until an inactive
   * column's correlation ties the active ones' {@code c}, or to the end; updates {@code corr}.
   */
  private static void advance(
      double[][] gram,
      List<Integer> order,
      boolean[] active,
      double[] dir,
      double aa,
      double c,
      double[] corr) {
    int m = corr.length;
    double[] av = new double[m];
    for (int j = 0; j < m; j++) {
      double s = 0;
      for (int a : order) {
        s += gram[j][a] * dir[a];
      }
      av[j] = s;
    }
    double gamma = c / aa;
    for (int j = 0; j < m; j++) {
      if (active[j]) {
        continue;
      }
      double g1 = (c - corr[j]) / (aa - av[j]);
      double g2 = (c + corr[j]) / (aa + av[j]);
      if (g1 > EPS && g1 < gamma) {
        gamma = g1;
      }
      if (g2 > EPS && g2 < gamma) {
        gamma = g2;
      }
    }
    for (int j = 0; j < m; j++) {
      corr[j] -= gamma * av[j];
    }
  }

  private static void accumulate(double[][] gram, double[] xty, double[] row, double w, double t) {
    if (w == 0) {
      return;
    }
    int m = row.length;
    for (int a = 0; a < m; a++) {
      if (row[a] == 0) {
        continue;
      }
      xty[a] += w * row[a] * t;
      for (int b = 0; b < m; b++) {
        gram[a][b] += w * row[a] * row[b];
      }
    }
  }
}
