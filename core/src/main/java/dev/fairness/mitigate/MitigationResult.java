package dev.fairness.mitigate;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code fairness mitigate} computed: the score column, the unmitigated threshold, the
 * label description and one outcome per facet and constraint.
 *
 * @param score the score column
 * @param probabilityThreshold the unmitigated rule's threshold
 * @param label label column and positive rule, as text for the report
 * @param rows the rows fitted on
 * @param outcomes per facet, per constraint, in that order
 */
public record MitigationResult(
    String score,
    double probabilityThreshold,
    String label,
    int rows,
    List<MitigationOutcome> outcomes) {

  /** Copies the list. */
  public MitigationResult {
    outcomes = List.copyOf(outcomes);
  }

  /** Returns the thresholds.json document of these outcomes, facets in first-fitted order. */
  public ThresholdsJson.Document document() {
    List<FacetRules> facets = new ArrayList<>();
    List<List<String>> seen = new ArrayList<>();
    List<List<RuleSet>> sets = new ArrayList<>();
    for (MitigationOutcome o : outcomes) {
      int i = seen.indexOf(o.columns());
      if (i < 0) {
        seen.add(o.columns());
        sets.add(new ArrayList<>());
        i = seen.size() - 1;
      }
      sets.get(i).add(RuleSet.of(o.fit()));
    }
    for (int i = 0; i < seen.size(); i++) {
      facets.add(new FacetRules(seen.get(i), sets.get(i)));
    }
    return new ThresholdsJson.Document(score, probabilityThreshold, facets);
  }
}
