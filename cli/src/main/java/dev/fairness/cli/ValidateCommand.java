package dev.fairness.cli;

import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fairness validate}: schema and cross-field checks only; reads no data, starts no model.
 */
final class ValidateCommand implements Callable<Integer> {

  private final CommandSpec spec;
  private final CommonOptions common;

  private ValidateCommand() {
    spec =
        Specs.command(
            "validate",
            this,
            "Check a configuration (schema and cross-field rules); reads no data. Exit 0 or 2.");
    common = CommonOptions.addTo(spec);
    Specs.withStandardHelp(spec);
  }

  /** Returns the model of the command, bound to a new instance. */
  static CommandSpec spec() {
    return new ValidateCommand().spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StderrLog log = null;
    try {
      log = common.log(err);
      ConfigLoader.load(
          common.config().toAbsolutePath(), new ConfigOverrides(null, null, null, null), log);
    } catch (RuntimeException e) {
      return ErrorReporter.report(e, err, log).code();
    }
    if (!common.quiet()) {
      out.println(TerminalText.line(common.config() + ": valid"));
    }
    return ExitCode.OK.code();
  }
}
