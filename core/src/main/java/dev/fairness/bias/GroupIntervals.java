package dev.fairness.bias;

import dev.fairness.groups.GroupMetric;
import dev.fairness.groups.MetricFrame;
import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.GroupMetricsResult;
import dev.fairness.stats.BiasAccumulator;
import dev.fairness.stats.GroupCounts;
import dev.fairness.stats.TableBootstrap;
import java.util.ArrayList;
import java.util.List;

/**
 * Bootstrap intervals of one facet's group metrics (issue 18): the same multinomial table bootstrap
 * as the bias metrics, over the cells group × label × predicted label (plus the rows in no group,
 * which count in {@code overall}); each replicate is evaluated by {@link MetricFrame} itself, and
 * every value (per group, overall, the four aggregates, the summaries) gets the percentile interval
 * of its replicates. Stream {@code 2·2^32 + facet index}: independent of the bias metrics' streams.
 */
final class GroupIntervals {

  private GroupIntervals() {}

  /** Returns {@code result} with an interval on each of its values (where defined). */
  static GroupMetricsResult attach(
      GroupMetricsResult result,
      List<String> groups,
      List<GroupCounts> counts,
      GroupCounts overall,
      List<GroupMetric> metrics,
      BootstrapIntervals intervals,
      long facetIndex) {
    BiasAccumulator table = new BiasAccumulator();
    GroupCounts rest = overall;
    for (int g = 0; g < counts.size(); g++) {
      add(table, counts.get(g), g);
      rest = minus(rest, counts.get(g));
    }
    add(table, rest, BiasAccumulator.NO_STRATUM);
    TableBootstrap boot = new TableBootstrap(table, intervals.random((2L << 32) + facetIndex));
    int nBoot = intervals.nBoot();
    int size = result.values().size();
    double[][] draws = new double[size][nBoot];
    long[] cells = new long[boot.cellCount()];
    for (int r = 0; r < nBoot; r++) {
      boot.next(cells);
      List<GroupCounts> rep = new ArrayList<>(counts.size());
      long[] all = new long[4];
      for (int g = 0; g < counts.size(); g++) {
        rep.add(group(cells, g + 1, all));
      }
      group(cells, 0, all);
      GroupCounts total = GroupCounts.ofConfusion(all[3], all[1], all[2], all[0]);
      List<Double> values = MetricFrame.compute(groups, rep, total, metrics).values();
      for (int i = 0; i < size; i++) {
        Double v = values.get(i);
        draws[i][r] = v == null ? Double.NaN : v;
      }
    }
    List<ConfidenceInterval> out = new ArrayList<>(size);
    List<Double> values = result.values();
    for (int i = 0; i < size; i++) {
      out.add(values.get(i) == null ? null : intervals.interval(draws[i]));
    }
    return result.withIntervals(out);
  }

  /** Adds a group's confusion counts as the a-side cells of slot {@code stratum + 1}. */
  private static void add(BiasAccumulator table, GroupCounts c, int stratum) {
    table.add(false, true, true, stratum, c.tp());
    table.add(false, false, true, stratum, c.fp());
    table.add(false, true, false, stratum, c.fn());
    table.add(false, false, false, stratum, c.tn());
  }

  /** Returns the counts of slot {@code slot} and adds its cells to {@code all} (TN, FP, FN, TP). */
  private static GroupCounts group(long[] cells, int slot, long[] all) {
    int base = slot * 8;
    long[] c = new long[4];
    for (int k = 0; k < 4; k++) {
      c[k] = base + k < cells.length ? cells[base + k] : 0;
      all[k] += c[k];
    }
    return GroupCounts.ofConfusion(c[3], c[1], c[2], c[0]);
  }

  private static GroupCounts minus(GroupCounts a, GroupCounts b) {
    return GroupCounts.ofConfusion(
        a.tp() - b.tp(), a.fp() - b.fp(), a.fn() - b.fn(), a.tn() - b.tn());
  }
}
