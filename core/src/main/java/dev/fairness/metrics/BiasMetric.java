package dev.fairness.metrics;

/** One Clarify bias metric: a pure function of a {@link FacetView} (spec §5). */
public interface BiasMetric {

  /** Returns the Clarify acronym, e.g. {@code CI}. */
  String id();

  /** Returns the Clarify description, e.g. {@code Class Imbalance (CI)}. */
  String description();

  /** Returns the stage the metric belongs to. */
  Stage stage();

  /**
   * Returns the metric value (possibly infinite), or throws {@link MetricUndefinedException} with
   * smclarify's error text; the checks run in the order of spec §5.
   */
  double compute(FacetView view);

  /** A metric formula. */
  @FunctionalInterface
  interface Formula {
    /** Returns the value for a view, or throws {@link MetricUndefinedException}. */
    double apply(FacetView view);
  }
}
