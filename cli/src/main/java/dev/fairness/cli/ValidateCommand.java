package dev.fairness.cli;

import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code fairness validate}: schema and cross-field checks only; reads no data, starts no model.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check a configuration (schema and cross-field rules); reads no data. Exit 0 or 2.")
final class ValidateCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StderrLog log = new StderrLog(err, StderrLog.Level.parse(common.logLevel));
    try {
      ConfigLoader.load(
          common.config.toAbsolutePath(), new ConfigOverrides(null, null, null, null), log);
    } catch (RuntimeException e) {
      return ErrorReporter.report(e, err, log).code();
    }
    if (!common.quiet) {
      out.println(common.config + ": valid");
    }
    return ExitCode.OK.code();
  }
}
