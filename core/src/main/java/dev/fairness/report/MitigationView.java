package dev.fairness.report;

import dev.fairness.mitigate.Constraint;
import dev.fairness.mitigate.ExpectedOutcomes;
import dev.fairness.mitigate.GroupOutcome;
import dev.fairness.mitigate.GroupRule;
import dev.fairness.mitigate.MitigationOutcome;
import dev.fairness.mitigate.MitigationResult;
import dev.fairness.mitigate.Rate;
import dev.fairness.mitigate.ThresholdFit;
import java.util.ArrayList;
import java.util.List;

/**
 * The template model of the mitigation report: preformatted strings only. Values after mitigation
 * are expected values computed exactly from the rules ({@link ExpectedOutcomes}), not sampled.
 *
 * @param score the score column
 * @param threshold the unmitigated rule's threshold
 * @param label label column and positive rule
 * @param rows rows fitted on
 * @param sections one per facet and constraint
 */
public record MitigationView(
    String score, String threshold, String label, String rows, List<Section> sections) {

  /**
   * One facet and constraint.
   *
   * @param facet facet name
   * @param constraint constraint id
   * @param objective objective id
   * @param gridSize grid intervals
   * @param metrics metric names, the columns of {@code groups}
   * @param groups per group: before and after of each metric
   * @param summary all-rows objective and disparity, before and after
   * @param rules the fitted rules per group
   * @param equalizedOdds whether rules have p_ignore
   * @param chart the trade-off chart
   */
  public record Section(
      String facet,
      String constraint,
      String objective,
      String gridSize,
      List<String> metrics,
      List<GroupRow> groups,
      List<SummaryRow> summary,
      List<RuleRow> rules,
      boolean equalizedOdds,
      SvgTradeoffChart chart) {}

  /**
   * A group's row: its key, rows, and before/after per metric.
   *
   * @param group key
   * @param rows row count
   * @param values before and after per metric
   */
  public record GroupRow(String group, String rows, List<Change> values) {}

  /**
   * A value before and after mitigation.
   *
   * @param before unmitigated
   * @param after expected under the rules
   */
  public record Change(String before, String after) {}

  /**
   * A summary line.
   *
   * @param name what is measured
   * @param before unmitigated
   * @param after expected under the rules
   */
  public record SummaryRow(String name, String before, String after) {}

  /**
   * A group's rule as in thresholds.json, rounded for reading.
   *
   * @param group key
   * @param p0 probability of rule 0
   * @param threshold0 its threshold
   * @param p1 probability of rule 1
   * @param threshold1 its threshold
   * @param pIgnore p_ignore, or empty
   * @param constant prediction_constant, or empty
   */
  public record RuleRow(
      String group,
      String p0,
      String threshold0,
      String p1,
      String threshold1,
      String pIgnore,
      String constant) {}

  /** Returns the view of a mitigation result. */
  public static MitigationView of(MitigationResult r) {
    List<Section> sections = new ArrayList<>();
    for (MitigationOutcome o : r.outcomes()) {
      sections.add(section(o));
    }
    return new MitigationView(
        r.score(),
        DecimalText.full(r.probabilityThreshold()),
        r.label(),
        Integer.toString(r.rows()),
        sections);
  }

  /** Returns the plain-words name of a rate, e.g. {@code true positive rate}. */
  static String rateName(Rate r) {
    return r.id().replace("_score", "").replace('_', ' ');
  }

  private static Section section(MitigationOutcome o) {
    ThresholdFit fit = o.fit();
    List<Rate> metrics = metrics(fit);
    List<GroupRow> groups = new ArrayList<>();
    for (int g = 0; g < fit.groupNames().size(); g++) {
      List<Change> values = new ArrayList<>();
      for (Rate m : metrics) {
        values.add(change(o.before().get(g).rate(m), o.after().get(g).rate(m)));
      }
      groups.add(
          new GroupRow(
              fit.groupNames().get(g), DecimalText.compact(o.before().get(g).rows()), values));
    }
    GroupOutcome b = ExpectedOutcomes.total(o.before());
    GroupOutcome a = ExpectedOutcomes.total(o.after());
    Rate eq = fit.constraint().equalizedRate();
    String disparity =
        eq == null
            ? "largest difference between groups of true or false positive rate"
            : "largest difference between groups of " + rateName(eq);
    List<SummaryRow> summary =
        List.of(
            row(
                rateName(fit.objective()) + " (objective, all rows)",
                b.rate(fit.objective()),
                a.rate(fit.objective())),
            row(
                disparity,
                ExpectedOutcomes.disparity(o.before(), eq),
                ExpectedOutcomes.disparity(o.after(), eq)));
    List<RuleRow> rules = new ArrayList<>();
    for (int g = 0; g < fit.groupNames().size(); g++) {
      GroupRule x = fit.rules().get(g);
      rules.add(
          new RuleRow(
              fit.groupNames().get(g),
              DecimalText.round4(x.p0()),
              DecimalText.round4(x.threshold0()),
              DecimalText.round4(x.p1()),
              DecimalText.round4(x.threshold1()),
              x.pIgnore() == null ? "" : DecimalText.round4(x.pIgnore()),
              x.predictionConstant() == null ? "" : DecimalText.round4(x.predictionConstant())));
    }
    String facet = String.join(" × ", o.columns());
    List<String> names = metrics.stream().map(MitigationView::rateName).toList();
    return new Section(
        facet,
        fit.constraint().id(),
        fit.objective().id(),
        Integer.toString(fit.gridSize()),
        names,
        groups,
        summary,
        rules,
        fit.constraint() == Constraint.EQUALIZED_ODDS,
        SvgTradeoffChart.of("Trade-off of " + fit.constraint().id() + " for " + facet, fit));
  }

  private static List<Rate> metrics(ThresholdFit fit) {
    List<Rate> out =
        new ArrayList<>(
            List.of(Rate.SELECTION_RATE, Rate.TRUE_POSITIVE_RATE, Rate.FALSE_POSITIVE_RATE));
    Rate eq = fit.constraint().equalizedRate();
    if (eq != null && !out.contains(eq)) {
      out.add(eq);
    }
    if (!out.contains(fit.objective())) {
      out.add(fit.objective());
    }
    return out;
  }

  private static Change change(double before, double after) {
    return new Change(DecimalText.round4(before), DecimalText.round4(after));
  }

  private static SummaryRow row(String name, double before, double after) {
    return new SummaryRow(name, DecimalText.round4(before), DecimalText.round4(after));
  }
}
