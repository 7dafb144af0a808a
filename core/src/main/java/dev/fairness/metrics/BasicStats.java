package dev.fairness.metrics;

import dev.fairness.result.GroupStats;
import dev.fairness.result.ModelPerformance;
import dev.fairness.result.ModelPerformance.NamedValue;
import dev.fairness.stats.FacetCounts;
import dev.fairness.stats.GroupCounts;
import dev.fairness.stats.Ratios;
import java.util.List;

/** The descriptive statistics of spec §5.4 (reports only), computed from counts. */
public final class BasicStats {

  private BasicStats() {}

  /**
   * Returns the statistics of one facet group; the prediction fields are NaN/null when {@code
   * withPredictions} is false (pre-training, or predicted labels unusable).
   */
  public static GroupStats groupStats(FacetCounts c, boolean withPredictions) {
    GroupCounts d = c.facet();
    GroupCounts a = c.rest();
    long n = d.n() + a.n();
    return new GroupStats(
        n,
        d.n(),
        a.n(),
        Ratios.divide(d.n(), n),
        d.labelPositiveRate(),
        a.labelPositiveRate(),
        withPredictions ? d.predictedPositiveRate() : Double.NaN,
        withPredictions ? a.predictedPositiveRate() : Double.NaN,
        withPredictions ? d.confusionFractions() : null,
        withPredictions ? a.confusionFractions() : null);
  }

  /**
   * Returns the model performance over all rows (smclarify {@code report.py} names and order), with
   * the multi-class confusion matrix given by the caller (empty for a continuous label).
   */
  public static ModelPerformance performance(
      GroupCounts all, List<String> classLabels, double[][] classCounts) {
    long tp = all.tp();
    long fp = all.fp();
    long fn = all.fn();
    long tn = all.tn();
    List<NamedValue> m =
        List.of(
            new NamedValue("Accuracy", Ratios.divide(tn + tp, tn + fp + fn + tp)),
            new NamedValue(
                "Proportion of Positive Predictions in Labels",
                Ratios.divide(tp + fp, tn + fp + fn + tp)),
            new NamedValue(
                "Proportion of Negative Predictions in Labels",
                Ratios.divide(tn + fn, tn + fp + fn + tp)),
            new NamedValue("True Positive Rate / Recall", all.recall()),
            new NamedValue("True Negative Rate / Specificity", all.specificity()),
            new NamedValue("Acceptance Rate / Precision", all.precision()),
            new NamedValue("Rejection Rate", all.rejectionRate()),
            new NamedValue("Conditional Acceptance", Ratios.divide(tp + fn, tp + fp)),
            new NamedValue("Conditional Rejection", Ratios.divide(tn + fp, tn + fn)),
            new NamedValue("F1 Score", all.f1()));
    return new ModelPerformance(m, all.confusionFractions(), classLabels, classCounts);
  }
}
