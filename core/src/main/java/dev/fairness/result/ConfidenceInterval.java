package dev.fairness.result;

/**
 * A two-sided bootstrap confidence interval of one metric, written as {@code "ci": [low, high]};
 * either bound may be infinite.
 *
 * @param low lower bound
 * @param high upper bound, at least {@code low}
 */
public record ConfidenceInterval(double low, double high) {

  /** Checks that the bounds are numbers in order. */
  public ConfidenceInterval {
    if (!(low <= high)) {
      throw new IllegalArgumentException("interval bounds out of order: " + low + ", " + high);
    }
  }
}
