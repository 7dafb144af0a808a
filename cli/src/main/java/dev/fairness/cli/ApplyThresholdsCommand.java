package dev.fairness.cli;

import dev.fairness.ApplyThresholdsRun;
import dev.fairness.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fairness apply-thresholds}: the rules of a thresholds.json applied to new rows; writes
 * each row's exact positive probability and its seeded randomized prediction.
 */
final class ApplyThresholdsCommand implements Callable<Integer> {

  private final CommandSpec spec;

  private ApplyThresholdsCommand() {
    spec =
        Specs.command(
            "apply-thresholds",
            this,
            "Apply the per-group thresholds of fairness mitigate to a CSV dataset with a header"
                + " row (it needs the score and facet columns the rules name).",
            "Writes row,group,probability,prediction: probability is exact; prediction is 1 when"
                + " probability >= the row's draw of numpy's RandomState(seed), as Fairlearn's"
                + " predict(random_state=seed) draws.");
    spec.usageMessage().sortOptions(false);
    spec.addOption(
        Specs.option("--thresholds", Path.class, "FILE", "thresholds.json of fairness mitigate.")
            .required(true)
            .build());
    spec.addOption(
        Specs.option("--dataset", Path.class, "PATH", "CSV file or directory with a header row.")
            .required(true)
            .build());
    spec.addOption(
        Specs.option("--output", Path.class, "FILE", "Predictions CSV to write.")
            .required(true)
            .build());
    spec.addOption(
        Specs.option("--seed", Long.class, "N", "Seed of the draws (default: ${DEFAULT-VALUE}).")
            .defaultValue("0")
            .build());
    spec.addOption(
        Specs.option(
                "--facet",
                String.class,
                "COLUMNS",
                "The facet whose rules to apply, when the file has several.")
            .build());
    spec.addOption(
        Specs.option(
                "--constraint",
                String.class,
                "NAME",
                "The constraint whose rules to apply, when the file has several.")
            .build());
    spec.addOption(
        Specs.option(
                "--log-level",
                String.class,
                "LEVEL",
                "error, warn, info or debug (default: ${DEFAULT-VALUE}).")
            .defaultValue("info")
            .build());
    spec.addOption(Specs.flag("--quiet", "Print nothing on stdout."));
    Specs.withStandardHelp(spec);
  }

  /** Returns the model of the command, bound to a new instance. */
  static CommandSpec spec() {
    return new ApplyThresholdsCommand().spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StderrLog log;
    String level = Specs.value(spec, "--log-level");
    try {
      log = new StderrLog(err, StderrLog.Level.parse(level));
    } catch (IllegalArgumentException e) {
      return ErrorReporter.report(
              new ConfigException(
                  "--log-level " + level + ": unknown level; use error, warn, info or debug"),
              err,
              null)
          .code();
    }
    try {
      Path output = Specs.value(spec, "--output");
      int rows =
          ApplyThresholdsRun.run(
              new ApplyThresholdsRun.Request(
                  Specs.value(spec, "--thresholds"),
                  Specs.value(spec, "--dataset"),
                  output,
                  Specs.<Long>value(spec, "--seed"),
                  Specs.value(spec, "--facet"),
                  Specs.value(spec, "--constraint")),
              log);
      if (!Specs.isSet(spec, "--quiet")) {
        out.println("wrote " + output + " (" + rows + " rows)");
        out.flush();
      }
      return ExitCode.OK.code();
    } catch (RuntimeException e) {
      return ErrorReporter.report(e, err, log).code();
    }
  }
}
