package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Expression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads and checks {@code methods.shap} (spec §6.1), including the baseline: inline CSV rows are
 * kept as rows; JSON Lines objects and a JSON document have their features extracted with the
 * {@code features} JMESPath now, so that every consumer sees plain rows; a string is a file path.
 */
final class ShapReader {

  static final List<String> AGG_METHODS = List.of("mean_abs", "median", "mean_sq");

  private static final List<String> KEYS =
      List.of(
          "baseline",
          "num_clusters",
          "num_samples",
          "agg_method",
          "use_logit",
          "save_local_shap_values",
          "seed",
          "features_to_explain");

  private final Section shap;
  private final PathResolver paths;

  ShapReader(Section shap, PathResolver paths) {
    this.shap = shap;
    this.paths = paths;
  }

  /** Returns the SHAP settings; {@code seedOverride} ({@code --seed}) replaces {@code seed}. */
  ShapConfig read(DataKeys data, Long seedOverride) {
    shap.checkKeys(KEYS, List.of("text_config", "image_config"));
    Long clusters = shap.integer("num_clusters", 1, Integer.MAX_VALUE);
    Long samples = shap.integer("num_samples", 1, Integer.MAX_VALUE);
    if (shap.has("baseline") && shap.has("num_clusters")) {
      shap.problems()
          .general(
              "Baseline and num_clusters cannot be provided together. Please specify one of the"
                  + " two.");
    }
    Long seed = shap.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
    List<ColumnRef> toExplain = shap.columnRefList("features_to_explain");
    Path baselineFile = null;
    List<List<Object>> baselineRows = null;
    JsonNode baseline = shap.get("baseline");
    if (baseline != null && baseline.isTextual()) {
      baselineFile = paths.resolve(baseline.textValue(), shap.at("baseline"));
    } else if (baseline != null) {
      baselineRows = rows(baseline, data);
    }
    return new ShapConfig(
        baselineFile,
        baselineRows,
        clusters == null ? null : clusters.intValue(),
        samples == null ? null : samples.intValue(),
        aggMethod(),
        shap.bool("use_logit", false),
        shap.bool("save_local_shap_values", false),
        seedOverride != null ? seedOverride : seed,
        toExplain == null ? List.of() : toExplain);
  }

  private String aggMethod() {
    String raw = shap.string("agg_method");
    if (raw == null) {
      return "mean_abs";
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    if (!AGG_METHODS.contains(lower)) {
      shap.problems()
          .schema(
              shap.at("agg_method"),
              "Invalid agg_method " + raw + ". Please choose mean_abs, median, or mean_sq.");
      return null;
    }
    return lower;
  }

  /** Returns inline baseline rows in the dataset's format, or null after recording problems. */
  private List<List<Object>> rows(JsonNode baseline, DataKeys data) {
    String ptr = shap.at("baseline");
    String type = data.datasetType();
    if (type == null) {
      return null;
    }
    if (type.equals("text/csv") || type.equals("application/x-parquet")) {
      if (!baseline.isArray()) {
        shap.values().wrongType(ptr, "a file path or an array of rows", baseline);
        return null;
      }
      return nonEmpty(rowsOf(baseline, ptr), ptr);
    }
    Expression<JsonNode> features =
        data.features() == null ? null : JmesPaths.compile(data.features(), "", new Problems());
    if (features == null) {
      return null; // rule 3 or rule 11 reports the missing or broken expression
    }
    if (type.equals("application/jsonlines")) {
      if (!baseline.isArray()) {
        shap.values().wrongType(ptr, "a file path or an array of JSON Lines records", baseline);
        return null;
      }
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 0; i < baseline.size(); i++) {
        List<Object> row = row(features.search(baseline.get(i)), ptr + "/" + i, data.features());
        if (row == null) {
          return null;
        }
        rows.add(row);
      }
      return nonEmpty(Collections.unmodifiableList(rows), ptr);
    }
    JsonNode matrix = features.search(baseline);
    if (matrix == null || !matrix.isArray()) {
      shap.problems()
          .schema(ptr, "features JMESPath " + data.features() + " does not yield a 2-D array");
      return null;
    }
    return nonEmpty(rowsOf(matrix, ptr), ptr);
  }

  private List<List<Object>> nonEmpty(List<List<Object>> rows, String ptr) {
    if (rows != null && rows.isEmpty()) {
      shap.problems().schema(ptr, "baseline has no rows; give at least one row or omit it");
      return null;
    }
    return rows;
  }

  private List<List<Object>> rowsOf(JsonNode array, String ptr) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode r = array.get(i);
      if (!r.isArray()) {
        shap.values().wrongType(ptr + "/" + i, "an array of feature values", r);
        return null;
      }
      List<Object> row = cells(r, ptr + "/" + i);
      if (row == null) {
        return null;
      }
      rows.add(row);
    }
    return Collections.unmodifiableList(rows);
  }

  private List<Object> row(JsonNode extracted, String ptr, String expression) {
    if (extracted == null || !extracted.isArray()) {
      shap.problems()
          .schema(ptr, "features JMESPath " + expression + " does not yield an array of values");
      return null;
    }
    return cells(extracted, ptr);
  }

  /** Returns the JSON-typed cells of one row; null elements are missing values. */
  private List<Object> cells(JsonNode row, String ptr) {
    List<Object> cells = new ArrayList<>();
    for (int j = 0; j < row.size(); j++) {
      Object cell = shap.values().scalar(row.get(j), ptr + "/" + j, true);
      if (cell == NodeValues.INVALID) {
        return null;
      }
      cells.add(cell);
    }
    return Collections.unmodifiableList(cells);
  }
}
