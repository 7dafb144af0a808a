package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cross-field rules of spec §2.6 that involve several sections (rules 3, 6, 7, 8, 9) and the
 * empty positive-label rule of §4.2. They look at which keys are present in the file rather than at
 * the parsed values, so a key with a wrong type is reported once, as a schema problem, and not
 * again as missing.
 */
final class CrossFieldRules {

  private final JsonNode root;
  private final Problems problems;

  CrossFieldRules(JsonNode root, Problems problems) {
    this.root = root;
    this.problems = problems;
  }

  /** Returns true when the key at {@code pointer} is present with a non-null value. */
  boolean present(String pointer) {
    JsonNode v = root.at(pointer);
    return !v.isMissingNode() && !v.isNull();
  }

  /**
   * Returns true when predicted labels come from the data rather than from the model (a {@code
   * predicted_score} column gives them by {@code probability_threshold}).
   */
  boolean predictedLabelsInData() {
    return present("/predicted_label")
        || present("/predicted_label_dataset_uri")
        || present("/predicted_score");
  }

  /** Records every violated rule; {@code requested} says which methods are present. */
  void check(String datasetType, Requested requested, boolean hasModel) {
    if ("application/json".equals(datasetType) || "application/jsonlines".equals(datasetType)) {
      if (!present("/features")) {
        problems.general("features JMESPath is required for " + datasetType + " dataset_type");
      }
    }
    if (requested.pre() || requested.post()) {
      checkBiasKeys();
    }
    if (requested.pdp() && !requested.shap() && !nonEmpty("/methods/pdp/features")) {
      problems.general("PDP features must be provided when ShapConfig is not provided");
    }
    if ((requested.shap() || requested.pdp()) && !hasModel) {
      problems.general(
          "model_config must be provided when explainability methods are selected.\n"
              + "(this tool needs local.command, local.endpoint_url, --model-command or"
              + " --endpoint-url)");
    }
    if (requested.post() && !predictedLabelsInData() && !hasModel) {
      problems.general(
          "model_config must be provided when `predicted_label_dataset_uri` or `predicted_label`"
              + " are not provided in data_config.");
    }
  }

  /** Records what {@code methods.thresholds} needs: a score, the label and a facet. */
  void checkThresholdKeys() {
    if (!present("/predicted_score")) {
      problems.general(
          "methods.thresholds needs predicted_score: the column of the model's positive-class"
              + " score");
    }
    if (!present("/label") || !present("/label_values_or_threshold")) {
      problems.general("methods.thresholds needs label and label_values_or_threshold");
    }
    if (!nonEmpty("/facet")) {
      problems.general("methods.thresholds needs facet: the sensitive column(s)");
    }
  }

  private void checkBiasKeys() {
    if (!present("/label")) {
      problems.general("label is required for bias analysis");
    }
    JsonNode values = root.at("/label_values_or_threshold");
    if (!present("/label_values_or_threshold")) {
      problems.general("label_values_or_threshold is required for bias analysis");
    } else if (values.isArray() && values.isEmpty()) {
      problems.general("Positive label values or thresholds are empty for Label column");
    }
    if (!nonEmpty("/facet")) {
      problems.general("facet is required for bias analysis");
    }
  }

  private boolean nonEmpty(String pointer) {
    JsonNode v = root.at(pointer);
    return present(pointer) && !(v.isArray() && v.isEmpty());
  }

  /** Which of the four methods the file requests (present, valid or not). */
  record Requested(boolean pre, boolean post, boolean shap, boolean pdp) {

    /** Returns true when a model must be called: SHAP, PDP, or post-training without labels. */
    boolean modelUsed(boolean predictedLabelsInData) {
      return shap || pdp || (post && !predictedLabelsInData);
    }
  }
}
