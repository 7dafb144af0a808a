package dev.fairness.result;

import java.util.List;

/**
 * The metrics of one facet group (spec §9.2), sorted by name, plus its statistics for the reports.
 *
 * @param valueOrThreshold the group string of spec §4.3
 * @param metrics metric values in ASCII order of name
 * @param stats group statistics (reports only)
 */
public record FacetGroupResult(
    String valueOrThreshold, List<MetricValue> metrics, GroupStats stats) {}
