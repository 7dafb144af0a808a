package dev.fairness.metrics;

import static dev.fairness.metrics.MetricUndefinedException.require;

/**
 * The 8 pre-training metrics of spec §5.2, in ASCII order of their acronyms. Notation: a = the
 * rest, d = the sensitive group; {@code n(1)} = rows with a positive label.
 */
public enum PreTrainingMetric implements BiasMetric {
  /**
   * Conditional Demographic Disparity in Labels: {@code divide(Σ_g n_g (D_g − A_g), Σ_g n_g)} over
   * the strata of the group variable; range [−1, 1]; empty d or a is not an error.
   */
  CDDL(
      "Conditional Demographic Disparity in Labels (CDDL)",
      v -> LabelDistributions.conditionalDemographicDisparity(v, false)),
  /** Class Imbalance: {@code (n_a − n_d) / (n_a + n_d)}; range (−1, 1); 0 = balanced. */
  CI(
      "Class Imbalance (CI)",
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
      v -> {
        require(v.rest().n() > 0, "Negative facet set is empty.");
        require(v.facet().n() > 0, "Facet set is empty.");
        return v.rest().labelPositiveRate() - v.facet().labelPositiveRate();
      }),
  /** Jensen-Shannon Divergence over the shared label values; range [0, ln 2). */
  JS("Jensen-Shannon Divergence (JS)", v -> LabelDistributions.js(v.counts())),
  /** Kullback-Leibler Divergence over the shared label values; may be negative (spec §5.2). */
  KL("Kullback-Liebler Divergence (KL)", v -> LabelDistributions.kl(v.counts())),
  /** Kolmogorov-Smirnov Distance: {@code max |Pa − Pd|}; range [0, 1]. */
  KS("Kolmogorov-Smirnov Distance (KS)", v -> LabelDistributions.ks(v.counts())),
  /** L-p Norm with p = 2: {@code sqrt(Σ (Pa − Pd)²)}; range [0, √2). */
  LP("L-p Norm (LP)", v -> LabelDistributions.lp(v.counts())),
  /** Total Variation Distance: {@code ½ Σ |Pa − Pd|}; range [0, 1). */
  TVD("Total Variation Distance (TVD)", v -> LabelDistributions.tvd(v.counts()));

  private final String description;
  private final Formula formula;

  PreTrainingMetric(String description, Formula formula) {
    this.description = description;
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
  public Stage stage() {
    return Stage.PRE_TRAINING;
  }

  @Override
  public double compute(FacetView view) {
    return formula.apply(view);
  }
}
