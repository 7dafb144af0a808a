package dev.fairness.result;

/**
 * Descriptive statistics of one facet group for the reports (spec §5.4); not in analysis.json.
 *
 * @param n rows in the table
 * @param nD rows in the sensitive group d
 * @param nA rows in the rest a
 * @param proportion {@code n_d / n}
 * @param labelPositiveRateD observed positive-label rate of d ({@code divide(n_d(1), n_d)})
 * @param labelPositiveRateA observed positive-label rate of a
 * @param predictedPositiveRateD predicted positive rate of d, or NaN before training
 * @param predictedPositiveRateA predicted positive rate of a, or NaN before training
 * @param confusionMatrixD fractions {@code [TP, FP, FN, TN] / n_d}, or null before training
 * @param confusionMatrixA fractions {@code [TP, FP, FN, TN] / n_a}, or null before training
 */
public record GroupStats(
    long n,
    long nD,
    long nA,
    double proportion,
    double labelPositiveRateD,
    double labelPositiveRateA,
    double predictedPositiveRateD,
    double predictedPositiveRateA,
    double[] confusionMatrixD,
    double[] confusionMatrixA) {}
