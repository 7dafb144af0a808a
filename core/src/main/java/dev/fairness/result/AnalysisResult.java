package dev.fairness.result;

import java.util.Map;

/**
 * Everything a run produces: the analysis.json model and the report model (spec §9).
 *
 * @param preTraining pre-training bias, or null when not requested
 * @param postTraining post-training bias, or null when not requested
 * @param explanations SHAP/PDP, or null when neither was requested
 * @param run run facts for the reports
 * @param groupMetrics {@code group_metrics}: facet key to Fairlearn's group view (issue 17), or
 *     null when not requested
 */
public record AnalysisResult(
    BiasReport preTraining,
    BiasReport postTraining,
    Explanations explanations,
    RunInfo run,
    Map<String, GroupMetricsResult> groupMetrics) {

  /** Creates a result without group metrics. */
  public AnalysisResult(
      BiasReport preTraining, BiasReport postTraining, Explanations explanations, RunInfo run) {
    this(preTraining, postTraining, explanations, run, null);
  }
}
