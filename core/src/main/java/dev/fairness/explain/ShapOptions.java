package dev.fairness.explain;

import dev.fairness.config.ColumnRef;
import dev.fairness.config.ConfigException;
import dev.fairness.config.ShapConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Resolved Kernel SHAP settings (spec §6.1, §6.7, §6.8).
 *
 * @param numSamples {@code num_samples}, or null for the default rule of §6.4 step 4
 * @param useLogit explain {@code logit(score)}
 * @param seed the seed of §6.5
 * @param featuresToExplain model-feature indices to explain, ascending; null or empty for all
 * @param l1 the L1 feature selection
 * @param aggMethod {@code mean_abs}, {@code median} or {@code mean_sq}
 * @param labelHeaders the configured {@code label_headers}, or null
 * @param chunkRows target number of model rows per call to the scorer (whole records per call)
 */
public record ShapOptions(
    Integer numSamples,
    boolean useLogit,
    long seed,
    List<Integer> featuresToExplain,
    L1Regularization l1,
    String aggMethod,
    List<?> labelHeaders,
    int chunkRows) {

  /** The default number of model rows per scorer call. */
  public static final int DEFAULT_CHUNK_ROWS = 65_536;

  /** Returns the defaults: Clarify's sample rule, identity link, seed 0, all features. */
  public static ShapOptions defaults() {
    return new ShapOptions(
        null, false, 0L, null, L1Regularization.OFF, "mean_abs", null, DEFAULT_CHUNK_ROWS);
  }

  /**
   * Returns the options of a configuration. Throws {@link ConfigException} when a {@code
   * features_to_explain} entry names no model feature or {@code shap_l1_reg} is unsupported.
   *
   * @param config {@code methods.shap}
   * @param seedOverride {@code --seed}, or null
   * @param l1Reg {@code local.shap_l1_reg}
   * @param featureNames the model features in order
   * @param labelHeaders {@code label_headers}, or null
   */
  public static ShapOptions from(
      ShapConfig config,
      Long seedOverride,
      String l1Reg,
      List<String> featureNames,
      List<?> labelHeaders) {
    long seed = seedOverride != null ? seedOverride : config.seed() != null ? config.seed() : 0L;
    return new ShapOptions(
        config.numSamples(),
        config.useLogit(),
        seed,
        resolve(config.featuresToExplain(), featureNames, "methods.shap.features_to_explain"),
        L1Regularization.parse(l1Reg),
        config.aggMethod() == null ? "mean_abs" : config.aggMethod(),
        labelHeaders,
        DEFAULT_CHUNK_ROWS);
  }

  /**
   * Returns the model-feature indices of the references, ascending and without duplicates (null for
   * an empty or null list). Throws {@link ConfigException} for a reference to no feature.
   */
  static List<Integer> resolve(List<ColumnRef> refs, List<String> featureNames, String key) {
    if (refs == null || refs.isEmpty()) {
      return null;
    }
    TreeSet<Integer> out = new TreeSet<>();
    for (ColumnRef ref : refs) {
      int i = ref.isIndex() ? ref.index() : featureNames.indexOf(ref.name());
      if (i < 0 || i >= featureNames.size()) {
        throw new ConfigException(
            key
                + ": "
                + ref
                + " is not a model feature; use a feature name or an index below "
                + featureNames.size());
      }
      out.add(i);
    }
    return new ArrayList<>(out);
  }
}
