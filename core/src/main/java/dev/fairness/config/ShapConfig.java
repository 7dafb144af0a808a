package dev.fairness.config;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code methods.shap} (spec §6.1).
 *
 * @param baselineFile a baseline file (absolute), or null
 * @param baselineRows inline baseline rows, features only, each element a {@link Long}, {@link
 *     Double}, {@link String}, {@link Boolean} or null (missing); null when not given inline
 * @param numClusters {@code num_clusters} or null
 * @param numSamples {@code num_samples} or null (default rule of §6.4)
 * @param aggMethod {@code mean_abs}, {@code median} or {@code mean_sq} (lower case)
 * @param useLogit explain logit(score)
 * @param saveLocalShapValues write {@code explanations_shap/out.csv}
 * @param seed {@code seed} or null (then 0, or {@code --seed})
 * @param featuresToExplain features to explain, or empty for all
 */
public record ShapConfig(
    Path baselineFile,
    List<List<Object>> baselineRows,
    Integer numClusters,
    Integer numSamples,
    String aggMethod,
    boolean useLogit,
    boolean saveLocalShapValues,
    Long seed,
    List<ColumnRef> featuresToExplain) {}
