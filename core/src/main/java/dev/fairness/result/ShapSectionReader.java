package dev.fairness.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code explanations.kernel_shap} of an analysis.json (spec §9.2): per label key its {@code
 * global_shap_values} (feature to number, file order) and {@code expected_value}.
 */
final class ShapSectionReader {

  private ShapSectionReader() {}

  /**
   * Returns the explanations holding the SHAP section only, or null when the file has none. Throws
   * a {@code DATA} {@link dev.fairness.FairnessException} naming the JSON pointer of a malformed
   * member.
   */
  static Explanations read(Path file, JsonNode root) {
    JsonNode explanations = root.get("explanations");
    if (explanations == null || explanations.isNull()) {
      return null;
    }
    if (!explanations.isObject()) {
      throw AnalysisJsonReader.shape(file, "/explanations", "an object");
    }
    JsonNode shap = explanations.get("kernel_shap");
    if (shap == null || shap.isNull()) {
      return null;
    }
    if (!shap.isObject()) {
      throw AnalysisJsonReader.shape(file, "/explanations/kernel_shap", "an object");
    }
    Map<String, ShapLabelResult> labels = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = shap.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = "/explanations/kernel_shap/" + AnalysisJsonReader.pointerToken(e.getKey());
      labels.put(e.getKey(), label(file, e.getValue(), at));
    }
    return new Explanations(labels, null, null, 0);
  }

  private static ShapLabelResult label(Path file, JsonNode node, String at) {
    if (!node.isObject()) {
      throw AnalysisJsonReader.shape(file, at, "an object");
    }
    JsonNode global = node.get("global_shap_values");
    if (global == null || !global.isObject()) {
      throw AnalysisJsonReader.shape(file, at + "/global_shap_values", "an object");
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = global.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String fAt = at + "/global_shap_values/" + AnalysisJsonReader.pointerToken(f.getKey());
      values.put(f.getKey(), number(file, f.getValue(), fAt));
    }
    JsonNode expected = node.get("expected_value");
    double ev =
        expected == null || expected.isNull()
            ? Double.NaN
            : number(file, expected, at + "/expected_value");
    return new ShapLabelResult(values, ev);
  }

  private static double number(Path file, JsonNode v, String at) {
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isTextual() && v.asText().equals("Infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    if (v.isTextual() && v.asText().equals("-Infinity")) {
      return Double.NEGATIVE_INFINITY;
    }
    throw AnalysisJsonReader.shape(file, at, "a number");
  }
}
