package dev.fairness.data;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ColumnRef;
import dev.fairness.config.DataHints;
import dev.fairness.config.FacetConfig;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.MethodsConfig;
import dev.fairness.config.PredictorConfig;
import dev.fairness.config.ReportConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link AnalysisConfig} records for the data tests; unset keys are absent. */
final class ConfigFixture {

  String datasetType = "text/csv";
  Path datasetUri;
  List<String> headers;
  ColumnRef label;
  ColumnRef predictedLabel;
  String features;
  final List<FacetConfig> facets = new ArrayList<>();
  ColumnRef groupVariable;
  final List<ColumnRef> excluded = new ArrayList<>();
  ColumnRef joinsource;
  Path facetDatasetUri;
  List<String> facetHeaders;
  Path predictedLabelDatasetUri;
  List<String> predictedLabelHeaders;

  static ConfigFixture csv(Path dataset) {
    ConfigFixture f = new ConfigFixture();
    f.datasetUri = dataset;
    return f;
  }

  static ConfigFixture json(String type, Path dataset, String features) {
    ConfigFixture f = csv(dataset);
    f.datasetType = type;
    f.features = features;
    return f;
  }

  ConfigFixture label(String name) {
    label = ColumnRef.ofName(name);
    return this;
  }

  ConfigFixture label(int index) {
    label = ColumnRef.ofIndex(index);
    return this;
  }

  ConfigFixture predicted(String name) {
    predictedLabel = ColumnRef.ofName(name);
    return this;
  }

  ConfigFixture facet(String name) {
    facets.add(new FacetConfig(ColumnRef.ofName(name), List.of()));
    return this;
  }

  ConfigFixture facet(int index) {
    facets.add(new FacetConfig(ColumnRef.ofIndex(index), List.of()));
    return this;
  }

  ConfigFixture headers(String... names) {
    headers = List.of(names);
    return this;
  }

  AnalysisConfig build() {
    Path dir = datasetUri == null ? Path.of(".") : datasetUri.toAbsolutePath().getParent();
    return new AnalysisConfig(
        dir.resolve("analysis.json"),
        datasetType,
        datasetUri,
        headers,
        label,
        predictedLabel,
        features,
        List.of(),
        null,
        List.copyOf(facets),
        groupVariable,
        List.copyOf(excluded),
        joinsource,
        facetDatasetUri,
        facetHeaders,
        predictedLabelDatasetUri,
        predictedLabelHeaders,
        new MethodsConfig(List.of("CI"), null, null, null, new ReportConfig("report", "t")),
        new PredictorConfig(null, null, null, null, null, null, null, null, null),
        LocalConfig.defaults(dir),
        null,
        DataHints.NONE);
  }
}
