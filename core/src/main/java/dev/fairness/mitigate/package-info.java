/**
 * Per-group randomized threshold rules that meet a fairness constraint at the least cost, equal to
 * Fairlearn 0.10.0's {@code ThresholdOptimizer(prefit=True, predict_method="predict_proba")}
 * (Hardt, Price and Srebro's post-processing), and their exact expected effect.
 *
 * <p>The algorithm ({@link dev.fairness.mitigate.ThresholdOptimizer}) is a pure function of three
 * arrays: one score, one 0/1 label and one group index per row ({@link
 * dev.fairness.mitigate.GroupedScores}), so any group assignment works, a single facet's values or
 * an intersection of facets: the caller turns its per-row group keys into indices with {@link
 * dev.fairness.mitigate.GroupedScores#of}. Every floating-point step follows Fairlearn's order of
 * operations, so the fitted rules equal Fairlearn's to the last bit in the cases tested.
 *
 * <p>Allowed dependencies: {@code dev.fairness} (exceptions), Jackson for {@link
 * dev.fairness.mitigate.ThresholdsJson}. Nothing here reads datasets or prints.
 */
package dev.fairness.mitigate;
