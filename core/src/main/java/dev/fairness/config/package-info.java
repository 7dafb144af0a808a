/**
 * The analysis configuration (spec §2): {@link dev.fairness.config.ConfigLoader} parses and
 * validates the JSON file into the immutable {@link dev.fairness.config.AnalysisConfig} and its
 * nested {@code *Config} records, or throws one {@link dev.fairness.config.ConfigException} listing
 * every problem; {@link dev.fairness.config.EffectiveConfig} writes {@code analysis_config.json};
 * {@link dev.fairness.config.ShellWords} splits {@code --model-command}.
 *
 * <p>Allowed dependencies: Jackson and jmespath-java (for validation only), {@code dev.fairness}
 * ({@code RunLog}, {@code FairnessException}) and the metric enums of {@code metrics} (the one list
 * of metric ids). No {@code JsonNode} leaves this package.
 */
package dev.fairness.config;
