package dev.fairness.metrics;

/**
 * One Clarify bias metric: a pure function of a {@link FacetView} (spec §5), with the words the
 * reports show next to its value. The two enums that implement it are the one list of metric ids.
 */
public interface BiasMetric {

  /** Returns the Clarify acronym, e.g. {@code CI}. */
  String id();

  /** Returns the Clarify description, e.g. {@code Class Imbalance (CI)}. */
  String description();

  /** Returns the range of values the metric can take, e.g. {@code (−1, 1)}. */
  String range();

  /** Returns what the metric measures and how its sign reads, in one or two sentences. */
  String meaning();

  /** Returns the stage the metric belongs to. */
  Stage stage();

  /**
   * Returns true when the metric reads the feature columns as well as the counts (FT compares each
   * row with its nearest neighbours), so the loader must keep the numeric columns.
   */
  default boolean readsFeatures() {
    return false;
  }

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
