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
  public static List<GroupOutcome> after(ScoreSteps[] steps, ThresholdFit fit) {
    return of(steps, fit.rules());
  }

  /** Returns each group's confusion matrix of the plain rule score > {@code threshold}. */
  public static List<GroupOutcome> before(ScoreSteps[] steps, double threshold) {
    List<GroupRule> rules = new ArrayList<>();
    for (int g = 0; g < steps.length; g++) {
      rules.add(new GroupRule(1.0, threshold, 0.0, threshold, null, null));
    }
    return of(steps, rules);
  }

  /**
   * Returns each group's expected confusion matrix under {@code rules} (group index order), from
   * the groups' score counts ({@link ScoreSteps#of}) rather than from the rows.
   */
  public static List<GroupOutcome> of(ScoreSteps[] steps, List<GroupRule> rules) {
    List<GroupOutcome> out = new ArrayList<>();
    for (int g = 0; g < steps.length; g++) {
      ScoreSteps s = steps[g];
      GroupRule r = rules.get(g);
      int a0 = s.stepAbove(r.threshold0());
      int a1 = s.stepAbove(r.threshold1());
      int hi = Math.min(a0, a1);
      int lo = Math.max(a0, a1);
      // rows above neither threshold, above only the lower one, above both
      long[] pos = {
        s.totalPositives() - s.positives()[lo],
        s.positives()[lo] - s.positives()[hi],
        s.positives()[hi]
      };
      long[] neg = {
        s.totalNegatives() - s.negatives()[lo],
        s.negatives()[lo] - s.negatives()[hi],
        s.negatives()[hi]
      };
      double[] p = {
        probability(r, 0, 0),
        a0 > a1 ? probability(r, 1, 0) : probability(r, 0, 1),
        probability(r, 1, 1)
      };
      double tp = 0;
      double fp = 0;
      double tn = 0;
      double fn = 0;
      for (int k = 0; k < 3; k++) {
        tp += pos[k] * p[k];
        fn += pos[k] * (1 - p[k]);
        fp += neg[k] * p[k];
        tn += neg[k] * (1 - p[k]);
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
