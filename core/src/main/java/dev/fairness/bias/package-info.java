/**
 * Turns the table and the bias settings into the row sets and counts the metrics use (spec §4):
 * column kinds ({@link dev.fairness.bias.ColumnKind}), the positive label index ({@link
 * dev.fairness.bias.LabelRule}), facet groups ({@link dev.fairness.bias.FacetSelector}), the
 * positive predicted index ({@link dev.fairness.bias.PredictedLabelRule}), strata ({@link
 * dev.fairness.bias.GroupVariable}), intersections of several facet columns ({@link
 * dev.fairness.bias.IntersectionSelector}); and runs the bias analysis ({@link
 * dev.fairness.bias.BiasAnalysis}) and the group metrics over each facet's partition ({@link
 * dev.fairness.bias.GroupPartitions}).
 *
 * <p>Allowed dependencies: {@code dev.fairness} ({@code RunLog}, {@code FairnessException}), {@code
 * bias.count}, {@code config}, {@code data} (the {@code Column} and {@code Table} types, never the
 * readers), {@code stats}, {@code metrics}, {@code groups}, {@code result}, {@code text}. No I/O.
 */
package dev.fairness.bias;
