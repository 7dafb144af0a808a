package dev.fairness.metrics;

import java.util.List;

/** When a bias metric can be computed: before training (labels only) or after (predictions). */
public enum Stage {
  /** Needs the observed labels only (spec §5.2). */
  PRE_TRAINING,
  /** Needs predicted labels (spec §5.3). */
  POST_TRAINING;

  /** Returns the metrics of this stage in smclarify's registration order. */
  public List<BiasMetric> metrics() {
    return List.of(this == PRE_TRAINING ? PreTrainingMetric.values() : PostTrainingMetric.values());
  }

  /** Returns the ids of this stage's metrics in smclarify's registration order. */
  public List<String> ids() {
    return metrics().stream().map(BiasMetric::id).toList();
  }
}
