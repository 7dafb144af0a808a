package dev.fairness.mitigate;

import java.util.ArrayList;
import java.util.List;

/**
 * Expected per-group confusion matrices, computed exactly rather than by sampling: a rule's
 * positive probability depends only on where a score lies relative to its two thresholds, so the
 * rows of each group are counted per region and label and each count is weighted once by the
 * region's probability.
 */
public final class ExpectedOutcomes {

  private ExpectedOutcomes() {}

  /** Returns each group's expected confusion matrix under its rule of {@code fit}. */
  public static List<GroupOutcome> after(GroupedScores data, ThresholdFit fit) {
    return of(data, fit.rules());
  }

  /** Returns each group's confusion matrix of the plain rule score > {@code threshold}. */
  public static List<GroupOutcome> before(GroupedScores data, double threshold) {
    List<GroupRule> rules = new ArrayList<>();
    for (int g = 0; g < data.groupCount(); g++) {
      rules.add(new GroupRule(1.0, threshold, 0.0, threshold, null, null));
    }
    return of(data, rules);
  }

  /** Returns each group's expected confusion matrix under {@code rules} (group index order). */
  public static List<GroupOutcome> of(GroupedScores data, List<GroupRule> rules) {
    int k = data.groupCount();
    long[][] counts = new long[k][8];
    double[] s = data.score();
    for (int i = 0; i < s.length; i++) {
      int g = data.group()[i];
      GroupRule r = rules.get(g);
      int region = (s[i] > r.threshold0() ? 1 : 0) + (s[i] > r.threshold1() ? 2 : 0);
      counts[g][region * 2 + (data.label()[i] ? 1 : 0)]++;
    }
    List<GroupOutcome> out = new ArrayList<>();
    for (int g = 0; g < k; g++) {
      GroupRule r = rules.get(g);
      double tp = 0;
      double fp = 0;
      double tn = 0;
      double fn = 0;
      for (int region = 0; region < 4; region++) {
        double score0 = (region & 1) != 0 ? 1 : 0;
        double score1 = (region & 2) != 0 ? 1 : 0;
        double p = probability(r, score0, score1);
        long neg = counts[g][region * 2];
        long pos = counts[g][region * 2 + 1];
        tp += pos * p;
        fn += pos * (1 - p);
        fp += neg * p;
        tn += neg * (1 - p);
      }
      out.add(new GroupOutcome(tp, fp, tn, fn));
    }
    return out;
  }

  /** Returns the positive probability when the two rules say {@code b0}, {@code b1} (0 or 1). */
  private static double probability(GroupRule r, double b0, double b1) {
    double v = r.p0() * b0 + r.p1() * b1;
    if (r.pIgnore() != null) {
      double q = r.pIgnore();
      v = q * r.predictionConstant() + (1 - q) * v;
    }
    return v;
  }

  /**
   * Returns the largest difference between groups of the rate {@code r}, or, with {@code r} null,
   * equalized odds' disparity: the larger of the true and false positive rate differences.
   */
  public static double disparity(List<GroupOutcome> groups, Rate r) {
    if (r == null) {
      return Math.max(
          disparity(groups, Rate.TRUE_POSITIVE_RATE), disparity(groups, Rate.FALSE_POSITIVE_RATE));
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (GroupOutcome g : groups) {
      double v = g.rate(r);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return hi - lo;
  }

  /** Returns the sum of the groups' matrices. */
  public static GroupOutcome total(List<GroupOutcome> groups) {
    GroupOutcome t = new GroupOutcome(0, 0, 0, 0);
    for (GroupOutcome g : groups) {
      t = t.plus(g);
    }
    return t;
  }
}
