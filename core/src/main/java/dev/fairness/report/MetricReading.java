package dev.fairness.report;

import dev.fairness.metrics.BiasMetric;
import dev.fairness.metrics.MetricEngine;
import dev.fairness.metrics.PostTrainingMetric;
import dev.fairness.metrics.PreTrainingMetric;
import dev.fairness.result.GroupStats;
import dev.fairness.result.MetricValue;

/**
 * Writes the one-sentence plain-language reading of a metric value for one facet group: which group
 * is favoured, by how much, and the two rates compared, with the sign conventions of spec §5.2 and
 * §5.3 (<i>d</i> = the selected group, <i>a</i> = the rest). A failed metric reads as its error
 * text.
 */
final class MetricReading {

  private final String subject;
  private final String object;
  private final GroupRates d;
  private final GroupRates a;
  private final String strata;
  private final PredictionReading predictions;

  /**
   * Creates the readings for one facet group.
   *
   * @param facet facet column name
   * @param group the group's {@code value_or_threshold} string
   * @param stats the group's statistics, or null
   * @param groupVariable the group variable name, or null
   */
  MetricReading(String facet, String group, GroupStats stats, String groupVariable) {
    this.object = "the " + groupTitle(facet, group) + " group";
    this.subject = "The " + groupTitle(facet, group) + " group";
    this.d = GroupRates.ofGroup(stats);
    this.a = GroupRates.ofRest(stats);
    this.predictions = new PredictionReading(subject, object, d, a, stats == null ? -1 : stats.n());
    this.strata = groupVariable == null ? "the group variable" : groupVariable;
  }

  /** Returns the reading of {@code m}: a sentence for a value, the error text for a failure. */
  String read(MetricValue m) {
    if (m.failed() || m.value() == null) {
      return m.error() == null ? "Not computed." : m.error();
    }
    double v = m.value();
    BiasMetric metric = MetricEngine.find(m.name());
    if (metric instanceof PostTrainingMetric post) {
      return read(post, v);
    }
    if (!(metric instanceof PreTrainingMetric pre)) {
      return m.name() + " is " + DecimalText.round4(v) + ".";
    }
    return switch (pre) {
      case CI -> classImbalance(v);
      case DPL -> rateGap(v, "gets the positive label", d.labelPositive(), a.labelPositive());
      case KL -> divergence(v);
      case JS ->
          "The label distributions of "
              + object
              + " and the rest differ by JS "
              + DecimalText.round4(v)
              + " (0 means identical, at most 0.6931); JS does not show"
              + " which group is favoured.";
      case LP ->
          "The label distributions of "
              + object
              + " and the rest are "
              + DecimalText.round4(v)
              + " apart (L2 distance; 0 means identical, at most 1.4142); LP"
              + " does not show which group is favoured.";
      case TVD ->
          DecimalText.percent(v)
              + "% of the label distribution would have to move for "
              + object
              + " to match the rest; TVD does not show which group is favoured.";
      case KS ->
          "The label distributions of "
              + object
              + " and the rest differ by at most "
              + points(v)
              + " for one label value; KS does not show which group is favoured.";
      case CDDL -> conditional(v, "labels");
    };
  }

  private String read(PostTrainingMetric metric, double v) {
    return switch (metric) {
      case DPPL ->
          rateGap(v, "is predicted positive", d.predictedPositive(), a.predictedPositive());
      case CDDPL -> conditional(v, "predicted labels");
      case DI -> predictions.disparateImpact(v);
      case DCA ->
          predictions.perUnit(
              v,
              "observed positives per positive prediction",
              d.conditionalAcceptance(),
              a.conditionalAcceptance(),
              false,
              "observed positive labels but no positive prediction");
      case DCR ->
          predictions.perUnit(
              v,
              "observed negatives per negative prediction",
              d.conditionalRejection(),
              a.conditionalRejection(),
              true,
              "observed negative labels but no negative prediction");
      case TE ->
          predictions.perUnit(
              v,
              "false negatives per false positive",
              d.falseNegativesPerFalsePositive(),
              a.falseNegativesPerFalsePositive(),
              true,
              "false negatives but no false positive");
      case RD ->
          predictions.quality(
              v,
              false,
              "The model finds the actual positives of " + object,
              "than those of the rest",
              "recall",
              d.recall(),
              a.recall());
      case SD ->
          predictions.quality(
              v,
              true,
              "The actual negatives of " + object + " are predicted negative",
              "than those of the rest",
              "specificity",
              d.specificity(),
              a.specificity());
      case DAR -> predictions.precision(v, false, "Positive", d.precision(), a.precision());
      case DRR ->
          predictions.precision(
              v, true, "Negative", d.rejectionPrecision(), a.rejectionPrecision());
      case AD -> predictions.accuracy(v);
      case FT -> predictions.flip(v);
      case GE -> predictions.entropy(v);
    };
  }

  private String classImbalance(double v) {
    String sizes = d.size() < 0 ? "" : " (" + d.size() + " vs " + a.size() + " rows)";
    if (v == 0) {
      return subject + " and the rest have the same size" + sizes + ".";
    }
    return subject
        + " is "
        + (v > 0 ? "smaller" : "larger")
        + " than the rest"
        + sizes
        + "; it holds "
        + DecimalText.percent((1 - v) / 2)
        + "% of the rows.";
  }

  /** Reads a difference of rates that is positive when the rest has the higher rate. */
  private String rateGap(double v, String verb, double rateD, double rateA) {
    if (v == 0) {
      return subject + " " + verb + " as often as the rest" + pair(rateD, rateA) + ".";
    }
    return subject
        + " "
        + verb
        + " "
        + points(v)
        + " "
        + (v > 0 ? "less" : "more")
        + " often than the rest"
        + pair(rateD, rateA)
        + ".";
  }

  private String divergence(double v) {
    if (v == 0) {
      return subject + " and the rest have the same label distribution.";
    }
    if (v < 0) {
      return "KL is negative because one side has a single label value and the other side's share"
          + " of the missing value is dropped; read it only as: the label distributions of "
          + object
          + " and the rest differ.";
    }
    return "The rest's label distribution diverges from that of "
        + object
        + " by "
        + DecimalText.round4(v)
        + " nats (0 means identical); KL does not show which group is"
        + " favoured.";
  }

  private String conditional(double v, String what) {
    if (v == 0) {
      return "Within strata of "
          + strata
          + ", "
          + object
          + " takes the same share of the negative "
          + what
          + " as of the positive "
          + what
          + " (no conditional disparity).";
    }
    return "Within strata of "
        + strata
        + ", "
        + object
        + " takes a "
        + points(v)
        + " "
        + (v > 0 ? "larger" : "smaller")
        + " share of the negative "
        + what
        + " than of the positive "
        + what
        + " (disparity "
        + (v > 0 ? "against" : "in favour of")
        + " the group).";
  }

  static String points(double v) {
    String p = DecimalText.percent(v);
    return "0.0".equals(p) ? "less than 0.1 percentage points" : p + " percentage points";
  }

  static String pair(double rateD, double rateA) {
    if (Double.isNaN(rateD) || Double.isNaN(rateA)) {
      return "";
    }
    return " (" + DecimalText.round4(rateD) + " vs " + DecimalText.round4(rateA) + ")";
  }

  /**
   * Returns how the reports name a facet group: {@code Sex = Female}, or {@code Age in (40, 90]}
   * for a threshold interval.
   */
  static String groupTitle(String facet, String group) {
    boolean interval = group.startsWith("(") && group.endsWith("]") && group.contains(", ");
    return facet + (interval ? " in " : " = ") + group;
  }
}
