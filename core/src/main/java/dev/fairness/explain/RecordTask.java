package dev.fairness.explain;

import java.util.List;
import java.util.Random;

/**
 * The work for one explained record (spec §6.4 steps 1–10, §6.8): its varying features, masks and
 * synthetic rows, and the solve once their scores are known.
 */
final class RecordTask {

  /** Attributions below this magnitude become 0 (step 9). */
  static final double ZERO = 1e-10;

  final int position;
  final int rowIndex;
  final int nsamples;
  private final Object[] x;
  private final Object[][] background;
  private final boolean ownBackground;
  private final int[] varying;
  private final CoalitionSet masks;
  private int offset;

  private RecordTask(
      int position,
      int rowIndex,
      Object[] x,
      Object[][] background,
      boolean ownBackground,
      int[] varying,
      int nsamples,
      CoalitionSet masks) {
    this.position = position;
    this.rowIndex = rowIndex;
    this.x = x;
    this.background = background;
    this.ownBackground = ownBackground;
    this.varying = varying;
    this.nsamples = nsamples;
    this.masks = masks;
  }

  /**
   * Plans a record: background (with unexplained features held at the record's values when {@code
   * explained} is not null), varying features, sample budget and masks.
   */
  static RecordTask plan(
      int position,
      int rowIndex,
      Object[] x,
      Object[][] baseline,
      boolean[] explained,
      Integer numSamples,
      long seed) {
    Object[][] background = baseline;
    if (explained != null) {
      background = new Object[baseline.length][];
      for (int b = 0; b < baseline.length; b++) {
        Object[] row = baseline[b].clone();
        for (int i = 0; i < row.length; i++) {
          if (!explained[i]) {
            row[i] = x[i];
          }
        }
        background[b] = row;
      }
    }
    int f = x.length;
    int[] tmp = new int[f];
    int m = 0;
    for (int i = 0; i < f; i++) {
      for (Object[] row : background) {
        if (!same(x[i], row[i])) {
          tmp[m++] = i;
          break;
        }
      }
    }
    int[] varying = java.util.Arrays.copyOf(tmp, m);
    int nsamples = 0;
    CoalitionSet masks = null;
    if (m >= 2) {
      nsamples = CoalitionSampler.budget(numSamples, m);
      Random rnd = SeededRandom.forRecord(seed, rowIndex);
      masks = CoalitionSampler.choose(m, nsamples, rnd);
    }
    return new RecordTask(
        position, rowIndex, x, background, explained != null, varying, nsamples, masks);
  }

  /**
   * Returns true when a record value equals a baseline value (step 1): numbers within {@code 1e-8 +
   * 1e-5·|b|}, both missing, or equal stored values.
   */
  static boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    if (a instanceof Number na && b instanceof Number nb) {
      double x = na.doubleValue();
      double y = nb.doubleValue();
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return Double.isNaN(x) && Double.isNaN(y);
      }
      return Math.abs(x - y) <= 1e-8 + 1e-5 * Math.abs(y);
    }
    return a.equals(b);
  }

  /** Returns the number of model rows of this record. */
  int rowCount() {
    int n = background.length;
    return 1 + (ownBackground ? n : 0) + (masks == null ? 0 : masks.size() * n);
  }

  /** Appends the record's model rows (x, own background, then per mask per baseline row). */
  void appendRows(List<Object[]> out, int offset) {
    this.offset = offset;
    out.add(x);
    if (ownBackground) {
      for (Object[] row : background) {
        out.add(row);
      }
    }
    if (masks == null) {
      return;
    }
    int m = varying.length;
    int[] take = new int[m];
    for (int r = 0; r < masks.size(); r++) {
      int cnt = 0;
      for (int c = 0; c < m; c++) {
        take[cnt] = varying[c]; // branch-free gather of the features taken from x
        cnt += masks.get(r, c);
      }
      for (Object[] base : background) {
        Object[] z = base.clone();
        for (int t = 0; t < cnt; t++) {
          z[take[t]] = x[take[t]];
        }
        out.add(z);
      }
    }
  }

  /**
   * Returns {@code phi[j][i]} for every output j and model feature i from the chunk's scores.
   *
   * @param fnull the baseline-averaged scores of the run
   * @param singular set to true when the solver fell back to SVD
   */
  double[][] solve(
      double[][] scores, double[] fnull, ScoreLink link, L1Regularization l1, boolean[] singular) {
    int d = fnull.length;
    int n = background.length;
    double w = 1.0 / n;
    int m = varying.length;
    double[][] phi = new double[d][x.length];
    if (m == 0) {
      return phi;
    }
    double[] fx = scores[offset];
    double[] lnull = new double[d];
    double[] delta = new double[d];
    for (int j = 0; j < d; j++) {
      double fn = fnull[j];
      if (ownBackground) {
        fn = 0;
        for (int b = 0; b < n; b++) {
          fn += w * scores[offset + 1 + b][j];
        }
      }
      lnull[j] = link.apply(fn);
      delta[j] = link.apply(fx[j]) - lnull[j];
    }
    if (m == 1) {
      for (int j = 0; j < d; j++) {
        phi[j][varying[0]] = delta[j];
      }
      return clean(phi);
    }
    double[][] y = coalitionValues(scores, link, lnull);
    if (!l1.active()) {
      int[] cols = new int[m];
      for (int c = 0; c < m; c++) {
        cols[c] = c;
      }
      store(phi, WeightedLeastSquares.solve(masks, cols, y, delta), cols, 0, singular);
    } else {
      for (int j = 0; j < d; j++) {
        int[] cols = LarsSelection.select(masks, y[j], delta[j], l1.numFeatures());
        if (cols.length > 0) {
          WeightedLeastSquares.Solution s =
              WeightedLeastSquares.solve(
                  masks, cols, new double[][] {y[j]}, new double[] {delta[j]});
          store(phi, s, cols, j, singular);
        }
      }
    }
    return clean(phi);
  }

  /**
   * Returns, per output j and coalition r, the linked mean score over the background rows with the
   * coalition's features from the record, minus the linked null score {@code lnull[j]}.
   */
  private double[][] coalitionValues(double[][] scores, ScoreLink link, double[] lnull) {
    int d = lnull.length;
    int n = background.length;
    double w = 1.0 / n;
    int base = offset + 1 + (ownBackground ? n : 0);
    int rows = masks.size();
    double[][] y = new double[d][rows];
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < d; j++) {
        double ey = 0;
        for (int b = 0; b < n; b++) {
          ey += w * scores[base + r * n + b][j];
        }
        y[j][r] = link.apply(ey) - lnull[j];
      }
    }
    return y;
  }

  private void store(
      double[][] phi, WeightedLeastSquares.Solution s, int[] cols, int j0, boolean[] singular) {
    singular[0] |= s.singular();
    for (int j = 0; j < s.phi().length; j++) {
      for (int c = 0; c < cols.length; c++) {
        phi[j0 + j][varying[cols[c]]] = s.phi()[j][c];
      }
    }
  }

  private static double[][] clean(double[][] phi) {
    for (double[] row : phi) {
      for (int i = 0; i < row.length; i++) {
        if (Math.abs(row[i]) < ZERO) {
          row[i] = 0.0;
        }
      }
    }
    return phi;
  }
}
