package dev.fairness.result;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.fairness.FairnessException;
import dev.fairness.FairnessException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an analysis.json (spec §9.2) back into an {@link AnalysisResult}: the bias sections only,
 * with facets, groups and metrics in file order. The strings {@code "Infinity"}/{@code "-Infinity"}
 * become infinite doubles; a metric with {@code "value": null} becomes a failed {@link MetricValue}
 * (its {@code error}, or {@code no value} when none is given); a metric's {@code "ci": [low, high]}
 * (issue 18) becomes its {@link ConfidenceInterval}. The global SHAP values of {@code
 * explanations.kernel_shap} are read (label keys and features in file order); PDP, group
 * statistics, model performance and run facts are not (null, or an empty PDP list).
 */
public final class AnalysisJsonReader {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  /**
   * Returns the bias results of the file. Throws a {@link FairnessException} of kind DATA (exit 3)
   * naming the file when it is missing or unreadable, not JSON, or not shaped like an analysis.json
   * (naming the offending JSON pointer).
   */
  public AnalysisResult read(Path file) {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = MAPPER.readTree(in);
    } catch (NoSuchFileException e) {
      throw new FairnessException(
          Kind.DATA, file + ": file not found; give the path of an analysis.json", e);
    } catch (JsonParseException e) {
      throw new FairnessException(
          Kind.DATA,
          FairnessException.notJson(file, e)
              + "; give an analysis.json written by fairness analyze",
          e);
    } catch (IOException e) {
      throw new FairnessException(
          Kind.DATA, file + ": cannot read the file (" + FairnessException.ioReason(e) + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw new FairnessException(
          Kind.DATA, file + ": not an analysis.json (the document is not a JSON object)");
    }
    BiasReport pre = bias(file, root, "pre_training_bias_metrics");
    BiasReport post = bias(file, root, "post_training_bias_metrics");
    Explanations explanations = ShapSectionReader.read(file, root);
    if (pre == null && post == null && explanations == null) {
      throw new FairnessException(
          Kind.DATA,
          file
              + ": no pre_training_bias_metrics, post_training_bias_metrics or"
              + " explanations.kernel_shap; give an analysis.json of a bias or SHAP analysis");
    }
    return new AnalysisResult(pre, post, explanations, null);
  }

  private static BiasReport bias(Path file, JsonNode root, String key) {
    JsonNode section = root.get(key);
    if (section == null || section.isNull()) {
      return null;
    }
    String at = "/" + key;
    expectObject(file, section, at);
    JsonNode facets = section.get("facets");
    expectObject(file, facets, at + "/facets");
    Map<String, List<FacetGroupResult>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = facets.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String facetAt = at + "/facets/" + pointerToken(e.getKey());
      if (!e.getValue().isArray()) {
        throw shape(file, facetAt, "an array of facet groups");
      }
      List<FacetGroupResult> groups = new ArrayList<>();
      for (int i = 0; i < e.getValue().size(); i++) {
        groups.add(group(file, e.getValue().get(i), facetAt + "/" + i));
      }
      out.put(e.getKey(), groups);
    }
    return new BiasReport(
        text(section.get("label")), text(section.get("label_value_or_threshold")), out, null);
  }

  private static FacetGroupResult group(Path file, JsonNode node, String at) {
    expectObject(file, node, at);
    JsonNode value = node.get("value_or_threshold");
    if (value == null || !value.isValueNode() || value.isNull()) {
      throw shape(file, at + "/value_or_threshold", "a string");
    }
    JsonNode metrics = node.get("metrics");
    if (metrics == null || !metrics.isArray()) {
      throw shape(file, at + "/metrics", "an array of metrics");
    }
    List<MetricValue> out = new ArrayList<>();
    for (int i = 0; i < metrics.size(); i++) {
      out.add(metric(file, metrics.get(i), at + "/metrics/" + i));
    }
    return new FacetGroupResult(value.asText(), out, null);
  }

  private static MetricValue metric(Path file, JsonNode node, String at) {
    expectObject(file, node, at);
    JsonNode name = node.get("name");
    if (name == null || !name.isTextual()) {
      throw shape(file, at + "/name", "a metric name");
    }
    String description = text(node.get("description"));
    String error = text(node.get("error"));
    JsonNode value = node.get("value");
    if (value == null || value.isNull()) {
      return MetricValue.failed(name.asText(), description, error == null ? "no value" : error);
    }
    double v = number(file, value, at + "/value");
    if (error != null) {
      return new MetricValue(name.asText(), description, null, error);
    }
    return MetricValue.of(name.asText(), description, v).withInterval(interval(file, node, at));
  }

  /** Returns the {@code "ci": [low, high]} of a metric, or null when it has none. */
  private static ConfidenceInterval interval(Path file, JsonNode node, String at) {
    JsonNode ci = node.get("ci");
    if (ci == null || ci.isNull()) {
      return null;
    }
    if (!ci.isArray() || ci.size() != 2) {
      throw shape(file, at + "/ci", "an array [low, high]");
    }
    double low = number(file, ci.get(0), at + "/ci/0");
    double high = number(file, ci.get(1), at + "/ci/1");
    if (!(low <= high)) {
      throw shape(file, at + "/ci", "bounds in order, low <= high");
    }
    return new ConfidenceInterval(low, high);
  }

  private static double number(Path file, JsonNode value, String at) {
    if (value.isNumber()) {
      return value.asDouble();
    } else if (value.isTextual() && value.asText().equals("Infinity")) {
      return Double.POSITIVE_INFINITY;
    } else if (value.isTextual() && value.asText().equals("-Infinity")) {
      return Double.NEGATIVE_INFINITY;
    }
    throw shape(file, at, "a number, \"Infinity\", \"-Infinity\" or null");
  }

  private static void expectObject(Path file, JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      throw shape(file, at, "an object");
    }
  }

  static FairnessException shape(Path file, String pointer, String expected) {
    return new FairnessException(
        Kind.DATA,
        file + ": " + pointer + ": expected " + expected + "; is this an analysis.json?");
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  static String pointerToken(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
