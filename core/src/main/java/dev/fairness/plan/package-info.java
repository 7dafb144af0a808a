/**
 * Turns the table and the bias settings into the row sets and counts the metrics use (spec §4):
 * column kinds ({@link dev.fairness.plan.ColumnKind}), the positive label index ({@link
 * dev.fairness.plan.LabelRule}), facet groups ({@link dev.fairness.plan.FacetSelector}), the
 * positive predicted index ({@link dev.fairness.plan.PredictedLabelRule}), strata ({@link
 * dev.fairness.plan.GroupVariable}); and runs the bias analysis ({@link
 * dev.fairness.plan.BiasAnalysis}).
 *
 * <p>Allowed dependencies: {@code dev.fairness}, {@code config}, {@code data} (the {@code Column}
 * and {@code Table} types and value rendering, never the readers), {@code stats}, {@code metrics},
 * {@code result}. No I/O.
 */
package dev.fairness.plan;
