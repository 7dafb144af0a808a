package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.metrics.Stage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The metric names a configuration may request, in smclarify's registration order (spec §2.5), and
 * the parsing of a {@code methods} value into a list of them.
 *
 * <p>The names come from the metric enums of {@code dev.fairness.metrics} through {@link Stage}:
 * the one list of metric ids.
 */
public final class MetricNames {

  /** Pre-training metric names in registration order. */
  public static final List<String> PRE_TRAINING = Stage.PRE_TRAINING.ids();

  /** Post-training metric names in registration order. */
  public static final List<String> POST_TRAINING = Stage.POST_TRAINING.ids();

  private MetricNames() {}

  /**
   * Returns the requested names of one stage in registration order, de-duplicated, or null after
   * recording a problem. {@code "all"} (any case), or a list containing it, means every name; any
   * other single string is a one-element list; names are matched exactly (upper case).
   */
  static List<String> parse(
      JsonNode value, String pointer, List<String> registered, Problems problems) {
    List<String> requested = new ArrayList<>();
    if (value.isTextual()) {
      requested.add(value.textValue());
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        JsonNode e = value.get(i);
        if (!e.isTextual()) {
          problems.schema(pointer + "/" + i, "expected a string, got " + NodeValues.typeName(e));
          return null;
        }
        requested.add(e.textValue());
      }
      if (requested.isEmpty()) {
        problems.schema(pointer, "empty list; give \"all\" or metric names from " + registered);
        return null;
      }
    } else {
      problems.schema(
          pointer, "expected \"all\" or an array of strings, got " + NodeValues.typeName(value));
      return null;
    }
    if (requested.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals("all"))) {
      return registered;
    }
    Set<String> wanted = new LinkedHashSet<>(requested);
    if (!registered.containsAll(wanted)) {
      problems.general(
          "Invalid metric_name: metrics should be one of the registered metrics"
              + registered.stream()
                  .map(n -> "'" + n + "'")
                  .collect(Collectors.joining(", ", "[", "]")));
      return null;
    }
    return registered.stream().filter(wanted::contains).toList();
  }
}
