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

  /**
   * Returns the fit of the groups' {@code steps} with the unmitigated matrices {@code before} (from
   * {@link ExpectedOutcomes#before}) and the expected matrices under the fit.
   */
  public static MitigationOutcome of(
      List<String> columns, ScoreSteps[] steps, ThresholdFit fit, List<GroupOutcome> before) {
    return new MitigationOutcome(columns, fit, before, ExpectedOutcomes.after(steps, fit));
  }
}
