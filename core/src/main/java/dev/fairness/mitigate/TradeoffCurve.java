package dev.fairness.mitigate;

/**
 * One group's trade-off curve over the grid: the upper convex hull of the points (x rate, y rate)
 * of its threshold rules, interpolated at each grid value of x (Fairlearn's {@code _tradeoff_curve}
 * and {@code _interpolate_curve}). At grid point k the group mixes the rule {@code threshold0[k]}
 * with probability {@code p0[k]} and {@code threshold1[k]} with probability {@code p1[k]}.
 *
 * @param y the y rate at each grid point
 * @param p0 probability of the first rule
 * @param threshold0 threshold of the first rule
 * @param p1 probability of the second rule
 * @param threshold1 threshold of the second rule
 */
public record TradeoffCurve(
    double[] y, double[] p0, double[] threshold0, double[] p1, double[] threshold1) {

  /** Returns the curve of one group's steps for the rates {@code xRate}, {@code yRate}. */
  public static TradeoffCurve of(ScoreSteps steps, Rate xRate, Rate yRate, double[] grid) {
    int m = steps.size();
    double[] x = new double[m];
    double[] y = new double[m];
    for (int k = 0; k < m; k++) {
      double fp = steps.negatives()[k];
      double tp = steps.positives()[k];
      double tn = steps.totalNegatives() - steps.negatives()[k];
      double fn = steps.totalPositives() - steps.positives()[k];
      x[k] = xRate.of(tp, fp, tn, fn);
      y[k] = yRate.of(tp, fp, tn, fn);
    }
    int[] hull = hull(PointOrder.sorted(x, y), x, y);
    return interpolate(hull, x, y, steps.threshold(), grid);
  }

  /** Andrew's monotone chain, upper hull, with Fairlearn's exact drop test. */
  private static int[] hull(int[] order, double[] x, double[] y) {
    int[] sel = new int[order.length];
    int s = 0;
    for (int r2 : order) {
      while (s >= 2) {
        int r1 = sel[s - 1];
        int r0 = sel[s - 2];
        if ((y[r1] - y[r0]) * (x[r2] - x[r0]) <= (y[r2] - y[r0]) * (x[r1] - x[r0])) {
          s--;
        } else {
          break;
        }
      }
      sel[s++] = r2;
    }
    return java.util.Arrays.copyOf(sel, s);
  }

  private static TradeoffCurve interpolate(
      int[] hull, double[] x, double[] y, double[] thr, double[] grid) {
    int n = grid.length;
    double[] cy = new double[n];
    double[] p0 = new double[n];
    double[] t0 = new double[n];
    double[] p1 = new double[n];
    double[] t1 = new double[n];
    int i = 0;
    double x0 = x[hull[0]];
    while (x[hull[i + 1]] == x0) {
      i++;
    }
    for (int k = 0; k < n; k++) {
      double g = grid[k];
      while (g > x[hull[i + 1]]) {
        i++;
      }
      int a = hull[i];
      int b = hull[i + 1];
      double q0 = (x[b] - g) / (x[b] - x[a]);
      double q1 = 1 - q0;
      cy[k] = q0 * y[a] + q1 * y[b];
      p0[k] = q0;
      t0[k] = thr[a];
      p1[k] = q1;
      t1[k] = thr[b];
    }
    return new TradeoffCurve(cy, p0, t0, p1, t1);
  }
}
