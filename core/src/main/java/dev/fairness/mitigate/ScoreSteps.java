package dev.fairness.mitigate;

import java.util.Arrays;

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
 */
public record ScoreSteps(
    double[] threshold, int[] negatives, int[] positives, int totalNegatives, int totalPositives) {

  /** Returns the number of candidate thresholds (distinct scores + 1). */
  public int size() {
    return threshold.length;
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
    int[] pos = new int[k];
    int[] neg = new int[k];
    double[] s = data.score();
    for (int i = 0; i < s.length; i++) {
      if (!Double.isFinite(s[i])) {
        throw new IllegalArgumentException("score of row " + (i + 1) + " is not finite: " + s[i]);
      }
      if (data.label()[i]) {
        pos[data.group()[i]]++;
      } else {
        neg[data.group()[i]]++;
      }
    }
    double[][] p = new double[k][];
    double[][] q = new double[k][];
    for (int g = 0; g < k; g++) {
      p[g] = new double[pos[g]];
      q[g] = new double[neg[g]];
    }
    int[] fp = new int[k];
    int[] fq = new int[k];
    for (int i = 0; i < s.length; i++) {
      int g = data.group()[i];
      if (data.label()[i]) {
        p[g][fp[g]++] = s[i];
      } else {
        q[g][fq[g]++] = s[i];
      }
    }
    ScoreSteps[] out = new ScoreSteps[k];
    for (int g = 0; g < k; g++) {
      Arrays.sort(p[g]);
      Arrays.sort(q[g]);
      out[g] = merge(p[g], q[g]);
    }
    return out;
  }

  /** Walks the two ascending arrays from the top, one step per distinct score. */
  private static ScoreSteps merge(double[] pos, double[] neg) {
    int n = pos.length + neg.length;
    double[] thr = new double[n + 1];
    int[] c0 = new int[n + 1];
    int[] c1 = new int[n + 1];
    thr[0] = Double.POSITIVE_INFINITY;
    int i = pos.length - 1;
    int j = neg.length - 1;
    int steps = 1;
    while (i >= 0 || j >= 0) {
      double v = top(pos, i, neg, j);
      while (i >= 0 && pos[i] == v) {
        i--;
      }
      while (j >= 0 && neg[j] == v) {
        j--;
      }
      double next = top(pos, i, neg, j);
      thr[steps] = (v + next) / 2;
      c1[steps] = pos.length - 1 - i;
      c0[steps] = neg.length - 1 - j;
      steps++;
    }
    return new ScoreSteps(
        Arrays.copyOf(thr, steps),
        Arrays.copyOf(c0, steps),
        Arrays.copyOf(c1, steps),
        neg.length,
        pos.length);
  }

  /** Returns the larger of pos[i] and neg[j] (−∞ when both are used up). */
  private static double top(double[] pos, int i, double[] neg, int j) {
    if (i < 0) {
      return j < 0 ? Double.NEGATIVE_INFINITY : neg[j];
    }
    return j < 0 || pos[i] >= neg[j] ? pos[i] : neg[j];
  }
}
