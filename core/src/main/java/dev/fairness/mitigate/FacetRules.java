package dev.fairness.mitigate;

import java.util.List;

/**
 * The rule sets fitted for one facet: its columns (a group key is their values joined by {@code ",
 * "}, as fairlearn_oracle.py joins intersectional groups) and one rule set per constraint.
 *
 * @param columns the facet's column names
 * @param ruleSets one per constraint, in the order fitted
 */
public record FacetRules(List<String> columns, List<RuleSet> ruleSets) {

  /** Copies the lists. */
  public FacetRules {
    columns = List.copyOf(columns);
    ruleSets = List.copyOf(ruleSets);
  }

  /** Returns the facet's name: its columns joined by {@code " × "}. */
  public String name() {
    return String.join(" × ", columns);
  }
}
