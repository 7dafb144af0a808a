package dev.fairness.metrics;

import static dev.fairness.metrics.MetricUndefinedException.require;

import dev.fairness.stats.GroupCounts;
import dev.fairness.stats.Ratios;

/**
 * The 13 post-training metrics of spec §5.3, in ASCII order of their acronyms. Notation: a = the
 * rest, d = the sensitive group; {@code n(1)} observed and {@code n'(1)} predicted positives; rates
 * come from {@link GroupCounts} and use the {@link Ratios#divide} convention.
 */
public enum PostTrainingMetric implements BiasMetric {
  /** Accuracy Difference: {@code ACC_a − ACC_d}; range [−1, 1]. */
  AD(
      "Accuracy Difference (AD)",
      v -> {
        facetThenRest(v, "");
        return v.rest().accuracy() - v.facet().accuracy();
      }),
  /** Conditional Demographic Disparity in Predicted Labels: CDDL with predicted labels. */
  CDDPL(
      "Conditional Demographic Disparity in Predicted Labels (CDDPL)",
      v -> LabelDistributions.conditionalDemographicDisparity(v, true)),
  /** Difference in Acceptance Rates: {@code precision_a − precision_d}; range [−1, 1]. */
  DAR(
      "Difference in Acceptance Rates (DAR)",
      v -> {
        facetThenRest(v, "DLR: ");
        return Ratios.differenceOfRatios(v.rest().precision(), v.facet().precision());
      }),
  /**
   * Difference in Conditional Acceptance: {@code n_a(1)/n'_a(1) − n_d(1)/n'_d(1)} (each via divide;
   * 0 when both are +∞); range (−∞, +∞).
   */
  DCA(
      "Difference in Conditional Acceptance (DCA)",
      v -> {
        facetThenRest(v, "DCO: ");
        return Ratios.differenceOfRatios(
            v.rest().conditionalAcceptance(), v.facet().conditionalAcceptance());
      }),
  /**
   * Difference in Conditional Rejection: {@code n_d(0)/n'_d(0) − n_a(0)/n'_a(0)} (each via divide;
   * 0 when both are +∞); range (−∞, +∞).
   */
  DCR(
      "Difference in Conditional Rejection (DCR)",
      v -> {
        facetThenRest(v, "DCO: ");
        return Ratios.differenceOfRatios(
            v.facet().conditionalRejection(), v.rest().conditionalRejection());
      }),
  /** Disparate Impact: {@code divide(n'_d(1)/n_d, n'_a(1)/n_a)}; range [0, +∞]; 1 = parity. */
  DI(
      "Disparate Impact (DI)",
      v -> {
        require(v.rest().n() > 0, "Negated facet set is empty");
        require(v.facet().n() > 0, "Facet set is empty");
        return Ratios.divide(v.facet().predictedPositiveRate(), v.rest().predictedPositiveRate());
      }),
  /** Difference in Positive Proportions in Predicted Labels: {@code n'_a(1)/n_a − n'_d(1)/n_d}. */
  DPPL(
      "Difference in Positive Proportions in Predicted Labels (DPPL)",
      v -> {
        require(v.rest().n() > 0, "Negative facet set is empty.");
        require(v.facet().n() > 0, "Facet set is empty.");
        return v.rest().predictedPositiveRate() - v.facet().predictedPositiveRate();
      }),
  /** Difference in Rejection Rates: {@code TN_d/n'_d(0) − TN_a/n'_a(0)}; range [−1, 1]. */
  DRR(
      "Difference in Rejection Rates (DRR)",
      v -> {
        facetThenRest(v, "DLR: ");
        return Ratios.differenceOfRatios(v.facet().rejectionRate(), v.rest().rejectionRate());
      }),
  /**
   * Flip Test: {@code (#{d: ŷ ∧ ¬knn} − #{d: ¬ŷ ∧ knn}) / n_d}, knn = majority prediction of the k
   * nearest rows of a; range [−1, 1]. Computed by the view's {@link FlipTestSource}.
   */
  FT(
      "Flip Test (FT)",
      v -> {
        facetThenRest(v, "");
        require(v.flip() != null, "FlipTest does not support non-numeric columns");
        return v.flip().flipTest();
      }),
  /**
   * Generalized Entropy with α = 2 over all rows, independent of the facet: {@code Σ((b/μ)² − 1) /
   * (2n)} with benefit {@code b = ŷ − y + 1}; range [0, (n−1)/2].
   */
  GE("Generalized Entropy (GE)", v -> generalizedEntropy(v.all())),
  /** Recall Difference: {@code recall_a − recall_d}; range [−1, 1]. */
  RD(
      "Recall Difference (RD)",
      v -> {
        facetThenRest(v, "DLA: ");
        return Ratios.differenceOfRatios(v.rest().recall(), v.facet().recall());
      }),
  /** Specificity Difference: {@code specificity_d − specificity_a}; range [−1, 1]. */
  SD(
      "Specificity Difference (SD)",
      v -> {
        facetThenRest(v, "DLA: ");
        return Ratios.differenceOfRatios(v.facet().specificity(), v.rest().specificity());
      }),
  /**
   * Treatment Equality: {@code FN_d/FP_d − FN_a/FP_a} (each via divide; 0 when both are +∞); range
   * (−∞, +∞).
   */
  TE(
      "Treatment Equality (TE)",
      v -> {
        facetThenRest(v, "");
        return Ratios.differenceOfRatios(
            v.facet().falseNegativeToPositiveRatio(), v.rest().falseNegativeToPositiveRatio());
      });

  private final String description;
  private final Formula formula;

  PostTrainingMetric(String description, Formula formula) {
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
    return Stage.POST_TRAINING;
  }

  @Override
  public double compute(FacetView view) {
    return formula.apply(view);
  }

  /** The check pair shared by most post-training metrics: d first, then a, with a prefix. */
  private static void facetThenRest(FacetView v, String prefix) {
    require(v.facet().n() > 0, prefix + "Facet set is empty");
    require(v.rest().n() > 0, prefix + "Negated Facet set is empty");
  }

  /** Returns GE(α = 2) of all rows from their confusion counts (spec §5.3). */
  static double generalizedEntropy(GroupCounts all) {
    long n = all.n();
    require(n > 0, "dataset must be non-empty");
    // benefit b: FN -> 0, TP and TN -> 1, FP -> 2
    long ones = all.tp() + all.tn();
    double mu = (double) (ones + 2 * all.fp()) / n;
    require(
        mu != 0,
        "All predicted labels are false negatives. There should be at least one prediction that"
            + " is not false negative.");
    double t1 = (1 / mu) * (1 / mu) - 1;
    double t2 = (2 / mu) * (2 / mu) - 1;
    double sum = ones * t1 + all.fp() * t2 - all.fn();
    return sum / (2.0 * n);
  }
}
