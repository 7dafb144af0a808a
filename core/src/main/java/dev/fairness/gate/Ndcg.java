package dev.fairness.gate;

import java.util.Arrays;

/**
 * Normalised discounted cumulative gain of one ranking, computed as scikit-learn's {@code
 * ndcg_score(y_true=[gains], y_score=[scores])} with its defaults ({@code k=None}, {@code
 * ignore_ties=False}); Model Monitor's feature-attribution drift score.
 *
 * <p>Items are ranked by descending {@code score}; position {@code i} (0-based) is discounted by
 * {@code 1 / log2(i + 2)}. Items with tied scores share the mean of their gains over the sum of
 * their positions' discounts (scikit-learn's {@code _tie_averaged_dcg}), so the order of tied items
 * never matters. The DCG is divided by the ideal DCG (gains sorted descending); when the ideal DCG
 * is 0 (every gain 0) the score is 0, as scikit-learn defines it. One item gives 1 (or 0 when its
 * gain is 0), where scikit-learn refuses the input. Negative gains are used as given, as
 * scikit-learn 1.2 does with a warning.
 */
public final class Ndcg {

  private Ndcg() {}

  /**
   * Returns the nDCG of ranking the items by {@code scores}, judged by {@code gains}. Throws
   * IllegalArgumentException when the arrays differ in length, are empty, or hold a NaN or an
   * infinity.
   */
  public static double score(double[] gains, double[] scores) {
    int n = gains.length;
    if (n != scores.length || n == 0) {
      throw new IllegalArgumentException("nDCG needs two non-empty arrays of the same length");
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(gains[i]) || !Double.isFinite(scores[i])) {
        throw new IllegalArgumentException("nDCG needs finite values");
      }
    }
    double[] discount = new double[n];
    double[] cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      discount[i] = 1.0 / (Math.log(i + 2.0) / Math.log(2.0));
      sum += discount[i];
      cumulative[i] = sum;
    }
    double ideal = idealDcg(gains, discount);
    if (ideal == 0) {
      return 0.0;
    }
    return tieAveragedDcg(gains, scores, cumulative) / ideal;
  }

  /** The DCG of the gains in descending order (ties need no averaging: equal gains). */
  private static double idealDcg(double[] gains, double[] discount) {
    double[] sorted = gains.clone();
    Arrays.sort(sorted);
    double dcg = 0;
    for (int i = 0; i < sorted.length; i++) {
      dcg += discount[i] * sorted[sorted.length - 1 - i];
    }
    return dcg;
  }

  /** scikit-learn's {@code _tie_averaged_dcg}: tied scores share their mean gain. */
  private static double tieAveragedDcg(double[] gains, double[] scores, double[] cumulative) {
    int n = gains.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Descending score; -0.0 and 0.0 tie, as numpy.unique sees them.
    Arrays.sort(order, (a, b) -> Double.compare(scores[b] + 0.0, scores[a] + 0.0));
    double dcg = 0;
    double previousCumulative = 0;
    int start = 0;
    while (start < n) {
      int end = start;
      double groupGain = 0;
      while (end < n && scores[order[end]] + 0.0 == scores[order[start]] + 0.0) {
        groupGain += gains[order[end]];
        end++;
      }
      double mean = groupGain / (end - start);
      double discountSum = cumulative[end - 1] - previousCumulative;
      if (start == 0) {
        discountSum = cumulative[end - 1];
      }
      dcg += mean * discountSum;
      previousCumulative = cumulative[end - 1];
      start = end;
    }
    return dcg;
  }
}
