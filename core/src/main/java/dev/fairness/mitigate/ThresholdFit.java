package dev.fairness.mitigate;

import java.util.List;

/**
 * The fitted per-group rules of one constraint and objective, with the trade-off curves they were
 * chosen from (what Fairlearn's {@code plot_threshold_optimizer} draws).
 *
 * @param constraint the constraint
 * @param objective the objective that was maximized
 * @param gridSize the number of grid intervals
 * @param groupNames the group keys, index order
 * @param rules one rule per group, index order
 * @param grid the grid of x values (the constraint's rate; the false positive rate for EO)
 * @param curves one trade-off curve per group, index order
 * @param objectiveCurve the objective at each grid point: the row-weighted mean of the groups'
 *     curves (simple constraints) or the objective of the overlap of the ROC curves, rounded to 15
 *     decimals (equalized odds)
 * @param overlap the lowest true positive rate over groups at each grid point (equalized odds), or
 *     null
 * @param best the chosen grid index (the first maximum of {@code objectiveCurve})
 */
public record ThresholdFit(
    Constraint constraint,
    Rate objective,
    int gridSize,
    List<String> groupNames,
    List<GroupRule> rules,
    double[] grid,
    List<TradeoffCurve> curves,
    double[] objectiveCurve,
    double[] overlap,
    int best) {

  /** Returns the rule of the group named {@code name}, or null. */
  public GroupRule rule(String name) {
    int i = groupNames.indexOf(name);
    return i < 0 ? null : rules.get(i);
  }
}
