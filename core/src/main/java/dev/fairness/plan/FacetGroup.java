package dev.fairness.plan;

/**
 * One facet group (spec §4.3).
 *
 * @param valueOrThreshold the group string written to analysis.json
 * @param sensitive per row, whether the row is in the sensitive group d
 */
public record FacetGroup(String valueOrThreshold, boolean[] sensitive) {}
