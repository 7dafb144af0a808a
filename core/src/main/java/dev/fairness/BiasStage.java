package dev.fairness;

import dev.fairness.bias.BiasAnalysis;
import dev.fairness.bias.BiasInputs;
import dev.fairness.bias.BiasResults;
import dev.fairness.bias.BootstrapIntervals;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ConfidenceConfig;
import dev.fairness.data.Column;
import dev.fairness.data.Dataset;
import dev.fairness.data.FacetColumn;
import dev.fairness.metrics.MetricEngine;
import dev.fairness.metrics.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Steps 4, 6 and 7 of spec §11: label and facet semantics, then the requested bias metrics. */
final class BiasStage {

  private BiasStage() {}

  /**
   * Returns the two bias sections and the group metrics; each is null when not requested. {@code
   * seed} (the run's) seeds the bootstrap of {@code methods.confidence}.
   */
  static BiasResults run(
      AnalysisConfig config, Dataset ds, Column predicted, long seed, RunLog log) {
    List<BiasInputs.Facet> facets = facets(ds);
    List<String> post = config.methods().postTraining();
    List<String> ftColumns = new ArrayList<>();
    if (MetricEngine.readsFeatures(Stage.POST_TRAINING, post)) {
      for (Column c : ds.table().loadedColumns()) {
        String n = c.name();
        if (!n.equals(ds.label())
            && !Objects.equals(n, ds.predictedLabel())
            && !Objects.equals(n, ds.joinsource())) {
          ftColumns.add(n);
        }
      }
    }
    BiasInputs in =
        new BiasInputs(
            ds.table(),
            ds.label(),
            config.labelValuesOrThreshold(),
            predicted,
            config.predictor().singleLabelHeader() && ds.predictedLabel() == null,
            facets,
            ds.groupVariable(),
            ftColumns,
            config.methods().preTraining(),
            post,
            config.methods().groupMetrics(),
            null,
            config.hints().labelKind());
    ConfidenceConfig ci = config.methods().confidence();
    return BiasAnalysis.run(
        in, log, ci == null ? null : new BootstrapIntervals(ci.nBoot(), ci.level(), seed));
  }

  /**
   * Returns the bias engine's facet entries of the dataset's {@code facet[]}: column (or
   * intersection key), values, member columns, combinations and {@code kind}.
   */
  static List<BiasInputs.Facet> facets(Dataset ds) {
    List<BiasInputs.Facet> facets = new ArrayList<>();
    for (FacetColumn f : ds.facets()) {
      List<Object> values = f.config().valueOrThreshold();
      facets.add(
          new BiasInputs.Facet(
              f.column(),
              values == null ? List.of() : values,
              f.members(),
              f.config().combinations(),
              f.config().kind()));
    }
    return facets;
  }
}
