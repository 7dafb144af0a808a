package dev.fairness.result;

import java.util.List;
import java.util.Map;

/**
 * The group metrics of one facet (Fairlearn's {@code MetricFrame}): each metric per group and over
 * all rows, the four aggregates of Fairlearn's {@code difference(method=…)} / {@code
 * ratio(method=…)}, and the four fairness summaries. A value that Fairlearn leaves undefined is
 * null (see {@code docs/group-metrics.md}).
 *
 * @param metrics the metric ids, in output order
 * @param byGroup group key (the facet's value, combination or interval) to metric id to value, in
 *     the facet's group order
 * @param overall metric id to its value over all rows
 * @param differenceBetweenGroups metric id to the largest minus the smallest group value
 * @param differenceToOverall metric id to the largest absolute difference of a group to overall
 * @param ratioBetweenGroups metric id to the smallest over the largest group value
 * @param ratioToOverall metric id to the smallest ratio of a group to overall, each below one
 * @param summary {@code demographic_parity_difference}, {@code demographic_parity_ratio}, {@code
 *     equalized_odds_difference}, {@code equalized_odds_ratio}
 * @param intervals the bootstrap interval of every value in {@link #values()} order (null entries
 *     for none), or null when the run computes no intervals (issue 18)
 */
public record GroupMetricsResult(
    List<String> metrics,
    Map<String, Map<String, Double>> byGroup,
    Map<String, Double> overall,
    Map<String, Double> differenceBetweenGroups,
    Map<String, Double> differenceToOverall,
    Map<String, Double> ratioBetweenGroups,
    Map<String, Double> ratioToOverall,
    Map<String, Double> summary,
    List<ConfidenceInterval> intervals) {

  /** Creates a result without intervals. */
  public GroupMetricsResult(
      List<String> metrics,
      Map<String, Map<String, Double>> byGroup,
      Map<String, Double> overall,
      Map<String, Double> differenceBetweenGroups,
      Map<String, Double> differenceToOverall,
      Map<String, Double> ratioBetweenGroups,
      Map<String, Double> ratioToOverall,
      Map<String, Double> summary) {
    this(
        metrics,
        byGroup,
        overall,
        differenceBetweenGroups,
        differenceToOverall,
        ratioBetweenGroups,
        ratioToOverall,
        summary,
        null);
  }

  /** Returns the sections after {@code by_group}, keyed as in analysis.json, in output order. */
  public Map<String, Map<String, Double>> sections() {
    Map<String, Map<String, Double>> out = new java.util.LinkedHashMap<>();
    out.put("overall", overall);
    out.put("difference_between_groups", differenceBetweenGroups);
    out.put("difference_to_overall", differenceToOverall);
    out.put("ratio_between_groups", ratioBetweenGroups);
    out.put("ratio_to_overall", ratioToOverall);
    out.put("summary", summary);
    return out;
  }

  /**
   * Returns every value in one fixed order (the order of {@link #intervals}): {@code by_group}
   * group by group, then each of {@link #sections()}; an undefined value is null.
   */
  public List<Double> values() {
    List<Double> out = new java.util.ArrayList<>();
    byGroup.values().forEach(row -> out.addAll(row.values()));
    sections().values().forEach(section -> out.addAll(section.values()));
    return out;
  }

  /** Returns this result with {@code intervals} (parallel to {@link #values()}). */
  public GroupMetricsResult withIntervals(List<ConfidenceInterval> intervals) {
    return new GroupMetricsResult(
        metrics,
        byGroup,
        overall,
        differenceBetweenGroups,
        differenceToOverall,
        ratioBetweenGroups,
        ratioToOverall,
        summary,
        intervals == null
            ? null
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(intervals)));
  }

  /**
   * Returns the interval of a {@code by_group} value ({@code group} non-null) or of a {@code
   * summary} value ({@code group} null), or null when there is none.
   */
  public ConfidenceInterval interval(String group, String metric) {
    if (intervals == null) {
      return null;
    }
    int i = 0;
    for (Map.Entry<String, Map<String, Double>> row : byGroup.entrySet()) {
      for (String m : row.getValue().keySet()) {
        if (group != null && row.getKey().equals(group) && m.equals(metric)) {
          return intervals.get(i);
        }
        i++;
      }
    }
    for (Map.Entry<String, Map<String, Double>> section : sections().entrySet()) {
      for (String m : section.getValue().keySet()) {
        if (group == null && section.getKey().equals("summary") && m.equals(metric)) {
          return intervals.get(i);
        }
        i++;
      }
    }
    return null;
  }
}
