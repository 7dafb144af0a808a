package dev.fairness.mitigate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fitted rules of one constraint as {@code thresholds.json} holds them (the layout of
 * fairlearn_oracle.py's {@code thresholds[constraint]}): objective, grid size and one rule per
 * group key, in key order.
 *
 * @param constraint the constraint
 * @param objective the objective
 * @param gridSize the grid intervals
 * @param groups rule per group key
 */
public record RuleSet(
    Constraint constraint, Rate objective, int gridSize, Map<String, GroupRule> groups) {

  /** Copies the map, keeping its order. */
  public RuleSet {
    groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }

  /** Returns the rules of a fit. */
  public static RuleSet of(ThresholdFit fit) {
    Map<String, GroupRule> m = new LinkedHashMap<>();
    for (int g = 0; g < fit.groupNames().size(); g++) {
      m.put(fit.groupNames().get(g), fit.rules().get(g));
    }
    return new RuleSet(fit.constraint(), fit.objective(), fit.gridSize(), m);
  }
}
