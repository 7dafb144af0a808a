package dev.fairness.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The validated top-level data keys of spec §2.2/§2.3, before they are combined with {@code
 * methods}, {@code predictor} and {@code local} into an {@link AnalysisConfig}. Components mean
 * what the same-named components of {@link AnalysisConfig} mean.
 */
record DataKeys(
    String datasetType,
    Path datasetUri,
    List<String> headers,
    ColumnRef label,
    ColumnRef predictedLabel,
    String features,
    List<Object> labelValuesOrThreshold,
    Double probabilityThreshold,
    List<FacetConfig> facets,
    ColumnRef groupVariable,
    List<ColumnRef> excludedColumns,
    ColumnRef joinsource,
    Path facetDatasetUri,
    List<String> facetHeaders,
    Path predictedLabelDatasetUri,
    List<String> predictedLabelHeaders,
    ColumnRef predictedScore) {

  /** Returns true for {@code application/jsonlines} and {@code application/json}. */
  static boolean isJson(String datasetType) {
    return "application/jsonlines".equals(datasetType) || "application/json".equals(datasetType);
  }
}
