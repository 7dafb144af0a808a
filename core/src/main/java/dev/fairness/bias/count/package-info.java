/**
 * The counting machinery under the bias engine: per-row value codes of a column ({@link
 * dev.fairness.bias.count.ValueCodes}, {@link dev.fairness.bias.count.LongValues}), row sets
 * ({@link dev.fairness.bias.count.RowSet}, {@link dev.fairness.bias.count.RowBits}), tally
 * dimensions ({@link dev.fairness.bias.count.TallyDim}) and the multi-class confusion matrix
 * ({@link dev.fairness.bias.count.ConfusionTable}). Knows nothing of facets, labels or metrics.
 *
 * <p>Allowed dependencies: {@code data} (the {@code Column} type), {@code text}, the JDK. No I/O.
 */
package dev.fairness.bias.count;
