package dev.fairness.result;

/**
 * Everything a run produces: the analysis.json model and the report model (spec §9).
 *
 * @param preTraining pre-training bias, or null when not requested
 * @param postTraining post-training bias, or null when not requested
 * @param explanations SHAP/PDP, or null when neither was requested
 * @param run run facts for the reports
 */
public record AnalysisResult(
    BiasReport preTraining, BiasReport postTraining, Explanations explanations, RunInfo run) {}
