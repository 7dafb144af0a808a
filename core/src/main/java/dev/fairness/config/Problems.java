package dev.fairness.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while validating one configuration and turns them into one {@link
 * ConfigException} (spec §2.1: all problems are reported together).
 *
 * <p>Schema problems carry a JSON pointer and become lines of the schema-error block. General
 * problems (cross-field rules, unsupported features) carry no pointer; their message is the spec's
 * text and may span several lines, the first being the headline.
 */
final class Problems {

  static final String SCHEMA_HEADLINE = "Analysis configuration schema validation error.";

  private final List<ConfigProblem> all = new ArrayList<>();

  /** Records a schema problem at {@code pointer}. */
  void schema(String pointer, String message) {
    all.add(new ConfigProblem(pointer, message));
  }

  /** Records a problem that concerns several keys or the file as a whole. */
  void general(String message) {
    all.add(new ConfigProblem("", message));
  }

  /** Returns true when no problem has been recorded. */
  boolean isEmpty() {
    return all.isEmpty();
  }

  /** Returns the problems in the order they were found. */
  List<ConfigProblem> list() {
    return List.copyOf(all);
  }

  /**
   * Throws one exception listing every problem, if any. With at least one schema problem the
   * headline is the schema headline of spec §2.1 and every problem is a detail line (general ones
   * without pointer); otherwise the first general message is the headline.
   */
  void throwIfAny() {
    if (all.isEmpty()) {
      return;
    }
    List<ConfigProblem> schema = all.stream().filter(p -> !p.pointer().isEmpty()).toList();
    List<String> general =
        all.stream().filter(p -> p.pointer().isEmpty()).map(ConfigProblem::message).toList();
    if (general.isEmpty()) {
      throw ConfigException.schema(schema);
    }
    List<String> details = new ArrayList<>();
    String headline;
    if (schema.isEmpty()) {
      String[] first = general.get(0).split("\n");
      headline = first[0];
      details.addAll(List.of(first).subList(1, first.length));
      general.subList(1, general.size()).forEach(m -> details.addAll(List.of(m.split("\n"))));
    } else {
      headline = SCHEMA_HEADLINE;
      schema.forEach(p -> details.add(p.pointer() + ": " + p.message()));
      general.forEach(m -> details.addAll(List.of(m.split("\n"))));
    }
    throw new ConfigException(headline, details, null);
  }
}
