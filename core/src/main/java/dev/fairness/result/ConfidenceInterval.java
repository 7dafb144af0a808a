package dev.fairness.result;

/**
 * A two-sided bootstrap confidence interval of one metric, written as {@code "ci": [low, high]};
 * either bound may be infinite.
 *
 * @param low lower bound
 * @param high upper bound, at least {@code low}
 * @param level its coverage, e.g. 0.95, or NaN when unknown (an interval read back from a file,
 *     which does not record it)
 */
public record ConfidenceInterval(double low, double high, double level) {

  /** Creates an interval of unknown coverage. */
  public ConfidenceInterval(double low, double high) {
    this(low, high, Double.NaN);
  }

  /** Checks that the bounds are numbers in order. */
  public ConfidenceInterval {
    if (!(low <= high)) {
      throw new IllegalArgumentException("interval bounds out of order: " + low + ", " + high);
    }
  }
}
