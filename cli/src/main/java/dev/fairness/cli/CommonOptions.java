package dev.fairness.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by {@code analyze} and {@code validate}. */
final class CommonOptions {

  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description = "Analysis configuration (UTF-8 JSON, SageMaker Clarify format).")
  Path config;

  @Option(
      names = "--log-level",
      paramLabel = "LEVEL",
      defaultValue = "info",
      description = "error, warn, info or debug (default: ${DEFAULT-VALUE}). Logs go to stderr.")
  String logLevel;

  @Option(names = "--quiet", description = "Print nothing on stdout.")
  boolean quiet;
}
