package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the {@code comparison} key (our key, issue 19) against the post-training metrics the run
 * computes; throws {@link ConfigException} (exit 2) naming {@code comparison.<key>} for a bad
 * value.
 */
final class ComparisonReader {

  private static final List<String> KEYS = List.of("metrics", "x_axis", "y_axis");

  private ComparisonReader() {}

  /** Returns the settings of {@code node} (null or absent for the defaults) for {@code config}. */
  static ComparisonConfig read(JsonNode node, AnalysisConfig config) {
    List<String> computed = config.methods().postTraining();
    if (computed == null) {
      throw new ConfigException(
          "models: comparing models needs methods.post_training_bias (accuracy, selection rate"
              + " and the disparity metrics come from it); add \"post_training_bias\": {\"methods\":"
              + " \"all\"}");
    }
    if (node != null && !node.isNull() && !node.isObject()) {
      throw new ConfigException(
          "comparison: must be an object with metrics, x_axis, y_axis; e.g. {\"metrics\":"
              + " [\"DI\", \"DPPL\"]}");
    }
    JsonNode c = node == null || node.isNull() ? null : node;
    if (c != null) {
      for (Iterator<String> keys = c.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!KEYS.contains(key)) {
          throw new ConfigException(
              "comparison."
                  + key
                  + ": unknown key"
                  + DidYouMean.hint(key, KEYS)
                  + "; allowed keys are "
                  + String.join(", ", KEYS));
        }
      }
    }
    List<String> metrics = metrics(c == null ? null : c.get("metrics"), computed);
    String x = text(c, "x_axis", "accuracy");
    if (!ComparisonConfig.X_AXES.contains(x)) {
      throw new ConfigException(
          "comparison.x_axis: \""
              + x
              + "\" is not a performance measure; use one of "
              + String.join(", ", ComparisonConfig.X_AXES));
    }
    String y = text(c, "y_axis", metrics.get(0));
    if (!metrics.contains(y)) {
      throw new ConfigException(
          "comparison.y_axis: \""
              + y
              + "\" is not one of the compared metrics ("
              + String.join(", ", metrics)
              + "); add it to comparison.metrics or pick one of them");
    }
    return new ComparisonConfig(metrics, x, y);
  }

  private static List<String> metrics(JsonNode node, List<String> computed) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      for (String m : ComparisonConfig.DEFAULT_METRICS) {
        if (computed.contains(m)) {
          out.add(m);
        }
      }
      if (out.isEmpty()) {
        throw new ConfigException(
            "comparison.metrics: none of "
                + String.join(", ", ComparisonConfig.DEFAULT_METRICS)
                + " is in methods.post_training_bias; list the metrics to compare");
      }
      return out;
    }
    if (!node.isArray() || node.isEmpty()) {
      throw new ConfigException(
          "comparison.metrics: must be a non-empty array of post-training metric acronyms, e.g."
              + " [\"DI\", \"DPPL\"]");
    }
    for (JsonNode m : node) {
      String name = m.isTextual() ? m.asText() : m.toString();
      if (!computed.contains(name)) {
        throw new ConfigException(
            "comparison.metrics: "
                + name
                + " is not computed by methods.post_training_bias ("
                + String.join(", ", computed)
                + "); add it there or remove it here");
      }
      if (name.equals("FT") || name.equals("GE")) {
        throw new ConfigException(
            "comparison.metrics: "
                + name
                + " is not a disparity between groups the comparison can rank; use DPPL, DI, RD,"
                + " AD or another group metric");
      }
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static String text(JsonNode c, String key, String fallback) {
    JsonNode v = c == null ? null : c.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isTextual()) {
      throw new ConfigException("comparison." + key + ": must be a string");
    }
    return v.asText();
  }
}
