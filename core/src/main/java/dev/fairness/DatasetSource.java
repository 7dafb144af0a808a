package dev.fairness;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.data.ColumnNeeds;
import dev.fairness.data.Dataset;
import dev.fairness.data.DatasetLoader;

/** Where an {@link Analyzer} gets its dataset: read for the run, or shared between models. */
interface DatasetSource {

  /** Reads the dataset of every run from its files ({@link DatasetLoader}). */
  DatasetSource READER =
      (config, needs, options, log) ->
          DatasetLoader.load(
              config, options.datasetOverride(), options.csvHeader(), options.limits(), needs, log);

  /**
   * Returns the dataset of {@code config} with at least the columns {@code needs} asks for; throws
   * {@link dev.fairness.data.DataException} (exit 3) as {@link DatasetLoader#load} does.
   */
  Dataset load(AnalysisConfig config, ColumnNeeds needs, AnalysisOptions options, RunLog log);
}
