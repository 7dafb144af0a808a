package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and checks the {@code predictor} object (spec §2.6, rules 1, 2 and 10). */
final class PredictorReader {

  /** Keys that only make sense on SageMaker: accepted and ignored with an info line (§2.1). */
  static final List<String> SAGEMAKER_ONLY =
      List.of(
          "model_name",
          "endpoint_name",
          "endpoint_name_prefix",
          "instance_type",
          "initial_instance_count",
          "accelerator_type");

  private static final List<String> KEYS =
      List.of(
          "content_type",
          "accept_type",
          "content_template",
          "record_template",
          "label",
          "probability",
          "label_headers",
          "custom_attributes",
          "target_model",
          "model_name",
          "endpoint_name",
          "endpoint_name_prefix",
          "instance_type",
          "initial_instance_count",
          "accelerator_type");

  private final Section predictor;
  private final Problems problems;

  /** Creates a reader for the {@code predictor} object, which may be null (absent or invalid). */
  PredictorReader(Section predictor, Problems problems) {
    this.predictor = predictor;
    this.problems = problems;
  }

  /**
   * Returns the predictor with defaults filled ({@code content_type} = {@code datasetType}, {@code
   * accept_type} = {@code content_type}). Rules 1 and 2 apply when {@code modelUsed} or when {@code
   * content_type} is given explicitly; a config that needs no model and names no content type
   * (bring-your-own-predictions JSON Lines) must not be asked for templates.
   */
  PredictorConfig read(String dataType, boolean modelUsed) {
    // a model is sent CSV rows for a Parquet dataset unless content_type says otherwise
    String datasetType = "application/x-parquet".equals(dataType) ? "text/csv" : dataType;
    if (predictor == null) {
      if (modelUsed) {
        checkTemplates(datasetType, null, null);
      }
      return new PredictorConfig(
          datasetType, datasetType, null, null, null, null, null, null, null);
    }
    predictor.checkKeys(KEYS, List.of("time_series_predictor_config"));
    for (String key : SAGEMAKER_ONLY) {
      if (predictor.node().has(key)) {
        predictor.log().info("Ignoring SageMaker-only key predictor." + key);
      }
    }
    String contentType = mediaType("content_type", datasetType);
    String acceptType = mediaType("accept_type", contentType);
    String contentTemplate = predictor.string("content_template");
    String recordTemplate = predictor.string("record_template");
    if (modelUsed || predictor.has("content_type")) {
      checkTemplates(contentType, contentTemplate, recordTemplate);
    }
    return new PredictorConfig(
        contentType,
        acceptType,
        contentTemplate,
        recordTemplate,
        location("label", acceptType),
        location("probability", acceptType),
        labelHeaders(),
        predictor.string("custom_attributes"),
        predictor.string("target_model"));
  }

  /** Reads a content or accept type; image types are out of scope (§0.3). */
  private String mediaType(String key, String dflt) {
    String raw = predictor.string(key);
    if (raw == null) {
      return predictor.has(key) ? null : dflt;
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.startsWith("image/") || lower.equals("application/x-image")) {
      problems.general("predictor." + key + " " + raw + ": not supported by this tool");
      return null;
    }
    return predictor.enumString(key, DataKeysReader.DATASET_TYPES);
  }

  private void checkTemplates(String contentType, String contentTemplate, String recordTemplate) {
    if ("application/jsonlines".equals(contentType)) {
      if (contentTemplate == null) {
        problems.general(
            "content_template field is required for content_type application/jsonlines");
      } else if (!contentTemplate.contains("$features")) {
        problems.general(
            "Invalid content_template "
                + contentTemplate
                + ". Please include a placeholder $features.");
      }
    } else if ("application/json".equals(contentType)) {
      if (contentTemplate == null || recordTemplate == null) {
        problems.general(
            "content_template and record_template are required for content_type"
                + " application/json");
      } else if (!contentTemplate.contains("$record")) {
        problems.general(
            "Invalid content_template "
                + contentTemplate
                + ". Please include either placeholder $records or $record.");
      }
    }
  }

  /**
   * Reads {@code predictor.label} or {@code predictor.probability} (rule 10): with a CSV accept
   * type an integer or a string of digits is a column index, anything else an error; with a JSON
   * accept type a string is a JMESPath (compiled now) and an integer i becomes {@code [i]}.
   */
  private ColumnRef location(String key, String acceptType) {
    JsonNode v = predictor.get(key);
    if (v == null || acceptType == null) {
      return null;
    }
    String ptr = predictor.at(key);
    if (acceptType.equals("text/csv")) {
      if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 0) {
        return ColumnRef.ofIndex(v.intValue());
      }
      if (v.isTextual() && v.textValue().matches("[0-9]{1,9}")) {
        return ColumnRef.ofIndex(Integer.parseInt(v.textValue()));
      }
      problems.general("predictor." + key + " must be a column index when accept_type is text/csv");
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return ColumnRef.ofName("[" + v.intValue() + "]");
    }
    if (v.isTextual()) {
      return JmesPaths.compile(v.textValue(), ptr, problems) == null
          ? null
          : ColumnRef.ofName(v.textValue());
    }
    predictor.values().wrongType(ptr, "a string or an integer", v);
    return null;
  }

  private List<Object> labelHeaders() {
    JsonNode v = predictor.get("label_headers");
    if (v == null) {
      return null;
    }
    String ptr = predictor.at("label_headers");
    if (!v.isArray()) {
      predictor.values().wrongType(ptr, "an array of strings or numbers", v);
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      Object h = predictor.values().scalar(v.get(i), ptr + "/" + i, false);
      if (h == NodeValues.INVALID) {
        return null;
      }
      out.add(h);
    }
    return List.copyOf(out);
  }
}
