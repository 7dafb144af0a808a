package dev.fairness.bias;

import dev.fairness.result.BiasReport;
import dev.fairness.result.GroupMetricsResult;
import java.util.Map;

/**
 * The results of the bias analysis.
 *
 * @param pre {@code pre_training_bias_metrics}, or null when not requested
 * @param post {@code post_training_bias_metrics} (with model performance when predictions are
 *     usable), or null when not requested
 * @param groupMetrics {@code group_metrics}: facet key to Fairlearn's group view, or null when not
 *     requested or the predictions are unusable
 */
public record BiasResults(
    BiasReport pre, BiasReport post, Map<String, GroupMetricsResult> groupMetrics) {

  /** Creates results without group metrics. */
  public BiasResults(BiasReport pre, BiasReport post) {
    this(pre, post, null);
  }
}
