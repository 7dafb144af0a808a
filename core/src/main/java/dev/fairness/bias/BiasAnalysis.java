package dev.fairness.bias;

import dev.fairness.RunLog;
import dev.fairness.bias.count.RowSet;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.config.ConfigException;
import dev.fairness.data.Column;
import dev.fairness.data.Table;
import dev.fairness.metrics.BasicStats;
import dev.fairness.metrics.BiasMetric;
import dev.fairness.metrics.FacetView;
import dev.fairness.metrics.FlipTestSource;
import dev.fairness.metrics.MetricEngine;
import dev.fairness.metrics.Stage;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.GroupMetricsResult;
import dev.fairness.result.MetricValue;
import dev.fairness.stats.BiasAccumulator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bias analysis façade (spec §4, §5, run steps 4, 6 and 7 of §11): classifies the label, builds
 * the positive indexes, facet groups and strata, then computes the requested pre- and post-training
 * metrics per facet group, the §5.4 statistics and the model performance.
 *
 * <p>Rules on values run once per value code ({@link ValueCodes}), and each facet entry's rows are
 * counted in one pass ({@link SplitCounts}) that serves both stages and the model performance;
 * nothing is boxed or kept per group per row.
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
    return run(in, log, null);
  }

  /**
   * Returns the reports as {@link #run(BiasInputs, RunLog)} does, with a confidence interval on
   * each count-based metric when {@code intervals} is not null.
   */
  public static BiasResults run(BiasInputs in, RunLog log, BootstrapIntervals intervals) {
    Table table = in.table();
    Column label = table.column(in.label());
    ColumnKind labelKind = ColumnKind.parse(in.labelKind());
    long[] w = in.rowCounts();
    if (w != null && in.postTraining() != null && in.postTraining().contains("FT")) {
      throw new IllegalArgumentException("FT needs the dataset rows, not a counted table");
    }
    LabelIndex labelIndex = LabelRule.positive(label, in.labelValues(), w, labelKind, log);
    boolean post = in.postTraining() != null;
    boolean groupMetrics = in.groupMetrics() != null;
    PredictedIndex predicted = null;
    if (post || groupMetrics) {
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
              w,
              labelKind,
              log);
    }
    GroupVariable.Strata strata =
        in.group() == null ? null : GroupVariable.strata(table.column(in.group()));
    Map<String, List<FacetSplit>> facets = new LinkedHashMap<>();
    Map<String, FacetSplit> partitions = new LinkedHashMap<>();
    split(in, facets, partitions, w, log);
    boolean usable = (post || groupMetrics) && predicted.usable();
    RowSet yhat = usable ? predicted.positive() : null;
    boolean byValue = post && predicted.usable() && labelIndex.kind() == ColumnKind.CATEGORICAL;
    Map<FacetSplit, SplitCounts> counts = new IdentityHashMap<>();
    for (List<FacetSplit> splits : facets.values()) {
      for (FacetSplit split : splits) {
        counts.put(
            split, SplitCounts.count(split, labelIndex.positive(), yhat, strata, byValue, w));
        byValue = false; // one tally by value gives the confusion matrix
      }
    }
    SmallGroups.check(facets, counts, facetKeys(in), log);
    BiasReport pre =
        in.preTraining() == null
            ? null
            : preReport(in, labelIndex, strata, facets, counts, log, intervals);
    BiasReport postReport = null;
    if (post) {
      postReport =
          PostTraining.report(
              in, label, labelIndex, predicted, strata, facets, counts, log, intervals);
    }
    Map<String, GroupMetricsResult> groups = null;
    if (groupMetrics) {
      groups = groupMetrics(in, facets, partitions, counts, labelIndex, predicted, log, intervals);
    }
    return new BiasResults(pre, postReport, groups);
  }

  /** Returns facet column to the config key of its first entry, {@code facet[i]}. */
  static Map<String, String> facetKeys(BiasInputs in) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (int i = 0; i < in.facets().size(); i++) {
      keys.putIfAbsent(in.facets().get(i).column(), "facet[" + i + "]");
    }
    return keys;
  }

  /** Returns the pre-training report: every requested metric of every facet group. */
  private static BiasReport preReport(
      BiasInputs in,
      LabelIndex labelIndex,
      GroupVariable.Strata strata,
      Map<String, List<FacetSplit>> facets,
      Map<FacetSplit, SplitCounts> counts,
      RunLog log,
      BootstrapIntervals intervals) {
    log.info("Calculating pre-training bias metrics");
    List<BiasMetric> metrics = MetricEngine.resolve(Stage.PRE_TRAINING, in.preTraining());
    long[] stream = {0};
    Map<String, List<FacetGroupResult>> out =
        eachGroup(
            facets,
            (name, split, g) -> {
              BiasAccumulator acc = counts.get(split).pre(g);
              List<MetricValue> values =
                  MetricEngine.evaluate(metrics, view(acc, strata, null), log);
              if (intervals != null) {
                values = intervals.attach(values, metrics, acc, strata, stream[0]++);
              }
              return new FacetGroupResult(
                  split.groups().get(g), values, BasicStats.groupStats(acc.overall(), false));
            });
    return new BiasReport(in.label(), labelIndex.text(), out, null);
  }

  /**
   * Fills facet key to its entries' splits and, for intersections, facet key to its partition.
   *
   * @throws ConfigException for a facet column that is the label or predicted-label column
   */
  private static void split(
      BiasInputs in,
      Map<String, List<FacetSplit>> facets,
      Map<String, FacetSplit> partitions,
      long[] w,
      RunLog log) {
    for (int i = 0; i < in.facets().size(); i++) {
      BiasInputs.Facet f = in.facets().get(i);
      for (String member : f.members()) {
        if (member.equals(in.label())
            || (in.predicted() != null && member.equals(in.predicted().name()))) {
          throw new ConfigException("Facet " + member + " cannot be the label column");
        }
      }
      List<FacetSplit> entry = facets.computeIfAbsent(f.column(), k -> new ArrayList<>());
      if (f.intersectional()) {
        IntersectionSelector.Result r = IntersectionSelector.groups(in.table(), f, log);
        entry.add(r.split());
        partitions.putIfAbsent(f.column(), r.partition());
      } else {
        entry.addAll(
            FacetSelector.splits(
                in.table().column(f.column()),
                f.values(),
                w,
                ColumnKind.parse(f.kind()),
                "facet[" + i + "]",
                log));
      }
    }
  }

  /** Returns the group metrics, or null with a warning when the predictions are unusable. */
  private static Map<String, GroupMetricsResult> groupMetrics(
      BiasInputs in,
      Map<String, List<FacetSplit>> facets,
      Map<String, FacetSplit> partitions,
      Map<FacetSplit, SplitCounts> counts,
      LabelIndex labelIndex,
      PredictedIndex predicted,
      RunLog log,
      BootstrapIntervals intervals) {
    if (!predicted.usable()) {
      log.warn("Group metrics are not computed: " + predicted.error());
      return null;
    }
    log.info("Calculating group metrics");
    return GroupPartitions.compute(
        in,
        facets,
        partitions,
        counts,
        labelIndex.positive(),
        predicted.positive(),
        in.groupMetrics(),
        intervals,
        facetKeys(in),
        log);
  }

  /** The result of one group ({@code group}, an index into {@code split.groups()}) of a facet. */
  @FunctionalInterface
  interface GroupResult {
    /** Returns the result of the group. */
    FacetGroupResult of(String facet, FacetSplit split, int group);
  }

  /**
   * Returns, per facet column in configuration order, the results of every group of each of its
   * splits in order: the facet × group loop both stages share.
   */
  static Map<String, List<FacetGroupResult>> eachGroup(
      Map<String, List<FacetSplit>> facets, GroupResult result) {
    Map<String, List<FacetGroupResult>> out = new LinkedHashMap<>();
    facets.forEach(
        (name, splits) -> {
          List<FacetGroupResult> results = new ArrayList<>();
          for (FacetSplit split : splits) {
            for (int g = 0; g < split.groups().size(); g++) {
              results.add(result.of(name, split, g));
            }
          }
          out.put(name, results);
        });
    return out;
  }

  /** Returns what the metrics see of one facet group's counts. */
  static FacetView view(BiasAccumulator acc, GroupVariable.Strata strata, FlipTestSource flip) {
    return new FacetView(
        acc.overall(), strata == null ? null : acc.byStratum(strata.count()), flip);
  }
}
