package dev.fairness.bias;

import dev.fairness.Finding;
import dev.fairness.RunLog;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.text.ValueText;
import java.util.List;

/**
 * The findings of a facet entry that change what its metrics mean (issue 14): one number given for
 * a many-valued numeric column that Clarify's 5 % rule classifies CATEGORICAL (a match, not a
 * threshold), and missing facet cells.
 */
final class FacetFindings {

  private FacetFindings() {}

  /**
   * Raises {@code one-value-categorical} when {@code values} is one number and the column is
   * numeric (INT, or integer text) with more than two distinct values: {@code age [45]} selects
   * {@code age == 45}, where {@code age > 45} was likely meant.
   */
  static void oneValueCategorical(
      Column facet,
      ValueCodes codes,
      List<Object> values,
      long selected,
      long[] counts,
      String where,
      RunLog log) {
    if (values.size() != 1 || !(values.get(0) instanceof Number)) {
      return;
    }
    boolean numeric =
        facet.type() == ColumnType.INT
            || (facet.type() == ColumnType.STRING && ColumnKind.integerStrings(facet));
    if (!numeric) {
      return;
    }
    int distinct = codes != null ? codes.distinct() : ColumnKind.distinctCount(facet);
    if (distinct <= 2) {
      return;
    }
    long present = total(facet, counts) - ColumnKind.missing(facet, counts);
    String v = ValueText.render(values.get(0));
    log.finding(
        new Finding(
            Finding.Code.ONE_VALUE_CATEGORICAL,
            where + ".value_or_threshold",
            v
                + " is matched as a value, selecting "
                + selected
                + " rows where "
                + facet.name()
                + " == "
                + v
                + ": column "
                + facet.name()
                + " has "
                + distinct
                + " distinct values ("
                + percent(distinct, present)
                + " of "
                + present
                + " rows, under Clarify's 5 % rule) and is classified CATEGORICAL",
            "to select "
                + facet.name()
                + " > "
                + v
                + " add \"kind\": \"continuous\" to "
                + where
                + "; to keep the match add \"kind\": \"categorical\"",
            true));
  }

  /**
   * Raises {@code one-value-categorical} for a predicted-label column that looks like a score (a
   * numeric column of more than two distinct values) whose one label value is matched: {@code
   * decile_score} with {@code [1]} selects the score 1, not the high scores.
   */
  static void predictedScoreMatched(
      Column predicted, ValueCodes codes, List<Object> values, int selected, RunLog log) {
    if (values.size() != 1 || !(values.get(0) instanceof Number) || !numeric(predicted)) {
      return;
    }
    int distinct = codes != null ? codes.distinct() : ColumnKind.distinctCount(predicted);
    if (distinct <= 2) {
      return;
    }
    String v = ValueText.render(values.get(0));
    log.finding(
        new Finding(
            Finding.Code.ONE_VALUE_CATEGORICAL,
            "predicted_label",
            "column "
                + predicted.name()
                + " has "
                + distinct
                + " distinct values and is classified CATEGORICAL: a prediction is positive only"
                + " where "
                + predicted.name()
                + " == "
                + v
                + " ("
                + selected
                + " rows)",
            "if it is a score, name it in \"predicted_score\" with probability_threshold; if it"
                + " holds labels, give label values it holds",
            true));
  }

  private static boolean numeric(Column c) {
    return c.type() == ColumnType.INT
        || (c.type() == ColumnType.STRING && ColumnKind.integerStrings(c));
  }

  /**
   * Raises {@code missing-values} when the facet column has missing cells: they are never in the
   * sensitive group, and for a numeric column they make it FLOAT and so CONTINUOUS.
   */
  static void missing(
      Column facet, ColumnKind kind, ColumnKind given, long[] counts, String where, RunLog log) {
    long k = ColumnKind.missing(facet, counts);
    if (k == 0) {
      return;
    }
    String message =
        k
            + " of "
            + total(facet, counts)
            + " rows have a missing value in column "
            + facet.name()
            + "; they are never in the sensitive group and count in the rest";
    if (facet.type() == ColumnType.FLOAT && kind == ColumnKind.CONTINUOUS && given == null) {
      message += " (the missing cells make the column FLOAT, hence CONTINUOUS: a threshold)";
    }
    log.finding(
        new Finding(
            Finding.Code.MISSING_VALUES,
            where + ".name_or_index",
            message,
            "fill or drop the rows with a missing " + facet.name(),
            true));
  }

  /** Returns the dataset rows of a row set: its table rows weighted by {@code counts} (or 1). */
  static long rows(dev.fairness.bias.count.RowSet d, long[] counts) {
    if (counts == null) {
      return d.count();
    }
    long n = 0;
    for (int i = 0; i < counts.length; i++) {
      n += d.contains(i) ? counts[i] : 0;
    }
    return n;
  }

  private static long total(Column c, long[] counts) {
    if (counts == null) {
      return c.size();
    }
    long n = 0;
    for (long x : counts) {
      n += x;
    }
    return n;
  }

  /** Returns {@code 100 * part / whole} with two significant decimals and a percent sign. */
  static String percent(long part, long whole) {
    double p = whole == 0 ? 0 : 100.0 * part / whole;
    return String.format(java.util.Locale.ROOT, "%.2f %%", p);
  }
}
