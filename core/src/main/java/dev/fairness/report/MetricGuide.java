package dev.fairness.report;

/**
 * What each of the 21 Clarify bias metrics means and which values it can take (spec §5.2, §5.3,
 * Appendix A), in the words the reports show next to every value. Notation: <i>d</i> is the
 * selected facet group, <i>a</i> the rest of the rows.
 */
enum MetricGuide {
  CI(
      "Compares the sizes of the group and the rest: (n_a − n_d) / (n_a + n_d). Positive when the"
          + " rest is larger, negative when the group is larger, 0 when they are the same size.",
      "(−1, 1)"),
  DPL(
      "Difference in the share of observed positive labels: rest minus group. Positive when the"
          + " rest gets the positive label more often; 0 is demographic parity.",
      "[−1, 1]"),
  KL(
      "Kullback-Leibler divergence of the rest's label distribution from the group's (natural log)."
          + " 0 means identical; larger means more different; it does not show which group is"
          + " favoured. smclarify's estimate drops a label value one side lacks, so it can then be"
          + " negative.",
      "[0, +∞); below 0 only when one side lacks a label value"),
  JS(
      "Jensen-Shannon divergence between the label distributions of the group and the rest. 0"
          + " means identical; larger means more different; no direction.",
      "[0, ln 2)"),
  LP(
      "Euclidean (L2) distance between the label distributions of the group and the rest. 0 means"
          + " identical; larger means more different; no direction.",
      "[0, √2)"),
  TVD(
      "Total variation distance: half the summed absolute differences between the label"
          + " distributions of the group and the rest. 0 means identical; no direction.",
      "[0, 1)"),
  KS(
      "Kolmogorov-Smirnov distance: the largest difference between the label distributions of the"
          + " group and the rest. 0 means identical; no direction.",
      "[0, 1]"),
  CDDL(
      "Conditional demographic disparity in labels: within each stratum of the group variable, the"
          + " group's share of negative labels minus its share of positive labels, averaged by"
          + " stratum size. Positive means disparity against the group.",
      "[−1, 1]"),
  DPPL(
      "Difference in the share of positive predictions: rest minus group. Positive when the model"
          + " predicts the positive label more often for the rest.",
      "[−1, 1]"),
  DI(
      "Disparate impact: the group's positive-prediction rate divided by the rest's. 1 is parity;"
          + " below 1 favours the rest, above 1 favours the group.",
      "[0, +∞]"),
  DCA(
      "Difference in conditional acceptance: observed positives per predicted positive, rest minus"
          + " group. Positive when the rest has more qualified members than the model accepts,"
          + " relative to the group.",
      "(−∞, +∞)"),
  DCR(
      "Difference in conditional rejection: observed negatives per predicted negative, group minus"
          + " rest. Positive when the group has more observed rejections than predicted ones,"
          + " relative to the rest.",
      "(−∞, +∞)"),
  RD(
      "Recall difference: the share of actual positives the model finds, rest minus group."
          + " Positive when the model finds the group's true positives less often.",
      "[−1, 1]"),
  SD(
      "Specificity difference: the share of actual negatives predicted negative, group minus rest."
          + " Positive when the group has fewer false positives than the rest.",
      "[−1, 1]"),
  DAR(
      "Difference in acceptance rates (precision): correct positive predictions per positive"
          + " prediction, rest minus group. Positive when acceptances are more precise for the rest.",
      "[−1, 1]"),
  DRR(
      "Difference in rejection rates: correct negative predictions per negative prediction, group"
          + " minus rest. Positive when rejections are more precise for the group.",
      "[−1, 1]"),
  AD(
      "Accuracy difference: rest minus group. Positive when the model is more accurate for the"
          + " rest (bias against the group).",
      "[−1, 1]"),
  TE(
      "Treatment equality: false negatives per false positive, group minus rest. Positive when the"
          + " group has more false negatives per false positive.",
      "(−∞, +∞)"),
  CDDPL(
      "Conditional demographic disparity in predicted labels: CDDL computed on the model's"
          + " predictions. Positive means disparity against the group.",
      "[−1, 1]"),
  FT(
      "Flip test: for each group member, compare its prediction with the majority prediction of its"
          + " nearest neighbours in the rest; net share flipped to positive. Positive favours the"
          + " group, negative works against it.",
      "[−1, 1]"),
  GE(
      "Generalized entropy (α = 2) of the benefit ŷ − y + 1 over all rows: how unequally the model's"
          + " errors are spread. 0 means equal benefit for everyone; the same for every facet group.",
      "[0, (n−1)/2]");

  private final String meaning;
  private final String range;

  MetricGuide(String meaning, String range) {
    this.meaning = meaning;
    this.range = range;
  }

  /** Returns what the metric measures and how its sign reads, in one or two sentences. */
  String meaning() {
    return meaning;
  }

  /** Returns the metric's range as written in spec Appendix A. */
  String range() {
    return range;
  }

  /** Returns the guide for a Clarify acronym, or null for an unknown name. */
  static MetricGuide find(String name) {
    for (MetricGuide g : values()) {
      if (g.name().equals(name)) {
        return g;
      }
    }
    return null;
  }
}
