package dev.fairness.bias;

import dev.fairness.result.BiasReport;

/**
 * The results of the bias analysis.
 *
 * @param pre {@code pre_training_bias_metrics}, or null when not requested
 * @param post {@code post_training_bias_metrics} (with model performance when predictions are
 *     usable), or null when not requested
 */
public record BiasResults(BiasReport pre, BiasReport post) {}
