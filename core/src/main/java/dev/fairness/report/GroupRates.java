package dev.fairness.report;

import dev.fairness.result.GroupStats;

/**
 * The rates of one side of a facet split (<i>d</i> or <i>a</i>) that the metric readings quote,
 * derived from the report statistics of spec §5.4. A rate that the statistics cannot give (no
 * statistics, or no confusion matrix before training) is NaN and is then left out of the reading.
 *
 * @param size rows on this side, or -1 when unknown
 * @param labelPositive observed positive-label rate
 * @param predictedPositive predicted positive rate
 * @param tp true-positive fraction of this side's rows
 * @param fp false-positive fraction
 * @param fn false-negative fraction
 * @param tn true-negative fraction
 */
record GroupRates(
    long size,
    double labelPositive,
    double predictedPositive,
    double tp,
    double fp,
    double fn,
    double tn) {

  private static final GroupRates UNKNOWN =
      new GroupRates(-1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /** Returns the rates of group d from {@code stats}, which may be null. */
  static GroupRates ofGroup(GroupStats stats) {
    if (stats == null) {
      return UNKNOWN;
    }
    return of(
        stats.nD(),
        stats.labelPositiveRateD(),
        stats.predictedPositiveRateD(),
        stats.confusionMatrixD());
  }

  /** Returns the rates of the rest a from {@code stats}, which may be null. */
  static GroupRates ofRest(GroupStats stats) {
    if (stats == null) {
      return UNKNOWN;
    }
    return of(
        stats.nA(),
        stats.labelPositiveRateA(),
        stats.predictedPositiveRateA(),
        stats.confusionMatrixA());
  }

  private static GroupRates of(long n, double label, double predicted, double[] cm) {
    if (cm == null || cm.length != 4) {
      return new GroupRates(n, label, predicted, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    return new GroupRates(n, label, predicted, cm[0], cm[1], cm[2], cm[3]);
  }

  /** Returns recall, {@code TP / (TP + FN)}. */
  double recall() {
    return divide(tp, tp + fn);
  }

  /** Returns specificity, {@code TN / (TN + FP)}. */
  double specificity() {
    return divide(tn, tn + fp);
  }

  /** Returns precision (acceptance rate), {@code TP / (TP + FP)}. */
  double precision() {
    return divide(tp, tp + fp);
  }

  /** Returns the rejection rate, {@code TN / (TN + FN)}. */
  double rejectionPrecision() {
    return divide(tn, tn + fn);
  }

  /** Returns accuracy, {@code TP + TN} (the fractions already divide by the side's size). */
  double accuracy() {
    return tp + tn;
  }

  /** Returns observed positives per predicted positive, {@code (TP + FN) / (TP + FP)}. */
  double conditionalAcceptance() {
    return divide(tp + fn, tp + fp);
  }

  /** Returns observed negatives per predicted negative, {@code (TN + FP) / (TN + FN)}. */
  double conditionalRejection() {
    return divide(tn + fp, tn + fn);
  }

  /** Returns false negatives per false positive, {@code FN / FP}. */
  double falseNegativesPerFalsePositive() {
    return divide(fn, fp);
  }

  /** The divide convention of spec §5.1: 0/0 = 0, x/0 = ±∞; NaN stays NaN. */
  private static double divide(double p, double q) {
    if (Double.isNaN(p) || Double.isNaN(q)) {
      return Double.NaN;
    }
    if (q != 0) {
      return p / q;
    }
    if (p == 0) {
      return 0.0;
    }
    return p > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
  }
}
