package dev.fairness.mitigate;

import java.util.List;

/**
 * One facet's fit for one constraint and its effect on the rows it was fitted on: each group's
 * confusion matrix under the unmitigated rule (score {@code >} threshold) and its expected matrix
 * under the fitted rules.
 *
 * @param columns the facet's columns
 * @param fit the fitted rules and trade-off curves
 * @param before per group (fit's group order), the unmitigated matrix
 * @param after per group, the expected matrix under the rules
 */
public record MitigationOutcome(
    List<String> columns, ThresholdFit fit, List<GroupOutcome> before, List<GroupOutcome> after) {

  /** Copies the lists. */
  public MitigationOutcome {
    columns = List.copyOf(columns);
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** Returns the fit of {@code data} and its before and after matrices. */
  public static MitigationOutcome of(
      List<String> columns, GroupedScores data, ThresholdFit fit, double threshold) {
    return new MitigationOutcome(
        columns, fit, ExpectedOutcomes.before(data, threshold), ExpectedOutcomes.after(data, fit));
  }
}
