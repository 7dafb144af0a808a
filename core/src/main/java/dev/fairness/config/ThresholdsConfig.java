package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code methods.thresholds} (our key): per-group threshold mitigation of {@code predicted_score},
 * as {@code fairness mitigate} does it, written beside the analysis.
 *
 * @param constraints constraint names (Fairlearn's), in order, {@code "all"} expanded
 * @param objective objective name (Fairlearn's)
 * @param gridSize grid intervals
 */
public record ThresholdsConfig(List<String> constraints, String objective, int gridSize) {

  /** The constraint names, in the order {@code "all"} expands to. */
  public static final List<String> CONSTRAINTS =
      List.of(
          "demographic_parity",
          "equalized_odds",
          "true_positive_rate_parity",
          "false_positive_rate_parity",
          "false_negative_rate_parity",
          "true_negative_rate_parity");

  /** The objective names. */
  public static final List<String> OBJECTIVES =
      List.of(
          "accuracy_score",
          "balanced_accuracy_score",
          "selection_rate",
          "true_positive_rate",
          "true_negative_rate");

  /** Copies the list. */
  public ThresholdsConfig {
    constraints = List.copyOf(constraints);
  }

  /** Reads {@code methods.thresholds}; problems are recorded, defaults fill absent keys. */
  static ThresholdsConfig read(Section s) {
    s.checkKeys(List.of("constraints", "objective", "grid_size"), List.of());
    List<String> constraints = constraints(s);
    String objective = s.has("objective") ? s.enumString("objective", OBJECTIVES) : null;
    Long grid = s.integer("grid_size", 1, 1_000_000);
    return new ThresholdsConfig(
        constraints,
        objective == null ? "accuracy_score" : objective,
        grid == null ? 1000 : grid.intValue());
  }

  private static List<String> constraints(Section s) {
    JsonNode v = s.get("constraints");
    if (v == null) {
      return List.of("demographic_parity");
    }
    if (v.isTextual() && v.textValue().equals("all")) {
      return CONSTRAINTS;
    }
    List<String> list = v.isTextual() ? List.of(v.textValue()) : s.stringList("constraints");
    if (list == null || list.isEmpty()) {
      s.problems().schema(s.at("constraints"), "give \"all\" or a non-empty list of constraints");
      return List.of("demographic_parity");
    }
    for (String c : list) {
      if (!CONSTRAINTS.contains(c)) {
        s.problems()
            .schema(
                s.at("constraints"),
                "unknown constraint " + c + "; use all or " + String.join(", ", CONSTRAINTS));
      }
    }
    return list;
  }
}
