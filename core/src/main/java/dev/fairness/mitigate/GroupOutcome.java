package dev.fairness.mitigate;

/**
 * One group's expected confusion matrix under a decision rule: the sums over its rows of the
 * probability of a positive (or negative) prediction, split by label.
 *
 * @param tp expected true positives
 * @param fp expected false positives
 * @param tn expected true negatives
 * @param fn expected false negatives
 */
public record GroupOutcome(double tp, double fp, double tn, double fn) {

  /** Returns the rows of the group. */
  public double rows() {
    return tp + fp + tn + fn;
  }

  /** Returns the rate {@code r} of this confusion matrix. */
  public double rate(Rate r) {
    return r.of(tp, fp, tn, fn);
  }

  /** Returns the element-wise sum of this and {@code o}. */
  public GroupOutcome plus(GroupOutcome o) {
    return new GroupOutcome(tp + o.tp, fp + o.fp, tn + o.tn, fn + o.fn);
  }
}
