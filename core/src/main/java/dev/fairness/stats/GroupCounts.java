package dev.fairness.stats;

/**
 * Counts of one group of rows (the sensitive group d, the rest a, a stratum, or all rows) and the
 * only definitions of rates over them (spec §5.1). Every rate uses {@link Ratios#divide}, so a zero
 * denominator gives {@code 0.0} or an infinity, never NaN.
 *
 * @param n rows in the group
 * @param labelPositives rows with a positive label ({@code n(1)})
 * @param predictedPositives rows with a positive predicted label ({@code n'(1)}; 0 before training)
 * @param tp rows with positive label and positive prediction
 * @param fp rows with negative label and positive prediction
 * @param fn rows with positive label and negative prediction
 * @param tn rows with negative label and negative prediction
 */
public record GroupCounts(
    long n, long labelPositives, long predictedPositives, long tp, long fp, long fn, long tn) {

  /** The counts of an empty group. */
  public static final GroupCounts EMPTY = new GroupCounts(0, 0, 0, 0, 0, 0, 0);

  /**
   * Returns the counts from a confusion table; {@code n}, {@code labelPositives} and {@code
   * predictedPositives} follow from it.
   */
  public static GroupCounts ofConfusion(long tp, long fp, long fn, long tn) {
    return new GroupCounts(tp + fp + fn + tn, tp + fn, tp + fp, tp, fp, fn, tn);
  }

  /** Returns the element-wise sum of two groups' counts. */
  public GroupCounts plus(GroupCounts o) {
    return ofConfusion(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
  }

  /** Returns the rows with a negative label ({@code n(0)}). */
  public long labelNegatives() {
    return n - labelPositives;
  }

  /** Returns the rows with a negative predicted label ({@code n'(0)}). */
  public long predictedNegatives() {
    return n - predictedPositives;
  }

  /** Returns {@code divide(n(1), n)}: the observed positive-label rate. */
  public double labelPositiveRate() {
    return Ratios.divide(labelPositives, n);
  }

  /** Returns {@code divide(n(0), n)}: the observed negative-label rate. */
  public double labelNegativeRate() {
    return Ratios.divide(labelNegatives(), n);
  }

  /** Returns {@code divide(n'(1), n)}: the predicted positive rate. */
  public double predictedPositiveRate() {
    return Ratios.divide(predictedPositives, n);
  }

  /** Returns {@code divide(n(1), n'(1))}: observed over predicted acceptances (DCA). */
  public double conditionalAcceptance() {
    return Ratios.divide(labelPositives, predictedPositives);
  }

  /** Returns {@code divide(n(0), n'(0))}: observed over predicted rejections (DCR). */
  public double conditionalRejection() {
    return Ratios.divide(labelNegatives(), predictedNegatives());
  }

  /** Returns {@code divide(TP, TP + FN)}: recall, the true positive rate. */
  public double recall() {
    return Ratios.divide(tp, tp + fn);
  }

  /** Returns {@code divide(TN, TN + FP)}: specificity, the true negative rate. */
  public double specificity() {
    return Ratios.divide(tn, tn + fp);
  }

  /** Returns {@code divide(TP, TP + FP)}: precision, the acceptance rate. */
  public double precision() {
    return Ratios.divide(tp, tp + fp);
  }

  /** Returns {@code divide(TN, TN + FN)}: the rejection rate (negative predictive value). */
  public double rejectionRate() {
    return Ratios.divide(tn, tn + fn);
  }

  /** Returns {@code divide(TP + TN, TP + TN + FP + FN)}: accuracy. */
  public double accuracy() {
    return Ratios.divide(tp + tn, tp + tn + fp + fn);
  }

  /** Returns {@code divide(FN, FP)}: false negatives per false positive (TE). */
  public double falseNegativeToPositiveRatio() {
    return Ratios.divide(fn, fp);
  }

  /** Returns {@code 2 * divide(precision * recall, precision + recall)}: the F1 score. */
  public double f1() {
    double p = precision();
    double r = recall();
    return 2 * Ratios.divide(p * r, p + r);
  }

  /** Returns the fractions {@code [TP, FP, FN, TN] / n}, each via {@link Ratios#divide}. */
  public double[] confusionFractions() {
    return new double[] {
      Ratios.divide(tp, n), Ratios.divide(fp, n), Ratios.divide(fn, n), Ratios.divide(tn, n)
    };
  }
}
