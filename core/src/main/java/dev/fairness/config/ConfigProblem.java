package dev.fairness.config;

/**
 * One problem found in the analysis configuration.
 *
 * @param pointer JSON pointer of the offending key (e.g. {@code /methods/shap/agg_method}), or
 *     empty for a problem that concerns the file as a whole or several keys
 * @param message the spec's message text
 */
public record ConfigProblem(String pointer, String message) {}
