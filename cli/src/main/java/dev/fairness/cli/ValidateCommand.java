package dev.fairness.cli;

import dev.fairness.DryRun;
import dev.fairness.Finding;
import dev.fairness.RunLog;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.config.ModelConfigs;
import dev.fairness.config.ModelSet;
import dev.fairness.data.csv.CsvHeaderMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code fairness validate}: schema and cross-field checks; with {@code --data} also the dry run
 * over the data's role columns ({@link DryRun}). Never starts a model.
 */
final class ValidateCommand implements Callable<Integer> {

  private final CommandSpec spec;
  private final CommonOptions common;
  private final OptionSpec data;
  private final OptionSpec dataset;
  private final OptionSpec csvHeader;

  private ValidateCommand() {
    spec =
        Specs.command(
            "validate",
            this,
            "Check a configuration (schema and cross-field rules); with --data, also read the data:"
                + " the dry run before a long job. Exit 0, 2 or 3.");
    common = CommonOptions.addTo(spec);
    data =
        Specs.add(
            spec,
            Specs.flag(
                "--data",
                "Also read the dataset: print each role column's kind and why, what each label and"
                    + " facet value selects, missing values and every warning (exit 3 on data"
                    + " errors)."));
    dataset =
        Specs.add(
            spec,
            Specs.option(
                    "--dataset",
                    Path.class,
                    "PATH",
                    "With --data: dataset file or directory; overrides dataset_uri.")
                .build());
    csvHeader =
        Specs.add(
            spec,
            Specs.option(
                    "--csv-header",
                    String.class,
                    "MODE",
                    "With --data: auto, present or absent (default: ${DEFAULT-VALUE}).")
                .defaultValue("auto")
                .build());
    Specs.withStandardHelp(spec);
    Specs.withExamples(
        spec,
        "Check a configuration before a long run (every problem listed at once):",
        "fairness validate --config analysis.json");
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
      Path given = Specs.value(dataset);
      Path abs = given == null ? null : given.toAbsolutePath().normalize();
      ConfigOverrides overrides = new ConfigOverrides(abs, null, null, null);
      // with models every model's configuration is checked; the dry run reads the first one's
      ModelSet models = ModelConfigs.load(common.config().toAbsolutePath(), null, overrides, log);
      AnalysisConfig config =
          models != null
              ? models.models().get(0).loaded().config()
              : ConfigLoader.load(common.config().toAbsolutePath(), overrides, log);
      if (Specs.isSet(data)) {
        return dryRun(config, abs, common, out, log);
      }
    } catch (RuntimeException e) {
      return ErrorReporter.report(e, err, log).code();
    }
    if (!common.quiet()) {
      out.println(TerminalText.line(common.config() + ": valid"));
    }
    return ExitCode.OK.code();
  }

  private int dryRun(
      AnalysisConfig config,
      Path datasetPath,
      CommonOptions common,
      PrintWriter out,
      StderrLog log) {
    CsvHeaderMode mode = OptionValues.headerMode(Specs.value(csvHeader));
    List<Finding> findings = new ArrayList<>();
    RunLog tee =
        new RunLog() {
          @Override
          public void debug(String message) {
            log.debug(message);
          }

          @Override
          public void info(String message) {
            log.info(message);
          }

          @Override
          public void warn(String message) {
            findings.add(Finding.plain(message));
            log.warn(message);
          }

          @Override
          public void finding(Finding f) {
            findings.add(f);
            log.finding(f);
          }
        };
    List<String> lines = DryRun.run(config, datasetPath, mode, tee);
    if (!common.quiet()) {
      lines.forEach(l -> out.println(TerminalText.line(l)));
      for (Finding f : findings) {
        out.println("warning  " + f.code() + "  " + TerminalText.line(f.text()));
      }
      out.println(
          common.config()
              + ": valid with data ("
              + findings.size()
              + (findings.size() == 1 ? " warning)" : " warnings)"));
      out.flush();
    }
    return ExitCode.OK.code();
  }
}
