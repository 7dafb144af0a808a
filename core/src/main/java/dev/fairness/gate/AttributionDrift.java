package dev.fairness.gate;

import dev.fairness.result.Explanations;
import dev.fairness.result.ShapLabelResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feature-attribution drift of one SHAP label key between a baseline and a current analysis, as
 * SageMaker Model Monitor measured it: the {@link Ndcg nDCG} of the features ranked by the current
 * global SHAP values, with the baseline's global values as gains; a violation when it is below the
 * threshold (Model Monitor's 0.9 by default), or when the label key is in one analysis only.
 *
 * <p>Features are the baseline's in file order, then those only the current analysis has; a feature
 * missing on one side counts as 0 there (its rank on that side is null).
 *
 * @param label the label key of {@code explanations.kernel_shap}
 * @param ndcg the score, or null when the label key is in one analysis only
 * @param minNdcg the threshold: scores below it violate
 * @param features every feature with its values and ranks
 * @param problem why there is no score, or null
 */
public record AttributionDrift(
    String label, Double ndcg, double minNdcg, List<FeatureRank> features, String problem) {

  /** Model Monitor's threshold: an nDCG below 0.9 is a violation. */
  public static final double DEFAULT_MIN_NDCG = 0.9;

  /**
   * One feature on both sides. Ranks are 1-based by descending global value; tied values share the
   * best rank of their group.
   *
   * @param feature feature name
   * @param baseline baseline global SHAP value, or null when absent
   * @param current current global SHAP value, or null when absent
   * @param baselineRank rank in the baseline, or null when absent
   * @param currentRank rank in the current analysis, or null when absent
   */
  public record FeatureRank(
      String feature, Double baseline, Double current, Integer baselineRank, Integer currentRank) {

    /** Returns how many places the feature rose (positive) or fell (negative); 0 when absent. */
    public int shift() {
      return baselineRank == null || currentRank == null ? 0 : baselineRank - currentRank;
    }
  }

  /** Returns true when the label fails the check. */
  public boolean violated() {
    return problem != null || ndcg < minNdcg;
  }

  /** Returns the reason in words, e.g. {@code nDCG 0.7640 < 0.9}. */
  public String reason() {
    if (problem != null) {
      return problem;
    }
    return "nDCG " + RoundedText.of(ndcg) + (violated() ? " < " : " >= ") + trim(minNdcg);
  }

  /**
   * Returns up to {@code limit} features whose rank moved most (largest absolute shift; ties by
   * baseline rank, then name), leaving out those that did not move.
   */
  public List<FeatureRank> movers(int limit) {
    return features.stream()
        .filter(f -> f.shift() != 0)
        .sorted(
            Comparator.comparingInt((FeatureRank f) -> -Math.abs(f.shift()))
                .thenComparingInt(FeatureRank::baselineRank)
                .thenComparing(FeatureRank::feature))
        .limit(limit)
        .toList();
  }

  /**
   * Returns the drift of every label key when both analyses have SHAP results (baseline label keys
   * in order, then those only the current one has); an empty list otherwise.
   */
  public static List<AttributionDrift> compare(
      Explanations baseline, Explanations current, double minNdcg) {
    if (baseline == null
        || current == null
        || baseline.kernelShap() == null
        || current.kernelShap() == null) {
      return List.of();
    }
    Set<String> labels = new LinkedHashSet<>(baseline.kernelShap().keySet());
    labels.addAll(current.kernelShap().keySet());
    List<AttributionDrift> out = new ArrayList<>();
    for (String label : labels) {
      ShapLabelResult b = baseline.kernelShap().get(label);
      ShapLabelResult c = current.kernelShap().get(label);
      out.add(
          of(
              label,
              b == null ? null : b.globalShapValues(),
              c == null ? null : c.globalShapValues(),
              minNdcg));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the drift of one label key from the two global-value maps (either may be null: the
   * label key is then in one analysis only).
   */
  static AttributionDrift of(
      String label, Map<String, Double> baseline, Map<String, Double> current, double minNdcg) {
    Map<String, Double> b = baseline == null ? Map.of() : baseline;
    Map<String, Double> c = current == null ? Map.of() : current;
    Set<String> names = new LinkedHashSet<>(b.keySet());
    names.addAll(c.keySet());
    Map<String, Integer> bRank = ranks(b);
    Map<String, Integer> cRank = ranks(c);
    List<FeatureRank> features = new ArrayList<>();
    double[] gains = new double[names.size()];
    double[] scores = new double[names.size()];
    String problem = null;
    int i = 0;
    for (String f : names) {
      features.add(new FeatureRank(f, b.get(f), c.get(f), bRank.get(f), cRank.get(f)));
      gains[i] = b.getOrDefault(f, 0.0);
      scores[i] = c.getOrDefault(f, 0.0);
      if (problem == null && (!Double.isFinite(gains[i]) || !Double.isFinite(scores[i]))) {
        problem = "global SHAP value of " + f + " is not finite";
      }
      i++;
    }
    if (baseline == null) {
      problem = "label " + label + " is in the current analysis only";
    } else if (current == null) {
      problem = "label " + label + " is in the baseline only";
    } else if (names.isEmpty()) {
      problem = "label " + label + " has no global SHAP values";
    }
    Double ndcg = problem == null ? Ndcg.score(gains, scores) : null;
    return new AttributionDrift(label, ndcg, minNdcg, List.copyOf(features), problem);
  }

  private static Map<String, Integer> ranks(Map<String, Double> values) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : values.entrySet()) {
      int rank = 1;
      for (Double other : values.values()) {
        if (other > e.getValue()) {
          rank++;
        }
      }
      out.put(e.getKey(), rank);
    }
    return out;
  }

  private static String trim(double v) {
    String s = Double.toString(v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
