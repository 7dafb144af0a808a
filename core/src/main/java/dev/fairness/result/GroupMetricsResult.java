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
 */
public record GroupMetricsResult(
    List<String> metrics,
    Map<String, Map<String, Double>> byGroup,
    Map<String, Double> overall,
    Map<String, Double> differenceBetweenGroups,
    Map<String, Double> differenceToOverall,
    Map<String, Double> ratioBetweenGroups,
    Map<String, Double> ratioToOverall,
    Map<String, Double> summary) {}
