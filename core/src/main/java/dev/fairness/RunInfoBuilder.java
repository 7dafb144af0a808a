package dev.fairness;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.FacetConfig;
import dev.fairness.config.MethodsConfig;
import dev.fairness.data.Dataset;
import dev.fairness.data.FacetColumn;
import dev.fairness.result.BiasReport;
import dev.fairness.result.RunInfo;
import dev.fairness.text.ValueText;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the report header and configuration summary (spec §9.6 sections 1–2). The time comes from
 * {@code SOURCE_DATE_EPOCH} when set; {@code FAIRNESS_REPORT_STABLE=1} shows the dataset's file
 * name only and no tool version, so reports compare byte for byte across machines.
 */
final class RunInfoBuilder {

  private RunInfoBuilder() {}

  static RunInfo build(
      AnalysisConfig config,
      Dataset ds,
      BiasReport anyBias,
      String toolVersion,
      Map<String, String> env,
      List<String> warnings) {
    boolean stable = "1".equals(env.get("FAIRNESS_REPORT_STABLE"));
    Path dataset = config.datasetUri();
    String datasetShown =
        dataset == null ? "" : stable ? String.valueOf(dataset.getFileName()) : dataset.toString();
    String label = null;
    if (ds.label() != null) {
      String values =
          anyBias != null
              ? anyBias.labelValueOrThreshold()
              : config.labelValuesOrThreshold().stream()
                  .map(ValueText::render)
                  .collect(Collectors.joining(","));
      label = ds.label() + " = " + values;
    }
    List<String> facets = new ArrayList<>();
    if (anyBias != null) {
      // the resolved groups say what was compared: "(2, 4]" rather than the threshold "2"
      anyBias
          .facets()
          .forEach(
              (name, groups) ->
                  facets.add(
                      name
                          + ": "
                          + groups.stream()
                              .map(g -> g.valueOrThreshold())
                              .collect(Collectors.joining("; "))));
    }
    for (FacetColumn f : anyBias != null ? List.<FacetColumn>of() : ds.facets()) {
      FacetConfig fc = f.config();
      String values =
          fc.valueOrThreshold() == null || fc.valueOrThreshold().isEmpty()
              ? "each value against the rest"
              : fc.valueOrThreshold().stream()
                  .map(ValueText::render)
                  .collect(Collectors.joining(", "));
      facets.add(f.column() + ": " + values);
    }
    return new RunInfo(
        config.methods().report().title(),
        config.methods().report().name(),
        generatedAt(env),
        stable ? null : toolVersion,
        datasetShown,
        config.datasetType(),
        ds.table().rowCount(),
        label,
        facets,
        ds.groupVariable(),
        methods(config.methods()),
        ModelSession.describe(config),
        warnings);
  }

  static String generatedAt(Map<String, String> env) {
    String epoch = env.get("SOURCE_DATE_EPOCH");
    Instant t;
    if (epoch != null && epoch.strip().matches("\\d+")) {
      t = Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
    } else {
      t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }

  private static List<String> methods(MethodsConfig m) {
    List<String> out = new ArrayList<>();
    if (m.preTraining() != null) {
      out.add("pre-training bias: " + String.join(", ", m.preTraining()));
    }
    if (m.postTraining() != null) {
      out.add("post-training bias: " + String.join(", ", m.postTraining()));
    }
    if (m.shap() != null) {
      out.add(
          "Kernel SHAP ("
              + (m.shap().aggMethod() == null ? "mean_abs" : m.shap().aggMethod())
              + ")");
    }
    if (m.pdp() != null) {
      out.add("partial dependence (grid " + m.pdp().gridResolution() + ")");
    }
    return out;
  }
}
