package dev.fairness.metrics;

/**
 * Supplies the Flip Test value of one facet group (spec §5.3); it needs feature vectors rather than
 * counts, so it has its own path. Called only after the empty-group checks passed.
 */
@FunctionalInterface
public interface FlipTestSource {

  /** Returns FT, or throws {@link MetricUndefinedException} (non-numeric column, missing value). */
  double flipTest();
}
