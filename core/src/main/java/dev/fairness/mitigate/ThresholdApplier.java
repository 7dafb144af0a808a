package dev.fairness.mitigate;

import java.util.Map;

/**
 * Applies fitted rules to rows: each row's probability of a positive prediction (no randomness),
 * and, seeded, the randomized prediction Fairlearn's {@code predict(random_state=seed)} makes for
 * the same rows in the same order (positive when the probability is at least the row's draw).
 */
public final class ThresholdApplier {

  private ThresholdApplier() {}

  /**
   * Returns each row's positive probability under the rule of its group.
   *
   * @throws MitigationException naming the first row whose group has no rule
   */
  public static double[] probabilities(RuleSet rules, double[] score, String[] group) {
    Map<String, GroupRule> m = rules.groups();
    double[] out = new double[score.length];
    for (int i = 0; i < score.length; i++) {
      GroupRule r = m.get(group[i]);
      if (r == null) {
        throw new MitigationException(
            "data row "
                + (i + 1)
                + ": group "
                + MitigationException.oneLine(group[i])
                + " has no rule (the rules know "
                + MitigationException.oneLine(String.join(", ", m.keySet()))
                + "); fit the rules on data that has this group");
      }
      out[i] = r.positiveProbability(score[i]);
    }
    return out;
  }

  /** Returns the randomized predictions of numpy's {@code RandomState(seed)} draws. */
  public static boolean[] predictions(double[] probabilities, long seed) {
    NumpyRandom random = new NumpyRandom(seed);
    boolean[] out = new boolean[probabilities.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = probabilities[i] >= random.nextDouble();
    }
    return out;
  }
}
