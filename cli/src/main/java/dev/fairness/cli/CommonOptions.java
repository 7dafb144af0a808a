package dev.fairness.cli;

import dev.fairness.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Options shared by {@code analyze} and {@code validate}; their values are read after parsing. */
final class CommonOptions {

  private final OptionSpec config;
  private final OptionSpec logLevel;
  private final OptionSpec quiet;

  private CommonOptions(OptionSpec config, OptionSpec logLevel, OptionSpec quiet) {
    this.config = config;
    this.logLevel = logLevel;
    this.quiet = quiet;
  }

  /** Adds {@code --config}, {@code --log-level} and {@code --quiet} to {@code spec}. */
  static CommonOptions addTo(CommandSpec spec) {
    return new CommonOptions(
        Specs.add(
            spec,
            Specs.option(
                    "--config",
                    Path.class,
                    "FILE",
                    "Analysis configuration (UTF-8 JSON, SageMaker Clarify format).")
                .required(true)
                .build()),
        Specs.add(
            spec,
            Specs.option(
                    "--log-level",
                    String.class,
                    "LEVEL",
                    "error, warn, info or debug (default: ${DEFAULT-VALUE}). Logs go to stderr.")
                .defaultValue("info")
                .build()),
        Specs.add(spec, Specs.flag("--quiet", "Print nothing on stdout.")));
  }

  /** Returns {@code --config}. */
  Path config() {
    return Specs.value(config);
  }

  /** Returns whether {@code --quiet} was given. */
  boolean quiet() {
    return Specs.isSet(quiet);
  }

  /**
   * Returns the log that {@code --log-level} asks for, writing to {@code err}.
   *
   * @throws ConfigException when the level is not one of error, warn, info, debug
   */
  StderrLog log(PrintWriter err) {
    String level = Specs.value(logLevel);
    try {
      return new StderrLog(err, StderrLog.Level.parse(level));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "--log-level " + level + ": unknown level; use error, warn, info or debug");
    }
  }
}
