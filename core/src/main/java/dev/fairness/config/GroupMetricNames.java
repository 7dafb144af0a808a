package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code methods.group_metrics} (issue 17): {@code {}} or {@code {"metrics": [...]}}. */
final class GroupMetricNames {

  /** The group metric ids in output order (the ids of {@code dev.fairness.groups.GroupMetric}). */
  static final List<String> IDS =
      List.of(
          "count",
          "selection_rate",
          "accuracy",
          "true_positive_rate",
          "false_positive_rate",
          "false_negative_rate",
          "true_negative_rate",
          "precision");

  private GroupMetricNames() {}

  /** Returns the requested ids in output order (all when {@code metrics} is absent), or null. */
  static List<String> read(Section groups) {
    groups.checkKeys(List.of("metrics"), List.of());
    JsonNode v = groups.get("metrics");
    if (v == null) {
      return IDS;
    }
    String ptr = groups.at("metrics");
    if (!v.isArray() || v.isEmpty()) {
      groups.problems().schema(ptr, "expected a non-empty array of group metric names from " + IDS);
      return IDS;
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual() || !IDS.contains(e.textValue())) {
        groups
            .problems()
            .schema(ptr + "/" + i, "unknown group metric " + e + "; give names from " + IDS);
      } else {
        wanted.add(e.textValue());
      }
    }
    List<String> out = new ArrayList<>();
    for (String id : IDS) {
      if (wanted.contains(id)) {
        out.add(id);
      }
    }
    return List.copyOf(out);
  }
}
