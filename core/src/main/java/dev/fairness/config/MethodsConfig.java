package dev.fairness.config;

import java.util.List;

/**
 * {@code methods} (spec §2.5). A method that was not requested is null.
 *
 * @param preTraining requested pre-training metric names, expanded from {@code "all"} and
 *     de-duplicated, in registration order; null when not requested
 * @param postTraining likewise for post-training
 * @param shap SHAP settings or null
 * @param pdp PDP settings or null
 * @param report report name and title (never null; defaults filled)
 * @param thresholds {@code methods.thresholds} (our key: threshold mitigation), or null
 * @param groupMetrics {@code methods.group_metrics.metrics} (issue 17; every metric when the key is
 *     absent), or null when group metrics are not requested
 */
public record MethodsConfig(
    List<String> preTraining,
    List<String> postTraining,
    ShapConfig shap,
    PdpConfig pdp,
    ReportConfig report,
    ThresholdsConfig thresholds,
    List<String> groupMetrics) {

  /** Creates methods with {@code methods.thresholds} and without group metrics. */
  public MethodsConfig(
      List<String> preTraining,
      List<String> postTraining,
      ShapConfig shap,
      PdpConfig pdp,
      ReportConfig report,
      ThresholdsConfig thresholds) {
    this(preTraining, postTraining, shap, pdp, report, thresholds, null);
  }

  /** Creates methods without {@code methods.thresholds} and group metrics. */
  public MethodsConfig(
      List<String> preTraining,
      List<String> postTraining,
      ShapConfig shap,
      PdpConfig pdp,
      ReportConfig report) {
    this(preTraining, postTraining, shap, pdp, report, null, null);
  }
}
