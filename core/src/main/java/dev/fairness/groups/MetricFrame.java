package dev.fairness.groups;

import dev.fairness.result.GroupMetricsResult;
import dev.fairness.stats.GroupCounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fairlearn 0.10.0's {@code MetricFrame} over counts: the requested metrics per group and overall,
 * {@code difference(method=between_groups|to_overall)}, {@code ratio(method=…)}, and the functions
 * {@code demographic_parity_difference}, {@code demographic_parity_ratio}, {@code
 * equalized_odds_difference}, {@code equalized_odds_ratio} (between groups).
 *
 * <p>Undefined values are null: a ratio between groups whose largest value is 0 (Fairlearn raises
 * {@code ZeroDivisionError}, and so do the two summary ratios built on it), a ratio to overall
 * where every group's ratio is 0/0 (Fairlearn's NaN; NaN entries are skipped by its minimum).
 */
public final class MetricFrame {

  private MetricFrame() {}

  /**
   * Returns the group metrics of one facet.
   *
   * @param groups the group keys, in output order; not empty
   * @param counts each group's confusion counts, parallel to {@code groups}; every group has rows
   * @param overall the confusion counts of all rows (which may include rows in no group)
   * @param metrics the metrics to report, in output order
   */
  public static GroupMetricsResult compute(
      List<String> groups,
      List<GroupCounts> counts,
      GroupCounts overall,
      List<GroupMetric> metrics) {
    Map<String, Map<String, Double>> byGroup = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      Map<String, Double> row = new LinkedHashMap<>();
      for (GroupMetric m : metrics) {
        row.put(m.id(), m.of(counts.get(g)));
      }
      byGroup.put(groups.get(g), row);
    }
    Map<String, Double> all = new LinkedHashMap<>();
    Map<String, Double> diffBetween = new LinkedHashMap<>();
    Map<String, Double> diffOverall = new LinkedHashMap<>();
    Map<String, Double> ratioBetween = new LinkedHashMap<>();
    Map<String, Double> ratioOverall = new LinkedHashMap<>();
    for (GroupMetric m : metrics) {
      double[] v = values(m, counts);
      double o = m.of(overall);
      all.put(m.id(), o);
      diffBetween.put(m.id(), max(v) - min(v));
      diffOverall.put(m.id(), differenceToOverall(v, o));
      ratioBetween.put(m.id(), ratioBetweenGroups(v));
      ratioOverall.put(m.id(), ratioToOverall(v, o));
    }
    return new GroupMetricsResult(
        metrics.stream().map(GroupMetric::id).toList(),
        byGroup,
        all,
        diffBetween,
        diffOverall,
        ratioBetween,
        ratioOverall,
        summary(counts));
  }

  /** Returns the four fairness summaries of Fairlearn's {@code _fairness_metrics}. */
  static Map<String, Double> summary(List<GroupCounts> counts) {
    double[] sr = values(GroupMetric.SELECTION_RATE, counts);
    double[] tpr = values(GroupMetric.TRUE_POSITIVE_RATE, counts);
    double[] fpr = values(GroupMetric.FALSE_POSITIVE_RATE, counts);
    Double tprRatio = ratioBetweenGroups(tpr);
    Double fprRatio = ratioBetweenGroups(fpr);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("demographic_parity_difference", max(sr) - min(sr));
    out.put("demographic_parity_ratio", ratioBetweenGroups(sr));
    out.put("equalized_odds_difference", Math.max(max(tpr) - min(tpr), max(fpr) - min(fpr)));
    // Fairlearn's MetricFrame.ratio raises when either rate's largest value is 0
    out.put(
        "equalized_odds_ratio",
        tprRatio == null || fprRatio == null ? null : Math.min(tprRatio, fprRatio));
    return out;
  }

  private static double[] values(GroupMetric m, List<GroupCounts> counts) {
    double[] v = new double[counts.size()];
    for (int g = 0; g < v.length; g++) {
      v[g] = m.of(counts.get(g));
    }
    return v;
  }

  private static double differenceToOverall(double[] v, double overall) {
    double d = 0;
    for (double x : v) {
      d = Math.max(d, Math.abs(x - overall));
    }
    return d;
  }

  /** Returns min / max, or null when the largest value is 0 (Fairlearn: ZeroDivisionError). */
  private static Double ratioBetweenGroups(double[] v) {
    double hi = max(v);
    return hi == 0 ? null : min(v) / hi;
  }

  /** Returns the least of each group's ratio to overall, turned below one; NaN ratios skipped. */
  private static Double ratioToOverall(double[] v, double overall) {
    double least = Double.NaN;
    for (double x : v) {
      double r = x / overall;
      r = r > 1 ? 1 / r : r;
      if (!Double.isNaN(r) && !(r >= least)) {
        least = r;
      }
    }
    return Double.isNaN(least) ? null : least;
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      m = Math.max(m, x);
    }
    return m;
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : v) {
      m = Math.min(m, x);
    }
    return m;
  }
}
