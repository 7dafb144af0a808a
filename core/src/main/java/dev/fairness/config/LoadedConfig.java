package dev.fairness.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A validated configuration together with what {@link EffectiveConfig} needs to write {@code
 * analysis_config.json}: the parsed file (kept inside this package) and the run's seed.
 */
public final class LoadedConfig {

  private final AnalysisConfig config;
  private final ObjectNode source;
  private final long seed;

  LoadedConfig(AnalysisConfig config, ObjectNode source, long seed) {
    this.config = config;
    this.source = source.deepCopy();
    this.seed = seed;
  }

  /** Returns the validated configuration. */
  public AnalysisConfig config() {
    return config;
  }

  /**
   * Returns the seed of every random choice of the run (spec §1): {@code --seed}, else {@code
   * methods.shap.seed}, else 0.
   */
  public long seed() {
    return seed;
  }

  /** Returns the parsed configuration file as written by the user. */
  ObjectNode source() {
    return source;
  }
}
