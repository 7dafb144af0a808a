package dev.fairness.mitigate;

/**
 * The threshold rules one group can choose from, before any constraint: the rule {@code score >
 * threshold} for threshold +∞, then for each distinct score from the highest down the midpoint to
 * the next lower score (−∞ after the lowest), with the cumulative counts of negative and positive
 * rows it selects (Fairlearn's {@code _calculate_tradeoff_points} before the rates).
 *
 * @param threshold the thresholds, +∞ first
 * @param negatives selected negative rows per threshold
 * @param positives selected positive rows per threshold
 * @param totalNegatives negative rows of the group
 * @param totalPositives positive rows of the group
 * @param scores the distinct scores, highest first ({@code scores[k - 1]} is the lowest score that
 *     threshold k selects)
 */
public record ScoreSteps(
    double[] threshold,
    int[] negatives,
    int[] positives,
    int totalNegatives,
    int totalPositives,
    double[] scores) {

  /** Returns the number of candidate thresholds (distinct scores + 1). */
  public int size() {
    return threshold.length;
  }

  /**
   * Returns the step whose selected rows are exactly those with score {@code > t}: the number of
   * distinct scores above {@code t}.
   */
  public int stepAbove(double t) {
    int lo = 0;
    int hi = scores.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (scores[mid] > t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the rows of the group. */
  public int rows() {
    return totalNegatives + totalPositives;
  }

  /**
   * Returns the steps of every group of {@code data}, index order.
   *
   * @throws IllegalArgumentException when a score is NaN or infinite
   */
  public static ScoreSteps[] of(GroupedScores data) {
    int k = data.groupCount();
    double[] s = data.score();
    ScoreTally tally = new ScoreTally();
    for (int i = 0; i < s.length; i++) {
      if (!Double.isFinite(s[i])) {
        throw new IllegalArgumentException("score of row " + (i + 1) + " is not finite: " + s[i]);
      }
      tally.add(s[i], data.group()[i], data.label()[i]);
    }
    double[][] distinct = tally.distinctScores(k);
    ScoreSteps[] out = new ScoreSteps[k];
    for (int g = 0; g < k; g++) {
      out[g] = steps(distinct[g], tally, g);
    }
    return out;
  }

  /** Walks one group's distinct scores from the highest down, one step per score. */
  private static ScoreSteps steps(double[] v, ScoreTally tally, int g) {
    int d = v.length;
    double[] thr = new double[d + 1];
    int[] c0 = new int[d + 1];
    int[] c1 = new int[d + 1];
    thr[0] = Double.POSITIVE_INFINITY;
    for (int j = d - 1, step = 1; j >= 0; j--, step++) {
      double next = j > 0 ? v[j - 1] : Double.NEGATIVE_INFINITY;
      thr[step] = (v[j] + next) / 2;
      c0[step] = c0[step - 1] + tally.negatives(v[j], g);
      c1[step] = c1[step - 1] + tally.positives(v[j], g);
    }
    double[] desc = new double[d];
    for (int j = 0; j < d; j++) {
      desc[j] = v[d - 1 - j];
    }
    return new ScoreSteps(thr, c0, c1, c0[d], c1[d], desc);
  }
}
