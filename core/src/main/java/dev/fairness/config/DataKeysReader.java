package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and checks the top-level data keys of the configuration (spec §2.2, §2.3). */
final class DataKeysReader {

  /** Top-level keys in the order of spec §2.2. */
  static final List<String> TOP_LEVEL_KEYS =
      List.of(
          "version",
          "dataset_type",
          "dataset_uri",
          "headers",
          "label",
          "predicted_label",
          "predicted_score",
          "features",
          "label_values_or_threshold",
          "probability_threshold",
          "facet",
          "group_variable",
          "excluded_columns",
          "joinsource_name_or_index",
          "facet_dataset_uri",
          "facet_headers",
          "predicted_label_dataset_uri",
          "predicted_label_headers",
          "methods",
          "predictor",
          "local",
          "label_kind",
          "csv_delimiter");

  static final List<String> DATASET_TYPES =
      List.of("text/csv", "application/jsonlines", "application/json", "application/x-parquet");

  private static final List<String> UNSUPPORTED_KEYS =
      List.of("time_series_data_config", "segment_config");

  private static final List<String> UNSUPPORTED_DATASET_TYPES =
      List.of("application/x-image", "application/sagemakercapturejson");

  /** Default column name of the predicted label in {@code predicted_label_dataset_uri} (§2.2). */
  static final String DEFAULT_PREDICTED_LABEL = "predicted_label";

  private final Section root;
  private final PathResolver paths;

  DataKeysReader(Section root, PathResolver paths) {
    this.root = root;
    this.paths = paths;
  }

  /** Returns the data keys; problems are recorded, invalid values become null. */
  DataKeys read(ConfigOverrides overrides) {
    root.checkKeys(TOP_LEVEL_KEYS, UNSUPPORTED_KEYS);
    root.string(ConfigSchema.SCHEMA_KEY);
    root.string("version");
    String datasetType = datasetType();
    Path datasetUri = datasetUri(overrides);
    List<String> headers = root.stringList("headers");
    boolean json = DataKeys.isJson(datasetType);
    ColumnRef label = labelRef("label", json);
    ColumnRef predictedLabel = labelRef("predicted_label", json);
    ColumnRef predictedScore = labelRef("predicted_score", json);
    String features = features(datasetType);
    List<Object> lvot = root.scalarList("label_values_or_threshold");
    Double probabilityThreshold = root.number("probability_threshold");
    List<FacetConfig> facets = facets();
    ColumnRef groupVariable = root.columnRef("group_variable");
    List<ColumnRef> excluded = root.columnRefList("excluded_columns");
    ColumnRef joinsource = root.columnRef("joinsource_name_or_index");
    Path facetUri = paths.resolve(root.string("facet_dataset_uri"), root.at("facet_dataset_uri"));
    List<String> facetHeaders = root.stringList("facet_headers");
    Path plUri =
        paths.resolve(
            root.string("predicted_label_dataset_uri"), root.at("predicted_label_dataset_uri"));
    List<String> plHeaders = root.stringList("predicted_label_headers");
    if (plUri != null && predictedLabel == null && !root.has("predicted_label")) {
      predictedLabel = ColumnRef.ofName(DEFAULT_PREDICTED_LABEL);
    }
    checkSideFiles(datasetType);
    return new DataKeys(
        datasetType,
        datasetUri,
        headers,
        label,
        predictedLabel,
        features,
        lvot == null ? List.of() : lvot,
        probabilityThreshold,
        facets,
        groupVariable,
        excluded == null ? List.of() : excluded,
        joinsource,
        facetUri,
        facetHeaders,
        plUri,
        plHeaders,
        predictedScore);
  }

  private String datasetType() {
    if (!root.has("dataset_type")) {
      root.missing("dataset_type");
      return null;
    }
    String raw = root.string("dataset_type");
    if (raw != null && UNSUPPORTED_DATASET_TYPES.contains(raw.toLowerCase(Locale.ROOT))) {
      root.problems().general("dataset_type " + raw + ": not supported by this tool");
      return null;
    }
    return raw == null ? null : root.enumString("dataset_type", DATASET_TYPES);
  }

  private Path datasetUri(ConfigOverrides overrides) {
    if (overrides.dataset() != null) {
      root.string("dataset_uri");
      String text = overrides.dataset().toString();
      if (text.toLowerCase(Locale.ROOT).startsWith("s3:")) {
        root.problems().general("--dataset: S3 URIs are not supported; use a local path");
        return null;
      }
      return overrides.dataset().toAbsolutePath().normalize();
    }
    if (!root.has("dataset_uri")) {
      root.problems()
          .schema(root.at("dataset_uri"), "required key is missing; give it or --dataset");
      return null;
    }
    return paths.resolve(root.string("dataset_uri"), root.at("dataset_uri"));
  }

  /**
   * Reads {@code label} or {@code predicted_label}: for JSON dataset types a string is a JMESPath
   * (compiled now) and an integer i becomes the JMESPath {@code [i]} (spec §3.4).
   */
  private ColumnRef labelRef(String key, boolean json) {
    ColumnRef ref = root.columnRef(key);
    if (ref == null || !json) {
      return ref;
    }
    if (ref.isIndex()) {
      return ColumnRef.ofName("[" + ref.index() + "]");
    }
    JmesPaths.compile(ref.name(), root.at(key), root.problems());
    return ref;
  }

  private String features(String datasetType) {
    String features = root.string("features");
    if (features == null) {
      return null;
    }
    if (!DataKeys.isJson(datasetType)) {
      root.log().warn("features: ignored for dataset_type " + datasetType);
      return null;
    }
    JmesPaths.compile(features, root.at("features"), root.problems());
    return features;
  }

  private List<FacetConfig> facets() {
    JsonNode v = root.get("facet");
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      root.values().wrongType(root.at("facet"), "an array of objects", v);
      return List.of();
    }
    List<FacetConfig> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      String ptr = root.at("facet") + "/" + i;
      JsonNode e = v.get(i);
      if (!e.isObject()) {
        root.values().wrongType(ptr, "an object", e);
        continue;
      }
      Section facet = new Section((ObjectNode) e, ptr, root.problems(), root.log());
      facet.checkKeys(List.of("name_or_index", "value_or_threshold", "kind"), List.of());
      if (!facet.has("name_or_index")) {
        facet.missing("name_or_index");
      }
      if (facet.get("name_or_index") != null && facet.get("name_or_index").isArray()) {
        FacetConfig f = IntersectionReader.read(facet);
        if (f != null) {
          out.add(f);
        }
        continue;
      }
      ColumnRef name = facet.columnRef("name_or_index");
      List<Object> values = facet.scalarList("value_or_threshold");
      String kind = facet.enumString("kind", DataHints.KINDS);
      out.add(new FacetConfig(name, values == null ? List.of() : values, kind));
    }
    return List.copyOf(out.stream().filter(f -> f.nameOrIndex() != null).toList());
  }

  /** Returns our {@code label_kind} and {@code csv_delimiter} keys; problems are recorded. */
  DataHints hints() {
    String labelKind = root.enumString("label_kind", DataHints.KINDS);
    Character delimiter = null;
    String d = root.string("csv_delimiter");
    if (d != null) {
      if (DataHints.DELIMITERS.contains(d)) {
        delimiter = d.charAt(0);
      } else {
        root.problems()
            .schema(
                root.at("csv_delimiter"),
                "unsupported value \""
                    + d.replace("\t", "\\t")
                    + "\"; allowed values are \",\", \";\", \"\\t\", \"|\", \" \"");
      }
    }
    return labelKind == null && delimiter == null
        ? DataHints.NONE
        : new DataHints(labelKind, delimiter);
  }

  private void checkSideFiles(String datasetType) {
    if (datasetType == null || datasetType.equals("text/csv")) {
      return;
    }
    if (root.has("facet_dataset_uri") || root.has("facet_headers")) {
      root.problems()
          .general(
              "The parameters 'facet_dataset_uri' and 'facet_headers' are not supported for"
                  + " dataset_type '"
                  + datasetType
                  + "'.");
    }
    if (root.has("predicted_label_dataset_uri") || root.has("predicted_label_headers")) {
      root.problems()
          .general(
              "The parameters 'predicted_label_dataset_uri' and 'predicted_label_headers' are not"
                  + " supported for dataset_type '"
                  + datasetType
                  + "'.");
    }
  }
}
