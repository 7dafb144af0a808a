package dev.fairness.cli;

import dev.fairness.ApplyThresholdsRun;
import dev.fairness.config.ConfigException;
import dev.fairness.data.InputLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code fairness apply-thresholds}: the rules of a thresholds.json applied to new rows; writes
 * each row's exact positive probability and its seeded randomized prediction.
 */
final class ApplyThresholdsCommand implements Callable<Integer> {

  private final CommandSpec spec;
  private final OptionSpec thresholdsOption;
  private final OptionSpec datasetOption;
  private final OptionSpec outputOption;
  private final OptionSpec seedOption;
  private final OptionSpec facetOption;
  private final OptionSpec constraintOption;
  private final OptionSpec logLevelOption;
  private final OptionSpec quietOption;

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
    thresholdsOption =
        Specs.add(
            spec,
            Specs.option(
                    "--thresholds", Path.class, "FILE", "thresholds.json of fairness mitigate.")
                .required(true)
                .build());
    datasetOption =
        Specs.add(
            spec,
            Specs.option(
                    "--dataset", Path.class, "PATH", "CSV file or directory with a header row.")
                .required(true)
                .build());
    outputOption =
        Specs.add(
            spec,
            Specs.option("--output", Path.class, "FILE", "Predictions CSV to write.")
                .required(true)
                .build());
    seedOption =
        Specs.add(
            spec,
            Specs.option(
                    "--seed", Long.class, "N", "Seed of the draws (default: ${DEFAULT-VALUE}).")
                .defaultValue("0")
                .build());
    facetOption =
        Specs.add(
            spec,
            Specs.option(
                    "--facet",
                    String.class,
                    "COLUMNS",
                    "The facet whose rules to apply, when the file has several.")
                .build());
    constraintOption =
        Specs.add(
            spec,
            Specs.option(
                    "--constraint",
                    String.class,
                    "NAME",
                    "The constraint whose rules to apply, when the file has several.")
                .build());
    logLevelOption =
        Specs.add(
            spec,
            Specs.option(
                    "--log-level",
                    String.class,
                    "LEVEL",
                    "error, warn, info or debug (default: ${DEFAULT-VALUE}).")
                .defaultValue("info")
                .build());
    quietOption = Specs.add(spec, Specs.flag("--quiet", "Print nothing on stdout."));
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
    String level = Specs.value(logLevelOption);
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
      Path output = Specs.value(outputOption);
      int rows =
          ApplyThresholdsRun.run(
              new ApplyThresholdsRun.Request(
                  Specs.value(thresholdsOption),
                  Specs.value(datasetOption),
                  output,
                  Specs.<Long>value(seedOption),
                  Specs.value(facetOption),
                  Specs.value(constraintOption)),
              InputLimits.of(System.getProperties()),
              log);
      if (!Specs.isSet(quietOption)) {
        out.println("wrote " + output + " (" + rows + " rows)");
        out.flush();
      }
      return ExitCode.OK.code();
    } catch (RuntimeException e) {
      return ErrorReporter.report(e, err, log).code();
    }
  }
}
