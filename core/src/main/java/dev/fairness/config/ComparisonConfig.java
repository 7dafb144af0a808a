package dev.fairness.config;

import java.util.List;

/**
 * The {@code comparison} key of a multi-model run (our key, issue 19): which post-training metrics
 * the comparison reports per facet group, and the axes of the model-comparison chart.
 *
 * @param metrics post-training metric acronyms, in the order given (default: those of DPPL, DI, RD,
 *     AD that {@code methods.post_training_bias} computes)
 * @param xAxis the performance on the x axis, higher is better: {@code accuracy} (default) or
 *     {@code balanced_accuracy}
 * @param yAxis the metric whose disparity is on the y axis, lower is better (default: the first of
 *     {@code metrics})
 */
public record ComparisonConfig(List<String> metrics, String xAxis, String yAxis) {

  /** The metrics compared when {@code comparison.metrics} is absent, in this order. */
  public static final List<String> DEFAULT_METRICS = List.of("DPPL", "DI", "RD", "AD");

  /** The performance measures {@code comparison.x_axis} accepts. */
  public static final List<String> X_AXES = List.of("accuracy", "balanced_accuracy");

  /** Creates the settings; the metric list is copied. */
  public ComparisonConfig {
    metrics = List.copyOf(metrics);
  }
}
