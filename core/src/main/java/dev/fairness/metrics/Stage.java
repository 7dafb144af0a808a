package dev.fairness.metrics;

/** When a bias metric can be computed: before training (labels only) or after (predictions). */
public enum Stage {
  /** Needs the observed labels only (spec §5.2). */
  PRE_TRAINING,
  /** Needs predicted labels (spec §5.3). */
  POST_TRAINING
}
