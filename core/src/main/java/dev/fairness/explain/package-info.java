/**
 * Kernel SHAP (spec §6) and partial dependence (spec §7).
 *
 * <p>Main types: {@link dev.fairness.explain.KernelShapExplainer} (orchestration and pipelining),
 * {@link dev.fairness.explain.KernelWeights} (subset-size weights), {@link
 * dev.fairness.explain.CoalitionSampler} (enumeration and sampling of masks), {@link
 * dev.fairness.explain.WeightedLeastSquares} (constrained solve), {@link
 * dev.fairness.explain.ShapAggregator} (global values), {@link dev.fairness.explain.AutoBaseline}
 * (clustered baseline), {@link dev.fairness.explain.PartialDependence}, and the writers {@link
 * dev.fairness.explain.ShapCsvWriter} and {@link dev.fairness.explain.BaselineCsvWriter}.
 *
 * <p>The model is reached only through {@link dev.fairness.explain.BatchScorer}. Allowed
 * dependencies: {@code dev.fairness} (RunLog, FairnessException), {@code data}, {@code model}
 * (exceptions), {@code config}, {@code result} and {@code text}. Nothing here prints or exits; all
 * randomness is seeded by {@link dev.fairness.explain.SeededRandom}.
 */
package dev.fairness.explain;
