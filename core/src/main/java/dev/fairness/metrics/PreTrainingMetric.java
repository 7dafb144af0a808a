package dev.fairness.metrics;

import static dev.fairness.metrics.MetricUndefinedException.require;

/**
 * The 8 pre-training metrics of spec §5.2, in smclarify's registration order. Notation: a = the
 * rest, d = the sensitive group; {@code n(1)} = rows with a positive label.
 */
public enum PreTrainingMetric implements BiasMetric {
  /** Class Imbalance: {@code (n_a − n_d) / (n_a + n_d)}; range (−1, 1); 0 = balanced. */
  CI(
      "Class Imbalance (CI)",
      "(−1, 1)",
      "Compares the sizes of the group and the rest: (n_a − n_d) / (n_a + n_d). Positive when the"
          + " rest is larger, negative when the group is larger, 0 when they are the same size.",
      v -> {
        require(
            v.rest().n() > 0,
            "CI: negated facet set is empty. Check that x[~facet] has non-zero length.");
        require(
            v.facet().n() > 0, "CI: facet set is empty. Check that x[facet] has non-zero length.");
        double na = v.rest().n();
        double nd = v.facet().n();
        return (na - nd) / (na + nd);
      }),
  /** Difference in Positive Proportions in Labels: {@code n_a(1)/n_a − n_d(1)/n_d}; [−1, 1]. */
  DPL(
      "Difference in Positive Proportions in Labels (DPL)",
      "[−1, 1]",
      "Difference in the share of observed positive labels: rest minus group. Positive when the"
          + " rest gets the positive label more often; 0 is demographic parity.",
      v -> {
        require(v.rest().n() > 0, "Negative facet set is empty.");
        require(v.facet().n() > 0, "Facet set is empty.");
        return v.rest().labelPositiveRate() - v.facet().labelPositiveRate();
      }),
  /** Kullback-Leibler Divergence over the shared label values; may be negative (spec §5.2). */
  KL(
      "Kullback-Liebler Divergence (KL)",
      "[0, +∞); below 0 only when one side lacks a label value",
      "Kullback-Leibler divergence of the rest's label distribution from the group's (natural log)."
          + " 0 means identical; larger means more different; it does not show which group is"
          + " favoured. smclarify's estimate drops a label value one side lacks, so it can then be"
          + " negative.",
      v -> LabelDistributions.kl(v.counts())),
  /** Jensen-Shannon Divergence over the shared label values; range [0, ln 2). */
  JS(
      "Jensen-Shannon Divergence (JS)",
      "[0, ln 2)",
      "Jensen-Shannon divergence between the label distributions of the group and the rest. 0"
          + " means identical; larger means more different; no direction.",
      v -> LabelDistributions.js(v.counts())),
  /** L-p Norm with p = 2: {@code sqrt(Σ (Pa − Pd)²)}; range [0, √2). */
  LP(
      "L-p Norm (LP)",
      "[0, √2)",
      "Euclidean (L2) distance between the label distributions of the group and the rest. 0 means"
          + " identical; larger means more different; no direction.",
      v -> LabelDistributions.lp(v.counts())),
  /** Total Variation Distance: {@code ½ Σ |Pa − Pd|}; range [0, 1). */
  TVD(
      "Total Variation Distance (TVD)",
      "[0, 1)",
      "Total variation distance: half the summed absolute differences between the label"
          + " distributions of the group and the rest. 0 means identical; no direction.",
      v -> LabelDistributions.tvd(v.counts())),
  /** Kolmogorov-Smirnov Distance: {@code max |Pa − Pd|}; range [0, 1]. */
  KS(
      "Kolmogorov-Smirnov Distance (KS)",
      "[0, 1]",
      "Kolmogorov-Smirnov distance: the largest difference between the label distributions of the"
          + " group and the rest. 0 means identical; no direction.",
      v -> LabelDistributions.ks(v.counts())),
  /**
   * Conditional Demographic Disparity in Labels: {@code divide(Σ_g n_g (D_g − A_g), Σ_g n_g)} over
   * the strata of the group variable; range [−1, 1]; empty d or a is not an error.
   */
  CDDL(
      "Conditional Demographic Disparity in Labels (CDDL)",
      "[−1, 1]",
      "Conditional demographic disparity in labels: within each stratum of the group variable, the"
          + " group's share of negative labels minus its share of positive labels, averaged by"
          + " stratum size. Positive means disparity against the group.",
      v -> LabelDistributions.conditionalDemographicDisparity(v, false));

  private final String description;
  private final String range;
  private final String meaning;
  private final Formula formula;

  PreTrainingMetric(String description, String range, String meaning, Formula formula) {
    this.description = description;
    this.range = range;
    this.meaning = meaning;
    this.formula = formula;
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String range() {
    return range;
  }

  @Override
  public String meaning() {
    return meaning;
  }

  @Override
  public Stage stage() {
    return Stage.PRE_TRAINING;
  }

  @Override
  public double compute(FacetView view) {
    return formula.apply(view);
  }
}
