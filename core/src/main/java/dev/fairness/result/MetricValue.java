package dev.fairness.result;

/**
 * One metric of one facet group as written to analysis.json: a value, or null with an error.
 *
 * @param name Clarify acronym, e.g. {@code CI}
 * @param description Clarify description, e.g. {@code Class Imbalance (CI)}
 * @param value the value (may be infinite), or null when {@code error} is set
 * @param error smclarify's error text, or null
 * @param ci bootstrap confidence interval ({@code methods.confidence}), or null
 */
public record MetricValue(
    String name, String description, Double value, String error, ConfidenceInterval ci) {

  /** Creates a metric without a confidence interval. */
  public MetricValue(String name, String description, Double value, String error) {
    this(name, description, value, error, null);
  }

  /** Returns this metric with the interval {@code ci}; a failed metric is returned unchanged. */
  public MetricValue withInterval(ConfidenceInterval ci) {
    return failed() ? this : new MetricValue(name, description, value, error, ci);
  }

  /** Returns a computed metric. */
  public static MetricValue of(String name, String description, double value) {
    if (Double.isNaN(value)) {
      return failed(name, description, "Metric value is NaN");
    }
    return new MetricValue(name, description, value, null);
  }

  /** Returns a failed metric. */
  public static MetricValue failed(String name, String description, String error) {
    return new MetricValue(name, description, null, error);
  }

  /** Returns true when the metric carries an error. */
  public boolean failed() {
    return error != null;
  }
}
