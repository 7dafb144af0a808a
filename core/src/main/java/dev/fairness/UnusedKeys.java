package dev.fairness;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.MethodsConfig;
import java.util.List;

/**
 * Finds configuration keys that have no effect in this run (issue 14): each is a {@code
 * key-no-effect} finding that names the key and what to do, and fails {@code --strict}.
 */
final class UnusedKeys {

  private UnusedKeys() {}

  /** Logs one finding per key of {@code config} that this run does not use. */
  static void check(AnalysisConfig config, RunLog log) {
    MethodsConfig m = config.methods();
    boolean post = m.postTraining() != null;
    boolean predictionsInData =
        config.predictedLabel() != null || config.predictedLabelDatasetUri() != null;
    if (config.probabilityThreshold() != null && (!post || predictionsInData)) {
      String why =
          predictionsInData
              ? "predicted labels are read as they are from "
                  + (config.predictedLabel() != null
                      ? "column " + config.predictedLabel()
                      : "predicted_label_dataset_uri")
                  + ", never thresholded"
              : "no post-training bias is computed, so no model score is thresholded";
      log.finding(
          new Finding(
              Finding.Code.KEY_NO_EFFECT,
              "probability_threshold",
              "has no effect: " + why,
              predictionsInData
                  ? "to threshold a score column, name it in \"predicted_score\" (e.g."
                      + " \"predicted_score\": \"decile_score\") with probability_threshold; else"
                      + " remove probability_threshold"
                  : "remove probability_threshold",
              true));
    }
    if (config.groupVariable() != null
        && !uses(m.preTraining(), "CDDL")
        && !uses(m.postTraining(), "CDDPL")) {
      log.finding(
          new Finding(
              Finding.Code.KEY_NO_EFFECT,
              "group_variable",
              "has no effect: only CDDL and CDDPL use it and neither is requested",
              "request CDDL or CDDPL, or remove group_variable",
              true));
    }
  }

  private static boolean uses(List<String> methods, String metric) {
    return methods != null && methods.contains(metric);
  }
}
