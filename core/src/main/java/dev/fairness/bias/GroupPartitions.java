package dev.fairness.bias;

import dev.fairness.RunLog;
import dev.fairness.bias.count.RowSet;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.Column;
import dev.fairness.groups.GroupMetric;
import dev.fairness.groups.MetricFrame;
import dev.fairness.result.GroupMetricsResult;
import dev.fairness.stats.FacetCounts;
import dev.fairness.stats.GroupCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The group metrics of every facet (issue 17): each facet's rows partitioned into its groups — its
 * distinct values, combinations, or for a threshold the interval and the other rows ({@code not
 * (40, 90]}, missing cells included, as Clarify's rest) — with each group's confusion counts taken
 * from the facet's tally, then Fairlearn's {@code MetricFrame} over them ({@link MetricFrame}).
 *
 * <p>A one-vs-rest entry is its own partition, and a threshold entry's two groups are its d and
 * rest, so neither costs a pass over the rows; an entry with values is tallied once more by value.
 * Rows whose facet cell is missing belong to no group but count in {@code overall}.
 */
final class GroupPartitions {

  private GroupPartitions() {}

  /**
   * Returns facet key to group metrics, in facet order.
   *
   * @param facets facet key to its entries' splits
   * @param partitions facet key to its partition, for intersections
   * @param counts each split's counts (with predictions)
   * @param y the positive label rows
   * @param yhat the positive predicted rows
   * @param ids the requested metric ids
   * @param intervals the run's bootstrap intervals, or null for none
   */
  static Map<String, GroupMetricsResult> compute(
      BiasInputs in,
      Map<String, List<FacetSplit>> facets,
      Map<String, FacetSplit> partitions,
      Map<FacetSplit, SplitCounts> counts,
      RowSet y,
      RowSet yhat,
      List<String> ids,
      BootstrapIntervals intervals) {
    return compute(
        in, facets, partitions, counts, y, yhat, ids, intervals, Map.of(), RunLog.silent());
  }

  /**
   * Returns {@link #compute(BiasInputs, Map, Map, Map, RowSet, RowSet, List, BootstrapIntervals)},
   * raising {@code small-group} for each group under 30 rows that is not a facet group of the bias
   * metrics already (whose {@code where} is the facet's config key).
   */
  static Map<String, GroupMetricsResult> compute(
      BiasInputs in,
      Map<String, List<FacetSplit>> facets,
      Map<String, FacetSplit> partitions,
      Map<FacetSplit, SplitCounts> counts,
      RowSet y,
      RowSet yhat,
      List<String> ids,
      BootstrapIntervals intervals,
      Map<String, String> where,
      RunLog log) {
    List<GroupMetric> metrics = new ArrayList<>();
    for (String id : ids) {
      metrics.add(GroupMetric.byId(id));
    }
    Map<String, GroupMetricsResult> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<FacetSplit>> e : facets.entrySet()) {
      FacetSplit first = e.getValue().get(0);
      FacetSplit partition = partitions.get(e.getKey());
      List<String> groups;
      List<GroupCounts> groupCounts = new ArrayList<>();
      SplitCounts c;
      if (partition == null && first.only() == null && e.getValue().size() == 1) {
        partition = first;
      }
      if (partition == null && continuous(in, e.getKey())) {
        c = counts.get(first);
        FacetCounts dRest = c.post(0).overall();
        String text = first.groups().get(0);
        groups = List.of(text, "not " + text);
        groupCounts.add(dRest.facet());
        groupCounts.add(dRest.rest());
      } else {
        if (partition == null) {
          Column column = in.table().column(e.getKey());
          partition = FacetSelector.oneVersusRest(column, ValueCodes.of(column), RunLog.silent());
        }
        c = counts.get(partition);
        if (c == null) {
          c = SplitCounts.count(partition, y, yhat, null, false);
        }
        groups = partition.groups();
        for (int g = 0; g < groups.size(); g++) {
          groupCounts.add(c.post(g).overall().facet());
        }
      }
      SmallGroups.check(e.getKey(), e.getValue(), groups, groupCounts, where, log);
      if (!groups.isEmpty() && c.all() != null) {
        GroupMetricsResult r = MetricFrame.compute(groups, groupCounts, c.all(), metrics);
        if (intervals != null) {
          r =
              GroupIntervals.attach(
                  r, groups, groupCounts, c.all(), metrics, intervals, out.size());
        }
        out.put(e.getKey(), r);
      }
    }
    return out;
  }

  /** Returns true when a one-column facet with values is classified CONTINUOUS (a threshold). */
  private static boolean continuous(BiasInputs in, String facet) {
    for (BiasInputs.Facet f : in.facets()) {
      if (f.column().equals(facet) && !f.intersectional()) {
        Column c = in.table().column(facet);
        return ColumnKind.infer(c, null, f.values(), RunLog.silent()) == ColumnKind.CONTINUOUS;
      }
    }
    return false;
  }
}
