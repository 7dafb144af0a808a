/**
 * Mergeable sufficient statistics for the bias metrics (spec §5): {@link
 * dev.fairness.stats.GroupCounts} (the only place rates are defined), {@link
 * dev.fairness.stats.FacetCounts}, {@link dev.fairness.stats.BiasAccumulator} (counts keyed by
 * facet bucket, label class, predicted class and stratum, with an associative and commutative
 * merge) and {@link dev.fairness.stats.Ratios} (the division convention). The tests' {@code
 * BiasCounter} counts boolean arrays in chunks through the same merge.
 *
 * <p>Allowed dependencies: the JDK only. This package imports nothing from {@code data}, {@code
 * model}, {@code bias} or any I/O library, so a distributed job can reuse it unchanged.
 */
package dev.fairness.stats;
