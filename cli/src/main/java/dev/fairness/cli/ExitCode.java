package dev.fairness.cli;

import dev.fairness.FairnessException;

/** The exit codes of spec §10.1. */
public enum ExitCode {
  OK(0, "analysis finished; outputs written"),
  INTERNAL(1, "internal error (a bug)"),
  CONFIG(2, "usage or configuration error"),
  DATA(3, "data error"),
  MODEL(4, "model error"),
  STRICT(5, "--strict and a metric or PDP entry has an error"),
  ASSERTION(6, "an --assert failed, or compare found a violation"),
  INTERRUPTED(130, "interrupted (SIGINT)"),
  TERMINATED(143, "terminated (SIGTERM)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** Returns the numeric exit code. */
  public int code() {
    return code;
  }

  /** Returns the one-line meaning shown in {@code --help}. */
  public String meaning() {
    return meaning;
  }

  /** Returns the exit code of a failure kind. */
  public static ExitCode of(FairnessException.Kind kind) {
    return switch (kind) {
      case CONFIG -> CONFIG;
      case DATA -> DATA;
      case MODEL -> MODEL;
    };
  }
}
