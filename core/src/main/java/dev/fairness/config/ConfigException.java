package dev.fairness.config;

import dev.fairness.FairnessException;
import java.util.List;

/**
 * Thrown when the configuration (or the command line) is unusable (exit 2). Carries every problem
 * found, so the user can fix them in one go; the message is the headline line of spec §10.2 and
 * {@link #details()} the indented lines that follow it.
 */
public class ConfigException extends FairnessException {

  private final List<String> details;

  /** Creates a configuration error with a headline and no detail lines. */
  public ConfigException(String message) {
    this(message, List.of(), null);
  }

  /** Creates a configuration error with a headline and its cause. */
  public ConfigException(String message, Throwable cause) {
    this(message, List.of(), cause);
  }

  /** Creates a configuration error with a headline and detail lines (printed indented). */
  public ConfigException(String message, List<String> details, Throwable cause) {
    super(Kind.CONFIG, message, cause);
    this.details = List.copyOf(details);
  }

  /** Returns the schema-error block for a list of problems (spec §2.1). */
  public static ConfigException schema(List<ConfigProblem> problems) {
    return new ConfigException(
        "Analysis configuration schema validation error.",
        problems.stream().map(p -> p.pointer() + ": " + p.message()).toList(),
        null);
  }

  /** Returns the detail lines, each printed as {@code " " + line}. */
  @Override
  public List<String> details() {
    return details;
  }
}
