package dev.fairness.result;

import java.util.List;

/**
 * One partial dependence entry (spec §7, §9.2): values, or an error.
 *
 * @param featureName the feature
 * @param dataType {@code numerical}, {@code categorical} or {@code free_text}
 * @param featureValues grid values ({@link Long}, {@link Double}, {@link String}, {@link Boolean})
 * @param dataDistribution fraction of rows per grid value
 * @param modelPredictions one list per label key, one mean score per grid value
 * @param labelHeaders the label keys
 * @param error error text, or null (then the lists are empty)
 */
public record PdpResult(
    String featureName,
    String dataType,
    List<Object> featureValues,
    List<Double> dataDistribution,
    List<List<Double>> modelPredictions,
    List<String> labelHeaders,
    String error) {}
