package dev.fairness.result;

import java.util.List;

/**
 * Model performance over the whole dataset (spec §5.4), for the reports.
 *
 * @param metrics named values in smclarify's order (Accuracy, …, F1 Score)
 * @param binaryConfusionMatrix {@code [TP, FP, FN, TN] / n}
 * @param classLabels sorted label values (rendered) of the multi-class confusion matrix, or empty
 *     when the label is continuous
 * @param classCounts counts, rows = true label, columns = predicted label
 */
public record ModelPerformance(
    List<NamedValue> metrics,
    double[] binaryConfusionMatrix,
    List<String> classLabels,
    double[][] classCounts) {

  /** A named number. */
  public record NamedValue(String name, double value) {}
}
