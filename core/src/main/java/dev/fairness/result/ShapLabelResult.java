package dev.fairness.result;

import java.util.Map;

/**
 * Kernel SHAP results for one label key (spec §9.2).
 *
 * @param globalShapValues feature name to aggregated value, in feature order ({@code
 *     LinkedHashMap})
 * @param expectedValue {@code ℓ(fnull)} for this output
 */
public record ShapLabelResult(Map<String, Double> globalShapValues, double expectedValue) {}
