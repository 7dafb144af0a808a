package dev.fairness.config;

import java.nio.file.Path;
import java.util.List;

/**
 * A fully validated analysis configuration (spec §2), immutable. Paths are absolute (resolved
 * against the config file's directory). Optional keys that were absent are null (or empty lists).
 *
 * @param configFile the configuration file (absolute)
 * @param datasetType {@code text/csv}, {@code application/jsonlines} or {@code application/json}
 * @param datasetUri main dataset file or directory, or null when only {@code --dataset} gives it
 * @param headers column names, or null
 * @param label ground-truth label column / JMESPath, or null
 * @param predictedLabel predicted-label column / JMESPath, or null
 * @param features JMESPath to the features (JSON Lines / JSON), or null
 * @param labelValuesOrThreshold positive label values or one threshold (JSON-typed elements), or
 *     empty
 * @param probabilityThreshold {@code probability_threshold}, or null when absent (rule T of §8.4
 *     distinguishes absent from 0.5)
 * @param facets facet entries in config order
 * @param groupVariable group column, or null
 * @param excludedColumns columns never sent to the model
 * @param joinsource identifier column, or null
 * @param facetDatasetUri side file with facet columns, or null
 * @param facetHeaders its column names, or null
 * @param predictedLabelDatasetUri side file with predicted labels, or null
 * @param predictedLabelHeaders its column names, or null
 * @param methods requested methods
 * @param predictor model description with defaults filled
 * @param local runtime settings with defaults filled
 * @param predictedScore {@code predicted_score}: the column of the model's score for the positive
 *     class (our key, CSV only), or null; without {@code predicted_label} the predicted label is
 *     score {@code >} {@code probability_threshold}
 * @param hints our {@code label_kind} and {@code csv_delimiter} keys
 */
public record AnalysisConfig(
    Path configFile,
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
    MethodsConfig methods,
    PredictorConfig predictor,
    LocalConfig local,
    ColumnRef predictedScore,
    DataHints hints) {

  /** Creates a configuration; null {@code hints} become {@link DataHints#NONE}. */
  public AnalysisConfig {
    hints = hints == null ? DataHints.NONE : hints;
  }

  /** Returns {@code probability_threshold}, or 0.5 when absent. */
  public double effectiveProbabilityThreshold() {
    return probabilityThreshold == null ? 0.5 : probabilityThreshold;
  }

  /** Returns true when a model transport (command or URL) is configured. */
  public boolean hasModel() {
    return local.command() != null || local.endpointUrl() != null;
  }
}
