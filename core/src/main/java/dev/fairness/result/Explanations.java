package dev.fairness.result;

import java.util.List;
import java.util.Map;

/**
 * The {@code explanations} section (spec §9.2).
 *
 * @param kernelShap label key to its results, in label-key order; null when SHAP was not requested
 * @param pdp PDP entries in feature order; null when PDP was not requested
 * @param aggMethod the SHAP aggregation method (for the reports), or null
 * @param explainedRecords how many records were explained
 */
public record Explanations(
    Map<String, ShapLabelResult> kernelShap,
    List<PdpResult> pdp,
    String aggMethod,
    int explainedRecords) {}
