package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads and checks the {@code methods} object (spec §2.5, §6.1, §7). */
final class MethodsReader {

  static final List<String> METHOD_KEYS =
      List.of(
          "pre_training_bias",
          "post_training_bias",
          "shap",
          "pdp",
          "report",
          "thresholds",
          "group_metrics");

  static final String DEFAULT_REPORT_NAME = "report";
  static final String DEFAULT_REPORT_TITLE = "Analysis Report";

  private final Section methods;

  /** Creates a reader for the {@code methods} object, which may be null (absent or invalid). */
  MethodsReader(Section methods) {
    this.methods = methods;
  }

  /** Returns true when {@code methods.<key>} is present (valid or not). */
  boolean requested(String key) {
    return methods != null && methods.has(key);
  }

  /**
   * Returns the methods; {@code data} supplies the dataset type and {@code features} expression the
   * baseline needs, {@code seedOverride} is {@code --seed}.
   */
  MethodsConfig read(DataKeys data, PathResolver paths, Long seedOverride) {
    if (methods == null) {
      return new MethodsConfig(
          null, null, null, null, new ReportConfig(DEFAULT_REPORT_NAME, DEFAULT_REPORT_TITLE));
    }
    methods.checkKeys(METHOD_KEYS, List.of("asymmetric_shapley_value"));
    if (METHOD_KEYS.subList(0, 4).stream().noneMatch(this::requested)
        && !requested("thresholds")
        && !requested("group_metrics")) {
      methods.problems().general("analysis_config must have at least one working method");
    }
    List<String> pre = metrics("pre_training_bias", MetricNames.PRE_TRAINING);
    List<String> post = metrics("post_training_bias", MetricNames.POST_TRAINING);
    Section shapSection = methods.object("shap");
    ShapConfig shap =
        shapSection == null ? null : new ShapReader(shapSection, paths).read(data, seedOverride);
    Section thresholds = methods.object("thresholds");
    Section groups = methods.object("group_metrics");
    return new MethodsConfig(
        pre,
        post,
        shap,
        pdp(),
        report(),
        thresholds == null ? null : ThresholdsConfig.read(thresholds),
        groups == null ? null : GroupMetricNames.read(groups));
  }

  /** Reads {@code methods.<key>.methods}; an absent inner key means {@code "all"}. */
  private List<String> metrics(String key, List<String> registered) {
    Section stage = methods.object(key);
    if (stage == null) {
      return null;
    }
    stage.checkKeys(List.of("methods"), List.of());
    JsonNode value = stage.get("methods");
    if (value == null) {
      return registered;
    }
    return MetricNames.parse(value, stage.at("methods"), registered, stage.problems());
  }

  private PdpConfig pdp() {
    Section pdp = methods.object("pdp");
    if (pdp == null) {
      return null;
    }
    pdp.checkKeys(List.of("grid_resolution", "features", "top_k_features"), List.of());
    Long grid = pdp.integer("grid_resolution", 1, Integer.MAX_VALUE);
    List<ColumnRef> features = pdp.columnRefList("features");
    Long topK = pdp.integer("top_k_features", 1, Integer.MAX_VALUE);
    return new PdpConfig(
        grid == null ? 15 : grid.intValue(),
        features == null ? List.of() : features,
        topK == null ? 10 : topK.intValue());
  }

  /** Reads {@code methods.report}; {@code name} is required when the object is present (SDK). */
  private ReportConfig report() {
    Section report = methods.object("report");
    if (report == null) {
      return new ReportConfig(DEFAULT_REPORT_NAME, DEFAULT_REPORT_TITLE);
    }
    report.checkKeys(List.of("name", "title"), List.of());
    if (!report.has("name")) {
      report.missing("name");
    }
    String name = report.string("name");
    if (name != null && !isFileStem(name)) {
      report
          .problems()
          .schema(
              report.at("name"),
              "invalid report name " + name + "; give a file name without directory separators");
    }
    int bytes = name == null ? 0 : name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > 250 && isFileStem(name)) {
      report
          .problems()
          .schema(
              report.at("name"),
              "report name is "
                  + bytes
                  + " bytes long; file names hold at most 255 bytes, so give at most 250"
                  + " (the report adds .html)");
    }
    String title = report.string("title");
    return new ReportConfig(
        name == null ? DEFAULT_REPORT_NAME : name, title == null ? DEFAULT_REPORT_TITLE : title);
  }

  private static boolean isFileStem(String name) {
    return !name.isBlank()
        && !name.equals(".")
        && !name.equals("..")
        && name.indexOf('/') < 0
        && name.indexOf('\\') < 0
        && name.indexOf('\0') < 0;
  }
}
