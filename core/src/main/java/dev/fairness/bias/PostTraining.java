package dev.fairness.bias;

import dev.fairness.RunLog;
import dev.fairness.bias.count.ConfusionTable;
import dev.fairness.bias.count.RowSet;
import dev.fairness.data.Column;
import dev.fairness.metrics.BasicStats;
import dev.fairness.metrics.BiasMetric;
import dev.fairness.metrics.FlipTest;
import dev.fairness.metrics.FlipTestSource;
import dev.fairness.metrics.MetricEngine;
import dev.fairness.metrics.Stage;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.ModelPerformance;
import dev.fairness.stats.BiasAccumulator;
import dev.fairness.stats.GroupCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The post-training part of {@link BiasAnalysis}: metrics per facet group, model performance. */
final class PostTraining {

  private PostTraining() {}

  static BiasReport report(
      BiasInputs in,
      Column label,
      LabelIndex labelIndex,
      PredictedIndex predicted,
      GroupVariable.Strata strata,
      Map<String, List<FacetSplit>> facets,
      Map<FacetSplit, SplitCounts> counts,
      RunLog log) {
    log.info("Calculating post-training bias metrics");
    List<BiasMetric> metrics = MetricEngine.resolve(Stage.POST_TRAINING, in.postTraining());
    FlipPredictions yhat = new FlipPredictions(predicted);
    Map<String, FlipMatrix> matrices = new HashMap<>(); // one per facet column
    Map<String, List<FacetGroupResult>> out =
        BiasAnalysis.eachGroup(
            facets,
            (name, split, g) -> {
              BiasAccumulator acc = counts.get(split).post(g);
              String group = split.groups().get(g);
              if (!predicted.usable()) {
                return new FacetGroupResult(
                    group,
                    MetricEngine.failAll(metrics, predicted.error(), log),
                    BasicStats.groupStats(acc.overall(), false));
              }
              FlipMatrix matrix = matrices.computeIfAbsent(name, n -> flipMatrix(in, n));
              FlipTestSource flip =
                  () -> {
                    double[] values = matrix.values();
                    return FlipTest.compute(
                        values, matrix.dims(), split.sensitive(g), yhat.booleans());
                  };
              return new FacetGroupResult(
                  group,
                  MetricEngine.evaluate(metrics, BiasAnalysis.view(acc, strata, flip), log),
                  BasicStats.groupStats(acc.overall(), true));
            });
    ModelPerformance performance = null;
    if (predicted.usable()) {
      GroupCounts all = null;
      ConfusionTable table = null;
      for (SplitCounts c : counts.values()) {
        all = all != null ? all : c.all();
        table = table != null ? table : c.confusion();
      }
      if (all == null) {
        all = all(labelIndex.positive(), predicted.positive(), in.rowCounts());
      }
      if (labelIndex.kind() != ColumnKind.CATEGORICAL) {
        table = ConfusionTable.empty();
      } else if (table == null) {
        table =
            ConfusionTable.of(
                label,
                labelIndex.positive().codes(),
                in.predicted(),
                predicted.positive().codes(),
                in.rowCounts());
      }
      performance = BasicStats.performance(all, table.labels(), table.counts());
    }
    return new BiasReport(in.label(), labelIndex.text(), out, performance);
  }

  /** Returns the confusion counts of all rows, counted row by row. */
  private static GroupCounts all(RowSet y, RowSet yhat, long[] counts) {
    long[] c = new long[4];
    for (int i = 0, n = y.size(); i < n; i++) {
      c[(y.contains(i) ? 2 : 0) + (yhat.contains(i) ? 1 : 0)] += counts == null ? 1 : counts[i];
    }
    return GroupCounts.ofConfusion(c[3], c[1], c[2], c[0]);
  }

  /** Returns the FT matrix for one facet column: the candidates minus facet, label, prediction. */
  private static FlipMatrix flipMatrix(BiasInputs in, String facet) {
    List<Column> cols = new ArrayList<>();
    String predictedName = in.predicted() == null ? null : in.predicted().name();
    List<String> members = List.of(facet);
    for (BiasInputs.Facet f : in.facets()) {
      members = f.column().equals(facet) ? f.members() : members;
    }
    for (String c : in.flipTestColumns()) {
      if (!members.contains(c) && !c.equals(in.label()) && !c.equals(predictedName)) {
        cols.add(in.table().column(c));
      }
    }
    return new FlipMatrix(cols, in.table().rowCount());
  }

  /** The positive predictions as one boolean per row, made on FlipTest's first use only. */
  private static final class FlipPredictions {
    private final PredictedIndex predicted;
    private boolean[] booleans;

    FlipPredictions(PredictedIndex predicted) {
      this.predicted = predicted;
    }

    synchronized boolean[] booleans() {
      if (booleans == null) {
        booleans = predicted.positive().toBooleans();
      }
      return booleans;
    }
  }
}
