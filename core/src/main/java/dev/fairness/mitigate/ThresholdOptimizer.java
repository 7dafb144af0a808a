package dev.fairness.mitigate;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits per-group randomized threshold rules exactly as Fairlearn 0.10.0's {@code
 * ThresholdOptimizer(prefit=True, predict_method="predict_proba", flip=False)} does: each group's
 * trade-off curve over a grid of the constrained rate, then the grid point whose objective is
 * highest (row-weighted over groups for simple constraints; on the overlap of the ROC curves for
 * equalized odds). Pure: arrays in, rules out.
 */
public final class ThresholdOptimizer {

  /** Fairlearn's default number of grid intervals. */
  public static final int DEFAULT_GRID_SIZE = 1000;

  private ThresholdOptimizer() {}

  /**
   * Returns the rules for {@code constraint} maximizing {@code objective}.
   *
   * @param data scores, labels and groups
   * @param steps {@link ScoreSteps#of(GroupedScores)} of the same data (shared between fits)
   * @param constraint the constraint
   * @param objective an objective in {@link Constraint#objectives()}
   * @param gridSize grid intervals, at least 1
   * @throws MitigationException when a group has only positive or only negative labels
   * @throws IllegalArgumentException for an objective the constraint does not allow
   */
  public static ThresholdFit fit(
      GroupedScores data, ScoreSteps[] steps, Constraint constraint, Rate objective, int gridSize) {
    if (!constraint.objectives().contains(objective)) {
      throw new IllegalArgumentException(
          objective.id() + " is not allowed with " + constraint.id());
    }
    if (gridSize < 1) {
      throw new IllegalArgumentException("grid size must be at least 1");
    }
    for (int g = 0; g < steps.length; g++) {
      if (steps[g].totalPositives() == 0 || steps[g].totalNegatives() == 0) {
        throw new MitigationException(
            "group "
                + MitigationException.oneLine(data.groupNames().get(g))
                + " has only "
                + (steps[g].totalPositives() == 0 ? "negative" : "positive")
                + " labels, so no rate can be equalized for it; drop its rows or merge it with"
                + " another group");
      }
    }
    double[] grid = grid(gridSize);
    boolean eo = constraint == Constraint.EQUALIZED_ODDS;
    Rate yRate = eo ? Rate.TRUE_POSITIVE_RATE : objective;
    List<TradeoffCurve> curves = new ArrayList<>();
    for (ScoreSteps s : steps) {
      curves.add(TradeoffCurve.of(s, constraint.xRate(), yRate, grid));
    }
    return eo
        ? equalizedOdds(data, curves, objective, gridSize, grid)
        : simple(data, steps, curves, constraint, objective, gridSize, grid);
  }

  /** Returns numpy's {@code linspace(0, 1, gridSize + 1)}. */
  static double[] grid(int gridSize) {
    double[] grid = new double[gridSize + 1];
    double step = 1.0 / gridSize;
    for (int k = 0; k < gridSize; k++) {
      grid[k] = k * step + 0.0;
    }
    grid[gridSize] = 1.0;
    return grid;
  }

  private static ThresholdFit simple(
      GroupedScores data,
      ScoreSteps[] steps,
      List<TradeoffCurve> curves,
      Constraint constraint,
      Rate objective,
      int gridSize,
      double[] grid) {
    int n = data.rows();
    double[] overall = new double[grid.length];
    for (int g = 0; g < curves.size(); g++) {
      double share = (double) steps[g].rows() / n;
      double[] y = curves.get(g).y();
      for (int k = 0; k < grid.length; k++) {
        overall[k] += share * y[k];
      }
    }
    int best = argmax(overall);
    List<GroupRule> rules = new ArrayList<>();
    for (TradeoffCurve c : curves) {
      rules.add(
          new GroupRule(
              c.p0()[best], c.threshold0()[best], c.p1()[best], c.threshold1()[best], null, null));
    }
    return new ThresholdFit(
        constraint,
        objective,
        gridSize,
        data.groupNames(),
        rules,
        grid,
        curves,
        overall,
        null,
        best);
  }

  private static ThresholdFit equalizedOdds(
      GroupedScores data, List<TradeoffCurve> curves, Rate objective, int gridSize, double[] grid) {
    long positives = 0;
    for (boolean b : data.label()) {
      positives += b ? 1 : 0;
    }
    double nPos = positives;
    double nNeg = data.rows() - positives;
    double[] yMin = new double[grid.length];
    double[] values = new double[grid.length];
    for (int k = 0; k < grid.length; k++) {
      double m = Double.POSITIVE_INFINITY;
      for (TradeoffCurve c : curves) {
        m = Math.min(m, c.y()[k]);
      }
      yMin[k] = m;
      double v = objective.of(nPos * m, nNeg * grid[k], nNeg * (1.0 - grid[k]), nPos * (1.0 - m));
      values[k] = Math.rint(v * 1e15) / 1e15;
    }
    int best = argmax(values);
    double xBest = grid[best];
    double yBest = yMin[best];
    List<GroupRule> rules = new ArrayList<>();
    for (TradeoffCurve c : curves) {
      double y = c.y()[best];
      double pIgnore = y == xBest ? 0 : (y - yBest) / (y - xBest);
      rules.add(
          new GroupRule(
              c.p0()[best],
              c.threshold0()[best],
              c.p1()[best],
              c.threshold1()[best],
              pIgnore,
              xBest));
    }
    return new ThresholdFit(
        Constraint.EQUALIZED_ODDS,
        objective,
        gridSize,
        data.groupNames(),
        rules,
        grid,
        curves,
        values,
        yMin,
        best);
  }

  /** Returns the first index of the largest value (pandas' {@code idxmax}; NaN skipped). */
  private static int argmax(double[] v) {
    int best = -1;
    for (int k = 0; k < v.length; k++) {
      if (!Double.isNaN(v[k]) && (best < 0 || v[k] > v[best])) {
        best = k;
      }
    }
    return Math.max(best, 0);
  }
}
