package dev.fairness.mitigate;

import java.util.Locale;

/**
 * A rate of a (possibly fractional) confusion matrix, computed with the operations of Fairlearn's
 * {@code METRIC_DICT} in the same order, so that results are bit-identical to Fairlearn's.
 */
public enum Rate {
  /** Predicted positives over all rows. */
  SELECTION_RATE,
  /** False positives over negatives. */
  FALSE_POSITIVE_RATE,
  /** False negatives over positives. */
  FALSE_NEGATIVE_RATE,
  /** True positives over positives. */
  TRUE_POSITIVE_RATE,
  /** True negatives over negatives. */
  TRUE_NEGATIVE_RATE,
  /** Correct predictions over all rows. */
  ACCURACY_SCORE,
  /** The mean of the true positive and the true negative rate. */
  BALANCED_ACCURACY_SCORE;

  /** Returns Fairlearn's name of this rate, e.g. {@code true_positive_rate}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the rate with Fairlearn's name {@code id}, or null when there is none. */
  public static Rate byId(String id) {
    for (Rate r : values()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  /** Returns the rate of the confusion matrix (tp, fp, tn, fn); NaN where Fairlearn's is NaN. */
  public double of(double tp, double fp, double tn, double fn) {
    switch (this) {
      case SELECTION_RATE:
        return (tp + fp) / (tp + tn + fp + fn);
      case FALSE_POSITIVE_RATE:
        return fp / (tn + fp);
      case FALSE_NEGATIVE_RATE:
        return fn / (tp + fn);
      case TRUE_POSITIVE_RATE:
        return tp / (tp + fn);
      case TRUE_NEGATIVE_RATE:
        return tn / (tn + fp);
      case ACCURACY_SCORE:
        return (tp + tn) / (tp + tn + fp + fn);
      default:
        return 0.5 * tp / (tp + fn) + 0.5 * tn / (tn + fp);
    }
  }
}
