package dev.fairness.metrics;

import static dev.fairness.metrics.MetricUndefinedException.require;

import dev.fairness.stats.GroupCounts;
import dev.fairness.stats.Ratios;

/**
 * The 13 post-training metrics of spec §5.3, in smclarify's registration order. Notation: a = the
 * rest, d = the sensitive group; {@code n(1)} observed and {@code n'(1)} predicted positives; rates
 * come from {@link GroupCounts} and use the {@link Ratios#divide} convention.
 */
public enum PostTrainingMetric implements BiasMetric {
  /** Difference in Positive Proportions in Predicted Labels: {@code n'_a(1)/n_a − n'_d(1)/n_d}. */
  DPPL(
      "Difference in Positive Proportions in Predicted Labels (DPPL)",
      "[−1, 1]",
      "Difference in the share of positive predictions: rest minus group. Positive when the model"
          + " predicts the positive label more often for the rest.",
      v -> {
        require(v.rest().n() > 0, "Negative facet set is empty.");
        require(v.facet().n() > 0, "Facet set is empty.");
        return v.rest().predictedPositiveRate() - v.facet().predictedPositiveRate();
      }),
  /** Disparate Impact: {@code divide(n'_d(1)/n_d, n'_a(1)/n_a)}; range [0, +∞]; 1 = parity. */
  DI(
      "Disparate Impact (DI)",
      "[0, +∞]",
      "Disparate impact: the group's positive-prediction rate divided by the rest's. 1 is parity;"
          + " below 1 favours the rest, above 1 favours the group.",
      v -> {
        require(v.rest().n() > 0, "Negated facet set is empty");
        require(v.facet().n() > 0, "Facet set is empty");
        return Ratios.divide(v.facet().predictedPositiveRate(), v.rest().predictedPositiveRate());
      }),
  /**
   * Difference in Conditional Acceptance: {@code n_a(1)/n'_a(1) − n_d(1)/n'_d(1)} (each via divide;
   * 0 when both are +∞); range (−∞, +∞).
   */
  DCA(
      "Difference in Conditional Acceptance (DCA)",
      "(−∞, +∞)",
      "Difference in conditional acceptance: observed positives per predicted positive, rest minus"
          + " group. Positive when the rest has more qualified members than the model accepts,"
          + " relative to the group.",
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
      "(−∞, +∞)",
      "Difference in conditional rejection: observed negatives per predicted negative, group minus"
          + " rest. Positive when the group has more observed rejections than predicted ones,"
          + " relative to the rest.",
      v -> {
        facetThenRest(v, "DCO: ");
        return Ratios.differenceOfRatios(
            v.facet().conditionalRejection(), v.rest().conditionalRejection());
      }),
  /** Recall Difference: {@code recall_a − recall_d}; range [−1, 1]. */
  RD(
      "Recall Difference (RD)",
      "[−1, 1]",
      "Recall difference: the share of actual positives the model finds, rest minus group."
          + " Positive when the model finds the group's true positives less often.",
      v -> {
        facetThenRest(v, "DLA: ");
        return Ratios.differenceOfRatios(v.rest().recall(), v.facet().recall());
      }),
  /** Specificity Difference: {@code specificity_d − specificity_a}; range [−1, 1]. */
  SD(
      "Specificity Difference (SD)",
      "[−1, 1]",
      "Specificity difference: the share of actual negatives predicted negative, group minus rest."
          + " Positive when the group has fewer false positives than the rest.",
      v -> {
        facetThenRest(v, "DLA: ");
        return Ratios.differenceOfRatios(v.facet().specificity(), v.rest().specificity());
      }),
  /** Difference in Acceptance Rates: {@code precision_a − precision_d}; range [−1, 1]. */
  DAR(
      "Difference in Acceptance Rates (DAR)",
      "[−1, 1]",
      "Difference in acceptance rates (precision): correct positive predictions per positive"
          + " prediction, rest minus group. Positive when acceptances are more precise for the rest.",
      v -> {
        facetThenRest(v, "DLR: ");
        return Ratios.differenceOfRatios(v.rest().precision(), v.facet().precision());
      }),
  /** Difference in Rejection Rates: {@code TN_d/n'_d(0) − TN_a/n'_a(0)}; range [−1, 1]. */
  DRR(
      "Difference in Rejection Rates (DRR)",
      "[−1, 1]",
      "Difference in rejection rates: correct negative predictions per negative prediction, group"
          + " minus rest. Positive when rejections are more precise for the group.",
      v -> {
        facetThenRest(v, "DLR: ");
        return Ratios.differenceOfRatios(v.facet().rejectionRate(), v.rest().rejectionRate());
      }),
  /** Accuracy Difference: {@code ACC_a − ACC_d}; range [−1, 1]. */
  AD(
      "Accuracy Difference (AD)",
      "[−1, 1]",
      "Accuracy difference: rest minus group. Positive when the model is more accurate for the"
          + " rest (bias against the group).",
      v -> {
        facetThenRest(v, "");
        return v.rest().accuracy() - v.facet().accuracy();
      }),
  /** Conditional Demographic Disparity in Predicted Labels: CDDL with predicted labels. */
  CDDPL(
      "Conditional Demographic Disparity in Predicted Labels (CDDPL)",
      "[−1, 1]",
      "Conditional demographic disparity in predicted labels: CDDL computed on the model's"
          + " predictions. Positive means disparity against the group.",
      v -> LabelDistributions.conditionalDemographicDisparity(v, true)),
  /**
   * Treatment Equality: {@code FN_d/FP_d − FN_a/FP_a} (each via divide; 0 when both are +∞); range
   * (−∞, +∞).
   */
  TE(
      "Treatment Equality (TE)",
      "(−∞, +∞)",
      "Treatment equality: false negatives per false positive, group minus rest. Positive when the"
          + " group has more false negatives per false positive.",
      v -> {
        facetThenRest(v, "");
        return Ratios.differenceOfRatios(
            v.facet().falseNegativeToPositiveRatio(), v.rest().falseNegativeToPositiveRatio());
      }),
  /**
   * Flip Test: {@code (#{d: ŷ ∧ ¬knn} − #{d: ¬ŷ ∧ knn}) / n_d}, knn = majority prediction of the k
   * nearest rows of a; range [−1, 1]. Computed by the view's {@link FlipTestSource}.
   */
  FT(
      "Flip Test (FT)",
      "[−1, 1]",
      "Flip test: for each group member, compare its prediction with the majority prediction of its"
          + " nearest neighbours in the rest; net share flipped to positive. Positive favours the"
          + " group, negative works against it.",
      v -> {
        facetThenRest(v, "");
        require(v.flip() != null, "FlipTest does not support non-numeric columns");
        return v.flip().flipTest();
      }),
  /**
   * Generalized Entropy with α = 2 over all rows, independent of the facet: {@code Σ((b/μ)² − 1) /
   * (2n)} with benefit {@code b = ŷ − y + 1}; range [0, (n−1)/2].
   */
  GE(
      "Generalized Entropy (GE)",
      "[0, (n−1)/2]",
      "Generalized entropy (α = 2) of the benefit ŷ − y + 1 over all rows: how unequally the model's"
          + " errors are spread. 0 means equal benefit for everyone; the same for every facet group.",
      v -> generalizedEntropy(v.all()));

  private final String description;
  private final String range;
  private final String meaning;
  private final Formula formula;

  PostTrainingMetric(String description, String range, String meaning, Formula formula) {
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
    return Stage.POST_TRAINING;
  }

  @Override
  public boolean readsFeatures() {
    return this == FT;
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
