package dev.fairness.config;

import java.util.List;

/**
 * {@code methods.pdp} (spec §7).
 *
 * @param gridResolution buckets for numeric features (default 15)
 * @param features features to plot, or empty to take the top-k by SHAP
 * @param topKFeatures k for the SHAP choice (default 10)
 */
public record PdpConfig(int gridResolution, List<ColumnRef> features, int topKFeatures) {}
