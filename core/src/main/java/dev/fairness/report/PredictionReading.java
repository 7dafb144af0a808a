package dev.fairness.report;

import static dev.fairness.report.MetricReading.pair;
import static dev.fairness.report.MetricReading.points;

/**
 * The readings of the post-training metrics that compare model outcomes of a facet group and the
 * rest (DI, DCA, DCR, TE, RD, SD, DAR, DRR, AD, FT, GE), with the sign conventions of spec §5.3;
 * used by {@link MetricReading}.
 */
final class PredictionReading {

  private final String subject;
  private final String object;
  private final GroupRates d;
  private final GroupRates a;
  private final long rows;

  /**
   * Creates the readings for one group.
   *
   * @param subject the group at the start of a sentence, e.g. {@code The Sex = Female group}
   * @param object the group inside a sentence
   * @param d rates of the group
   * @param a rates of the rest
   * @param rows rows of the table, or -1 when unknown
   */
  PredictionReading(String subject, String object, GroupRates d, GroupRates a, long rows) {
    this.subject = subject;
    this.object = object;
    this.d = d;
    this.a = a;
    this.rows = rows;
  }

  String disparateImpact(double v) {
    String rates = pair(d.predictedPositive(), a.predictedPositive());
    if (v == Double.POSITIVE_INFINITY) {
      return subject + " has positive predictions and the rest has none" + rates + ".";
    }
    if (v == 0) {
      if (a.predictedPositive() == 0) {
        return "Neither "
            + object
            + " nor the rest has a positive prediction (DI is 0 by"
            + " convention).";
      }
      return subject + " has no positive prediction while the rest has some" + rates + ".";
    }
    if (v == 1) {
      return subject + " is predicted positive at the same rate as the rest" + rates + ".";
    }
    if (v < 1) {
      return subject
          + " is predicted positive at "
          + DecimalText.percent(v)
          + "% of the rest's rate"
          + rates
          + "; below 1 favours the rest.";
    }
    return subject
        + " is predicted positive at "
        + DecimalText.fixed(v, 2)
        + " times the rest's rate"
        + rates
        + "; above 1 favours the group.";
  }

  /**
   * Reads an unbounded difference of ratios; {@code groupMinusRest} tells the sign convention, and
   * {@code infinite} describes the side whose ratio is infinite.
   */
  String perUnit(
      double v, String unit, double rateD, double rateA, boolean groupMinusRest, String infinite) {
    boolean groupHigher = groupMinusRest == (v > 0);
    if (Double.isInfinite(v)) {
      return (groupHigher ? subject : "The rest")
          + " has "
          + infinite
          + " ("
          + DecimalText.round4(v)
          + ").";
    }
    if (v == 0) {
      return subject + " and the rest have the same " + unit + pair(rateD, rateA) + ".";
    }
    String amount = DecimalText.round4(Math.abs(v));
    return (groupHigher
            ? subject + " has " + amount + " more " + unit + " than the rest"
            : "The rest has " + amount + " more " + unit + " than " + object)
        + pair(rateD, rateA)
        + ".";
  }

  /** Reads a difference of a quality rate; positive = group better iff {@code groupMinusRest}. */
  String quality(
      double v,
      boolean groupMinusRest,
      String lead,
      String tail,
      String rate,
      double rateD,
      double rateA) {
    String rates =
        Double.isNaN(rateD) || Double.isNaN(rateA)
            ? ""
            : " ("
                + rate
                + " "
                + DecimalText.round4(rateD)
                + " vs "
                + DecimalText.round4(rateA)
                + ")";
    if (v == 0) {
      return lead + " as often as those of the rest" + rates + ".";
    }
    boolean groupHigher = groupMinusRest == (v > 0);
    return lead
        + " "
        + points(v)
        + " "
        + (groupHigher ? "more" : "less")
        + " often "
        + tail
        + rates
        + ".";
  }

  String precision(double v, boolean groupMinusRest, String kind, double rd, double ra) {
    String rates = pair(rd, ra);
    if (v == 0) {
      return kind + " predictions are as precise for " + object + " as for the rest" + rates + ".";
    }
    boolean groupHigher = groupMinusRest == (v > 0);
    return kind
        + " predictions are "
        + points(v)
        + " "
        + (groupHigher ? "more" : "less")
        + " precise for "
        + object
        + " than for the rest"
        + rates
        + ".";
  }

  String accuracy(double v) {
    String rates = pair(d.accuracy(), a.accuracy());
    if (v == 0) {
      return "The model is as accurate for " + object + " as for the rest" + rates + ".";
    }
    return "The model is "
        + points(v)
        + " "
        + (v > 0 ? "less" : "more")
        + " accurate for "
        + object
        + " than for the rest"
        + rates
        + ".";
  }

  String flip(double v) {
    if (v == 0) {
      return "On balance the predictions for "
          + object
          + " agree with those of their nearest"
          + " neighbours in the rest.";
    }
    return "Net "
        + DecimalText.percent(v)
        + "% of "
        + object
        + " are predicted "
        + (v > 0 ? "positive" : "negative")
        + " where their nearest neighbours in the rest are"
        + " predicted "
        + (v > 0 ? "negative (flips in favour of" : "positive (flips against")
        + " the group).";
  }

  String entropy(double v) {
    String over = rows < 0 ? "all rows" : "all " + rows + " rows";
    if (v == 0) {
      return "Every row gets the same benefit from the model; GE does not depend on the facet.";
    }
    return "Across "
        + over
        + " the model's benefit (ŷ − y + 1) is spread unequally with"
        + " generalized entropy "
        + DecimalText.round4(v)
        + " (0 means equal for everyone); GE does"
        + " not depend on the facet.";
  }
}
