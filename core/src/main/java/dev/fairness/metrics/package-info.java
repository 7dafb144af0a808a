/**
 * The 8 pre-training and 13 post-training bias metrics of spec §5 as enums ({@link
 * dev.fairness.metrics.PreTrainingMetric}, {@link dev.fairness.metrics.PostTrainingMetric}), their
 * evaluation ({@link dev.fairness.metrics.MetricEngine}), the label-distribution formulas ({@link
 * dev.fairness.metrics.LabelDistributions}), the Flip Test's exact nearest-neighbour search ({@link
 * dev.fairness.metrics.FlipTest}, {@link dev.fairness.metrics.KdTree}) and the report statistics of
 * spec §5.4 ({@link dev.fairness.metrics.BasicStats}).
 *
 * <p>Allowed dependencies: {@code dev.fairness} (RunLog, FairnessException), {@code stats}, {@code
 * result} and the JDK. Nothing from {@code data}, {@code model}, {@code bias} or any I/O library:
 * metrics are pure functions of counts (and, for FT, of a numeric matrix).
 */
package dev.fairness.metrics;
