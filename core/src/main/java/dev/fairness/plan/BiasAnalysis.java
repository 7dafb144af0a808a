package dev.fairness.plan;

import dev.fairness.RunLog;
import dev.fairness.config.ConfigException;
import dev.fairness.data.Column;
import dev.fairness.data.Table;
import dev.fairness.metrics.BasicStats;
import dev.fairness.metrics.BiasMetric;
import dev.fairness.metrics.FacetView;
import dev.fairness.metrics.FlipTest;
import dev.fairness.metrics.FlipTestSource;
import dev.fairness.metrics.MetricEngine;
import dev.fairness.metrics.Stage;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.ModelPerformance;
import dev.fairness.stats.BiasAccumulator;
import dev.fairness.stats.BiasCounter;
import dev.fairness.stats.FacetCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bias analysis façade (spec §4, §5, run steps 4, 6 and 7 of §11): classifies the label, builds
 * the positive indexes, facet groups and strata, then computes the requested pre- and post-training
 * metrics per facet group, the §5.4 statistics and the model performance.
 */
public final class BiasAnalysis {

  private BiasAnalysis() {}

  /**
   * Returns the pre- and post-training reports. Everything that can stop the run (a facet without
   * threshold, an unusable value) is detected before any metric is computed; metric failures become
   * metric errors.
   *
   * @throws dev.fairness.data.DataException for data problems of spec §4 (exit 3)
   * @throws ConfigException for a facet that is the label or predicted-label column (exit 2)
   */
  public static BiasResults run(BiasInputs in, RunLog log) {
    Table table = in.table();
    Column label = table.column(in.label());
    LabelIndex labelIndex = LabelRule.positive(label, in.labelValues(), log);
    boolean post = in.postTraining() != null;
    PredictedIndex predicted = null;
    if (post) {
      if (in.predicted() == null) {
        throw new IllegalArgumentException("post-training bias needs a predicted-label column");
      }
      predicted =
          PredictedLabelRule.positive(
              in.predicted(),
              label,
              labelIndex,
              in.labelValues(),
              in.predictedMissingIsNegative(),
              log);
    }
    GroupVariable.Strata strata =
        in.group() == null ? null : GroupVariable.strata(table.column(in.group()));
    Map<String, List<FacetGroup>> facets = new LinkedHashMap<>();
    for (BiasInputs.Facet f : in.facets()) {
      if (f.column().equals(in.label())
          || (in.predicted() != null && f.column().equals(in.predicted().name()))) {
        throw new ConfigException("Facet " + f.column() + " cannot be the label column");
      }
      List<FacetGroup> groups = FacetSelector.groups(table.column(f.column()), f.values(), log);
      facets.computeIfAbsent(f.column(), k -> new ArrayList<>()).addAll(groups);
    }
    BiasReport pre = null;
    if (in.preTraining() != null) {
      log.info("Calculating pre-training bias metrics");
      List<BiasMetric> metrics = MetricEngine.resolve(Stage.PRE_TRAINING, in.preTraining());
      Map<String, List<FacetGroupResult>> out = new LinkedHashMap<>();
      facets.forEach(
          (name, groups) -> {
            List<FacetGroupResult> results = new ArrayList<>();
            for (FacetGroup g : groups) {
              BiasAccumulator acc = count(g, labelIndex.positive(), null, strata);
              FacetView view = view(acc, strata, null);
              results.add(
                  new FacetGroupResult(
                      g.valueOrThreshold(),
                      MetricEngine.evaluate(metrics, view, log),
                      BasicStats.groupStats(acc.overall(), false)));
            }
            out.put(name, results);
          });
      pre = new BiasReport(in.label(), labelIndex.text(), out, null);
    }
    BiasReport postReport = null;
    if (post) {
      postReport = postTraining(in, label, labelIndex, predicted, strata, facets, log);
    }
    return new BiasResults(pre, postReport);
  }

  private static BiasReport postTraining(
      BiasInputs in,
      Column label,
      LabelIndex labelIndex,
      PredictedIndex predicted,
      GroupVariable.Strata strata,
      Map<String, List<FacetGroup>> facets,
      RunLog log) {
    log.info("Calculating post-training bias metrics");
    List<BiasMetric> metrics = MetricEngine.resolve(Stage.POST_TRAINING, in.postTraining());
    Map<String, List<FacetGroupResult>> out = new LinkedHashMap<>();
    boolean[] y = labelIndex.positive();
    boolean[] yhat = predicted.positive();
    facets.forEach(
        (name, groups) -> {
          FlipMatrix matrix = predicted.usable() ? flipMatrix(in, name) : null;
          List<FacetGroupResult> results = new ArrayList<>();
          for (FacetGroup g : groups) {
            BiasAccumulator acc = count(g, y, yhat, strata);
            if (!predicted.usable()) {
              results.add(
                  new FacetGroupResult(
                      g.valueOrThreshold(),
                      MetricEngine.failAll(metrics, predicted.error(), log),
                      BasicStats.groupStats(acc.overall(), false)));
              continue;
            }
            boolean[] d = g.sensitive();
            FlipTestSource flip = () -> FlipTest.compute(matrix.values(), matrix.dims(), d, yhat);
            results.add(
                new FacetGroupResult(
                    g.valueOrThreshold(),
                    MetricEngine.evaluate(metrics, view(acc, strata, flip), log),
                    BasicStats.groupStats(acc.overall(), true)));
          }
          out.put(name, results);
        });
    ModelPerformance performance = null;
    if (predicted.usable()) {
      int n = y.length;
      FacetCounts all =
          BiasCounter.count(new boolean[n], y, yhat, null, BiasCounter.DEFAULT_CHUNK).overall();
      ConfusionTable table =
          labelIndex.kind() == ColumnKind.CATEGORICAL
              ? ConfusionTable.of(label, in.predicted())
              : ConfusionTable.empty();
      performance = BasicStats.performance(all.total(), table.labels(), table.counts());
    }
    return new BiasReport(in.label(), labelIndex.text(), out, performance);
  }

  private static BiasAccumulator count(
      FacetGroup g, boolean[] y, boolean[] yhat, GroupVariable.Strata strata) {
    return BiasCounter.count(
        g.sensitive(), y, yhat, strata == null ? null : strata.codes(), BiasCounter.DEFAULT_CHUNK);
  }

  private static FacetView view(
      BiasAccumulator acc, GroupVariable.Strata strata, FlipTestSource flip) {
    return new FacetView(
        acc.overall(), strata == null ? null : acc.byStratum(strata.count()), flip);
  }

  /** Returns the FT matrix for one facet column: the candidates minus facet, label, prediction. */
  private static FlipMatrix flipMatrix(BiasInputs in, String facet) {
    List<Column> cols = new ArrayList<>();
    String predictedName = in.predicted() == null ? null : in.predicted().name();
    for (String c : in.flipTestColumns()) {
      if (!c.equals(facet) && !c.equals(in.label()) && !c.equals(predictedName)) {
        cols.add(in.table().column(c));
      }
    }
    return new FlipMatrix(cols, in.table().rowCount());
  }
}
