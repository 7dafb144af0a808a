package dev.fairness.model;

import dev.fairness.text.ValueText;

/**
 * Refuses model scores that cannot become predicted labels (issue 23 item 12): a probability
 * compared with {@code probability_threshold} must be a finite number in [0, 1], and the scores
 * whose largest entry picks a label must be finite. A NaN compares false with every threshold and
 * an infinity or a 1.7 passes every threshold, so either would turn into a label without a word.
 */
final class ProbabilityCheck {

  private ProbabilityCheck() {}

  /**
   * Returns {@code p} when it is a finite number in [0, 1]; throws otherwise.
   *
   * @param record the 1-based record number, for the message
   * @param threshold the threshold the probability is compared with, for the message
   * @throws ModelInvocationException {@code Model output of record <r>: probability <p> is not a
   *     finite number in [0, 1]; …}
   */
  static double probability(double p, long record, double threshold) {
    if (Double.isFinite(p) && p >= 0 && p <= 1) {
      return p;
    }
    throw new ModelInvocationException(
        "Model output of record "
            + record
            + ": probability "
            + ValueText.renderDouble(p)
            + " is not a finite number in [0, 1]; probability_threshold ("
            + ValueText.renderDouble(threshold)
            + ") makes labels from probabilities, so the model must return probabilities between"
            + " 0 and 1 (or set predictor.label to a label it returns)");
  }

  /**
   * Returns {@code s} when it is finite; throws otherwise.
   *
   * @param record the 1-based record number, for the message
   * @throws ModelInvocationException {@code Model output of record <r>: score <s> is not a finite
   *     number; …}
   */
  static double score(double s, long record) {
    if (Double.isFinite(s)) {
      return s;
    }
    throw new ModelInvocationException(
        "Model output of record "
            + record
            + ": score "
            + ValueText.renderDouble(s)
            + " is not a finite number; the largest score picks the predicted label, so the model"
            + " must return finite scores");
  }
}
