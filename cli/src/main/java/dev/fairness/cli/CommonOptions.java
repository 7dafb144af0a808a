package dev.fairness.cli;

import dev.fairness.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Options shared by {@code analyze} and {@code validate}, read back after parsing. */
record CommonOptions(Path config, String logLevel, boolean quiet) {

  /** Adds {@code --config}, {@code --log-level} and {@code --quiet} to {@code spec}. */
  static void addTo(CommandSpec spec) {
    spec.addOption(
        Specs.option(
                "--config",
                Path.class,
                "FILE",
                "Analysis configuration (UTF-8 JSON, SageMaker Clarify format).")
            .required(true)
            .build());
    spec.addOption(
        Specs.option(
                "--log-level",
                String.class,
                "LEVEL",
                "error, warn, info or debug (default: info, warn with --quiet). Logs go to stderr.")
            .build());
    spec.addOption(
        Specs.flag("--quiet", "Print nothing on stdout; logs only warnings unless --log-level."));
  }

  /**
   * Returns the log that {@code --log-level} asks for, writing to {@code err}.
   *
   * @throws ConfigException when the level is not one of error, warn, info, debug
   */
  StderrLog log(PrintWriter err) {
    try {
      return new StderrLog(err, StderrLog.Level.parse(logLevel));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "--log-level " + logLevel + ": unknown level; use error, warn, info or debug");
    }
  }

  /** Returns the values parsed into the options {@link #addTo} added to {@code spec}. */
  static CommonOptions of(CommandSpec spec) {
    boolean quiet = Specs.isSet(spec, "--quiet");
    String level = Specs.value(spec, "--log-level");
    return new CommonOptions(
        Specs.value(spec, "--config"), level != null ? level : quiet ? "warn" : "info", quiet);
  }
}
