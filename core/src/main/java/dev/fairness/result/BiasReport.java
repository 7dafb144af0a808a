package dev.fairness.result;

import java.util.List;
import java.util.Map;

/**
 * One of {@code pre_training_bias_metrics} / {@code post_training_bias_metrics} (spec §9.2).
 *
 * @param label label column name
 * @param labelValueOrThreshold the §4.2 string
 * @param facets facet name to its groups, in config order (a {@code LinkedHashMap})
 * @param performance model performance (post-training only), or null
 */
public record BiasReport(
    String label,
    String labelValueOrThreshold,
    Map<String, List<FacetGroupResult>> facets,
    ModelPerformance performance) {}
