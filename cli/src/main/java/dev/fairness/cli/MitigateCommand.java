package dev.fairness.cli;

import dev.fairness.MitigationOptions;
import dev.fairness.MitigationRun;
import dev.fairness.OutputDirectory;
import dev.fairness.config.ConfigException;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.config.LoadedConfig;
import dev.fairness.config.ThresholdsConfig;
import dev.fairness.data.InputLimits;
import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.mitigate.Constraint;
import dev.fairness.mitigate.ExpectedOutcomes;
import dev.fairness.mitigate.MitigationOutcome;
import dev.fairness.mitigate.MitigationResult;
import dev.fairness.mitigate.Rate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code fairness mitigate}: per-group randomized thresholds on {@code predicted_score} that meet a
 * fairness constraint (Fairlearn's ThresholdOptimizer), written to thresholds.json with a report.
 */
final class MitigateCommand implements Callable<Integer> {

  private final CommandSpec spec;
  private final CommonOptions common;
  private final OptionSpec constraintOption;
  private final OptionSpec objectiveOption;
  private final OptionSpec gridSizeOption;
  private final OptionSpec datasetOption;
  private final OptionSpec outputOption;
  private final OptionSpec formatOption;
  private final OptionSpec csvHeaderOption;
  private Interrupts interrupts;

  private MitigateCommand() {
    spec =
        Specs.command(
            "mitigate",
            this,
            "Fit per-group thresholds on the score column (predicted_score) that meet a fairness"
                + " constraint at the least cost to an objective, per facet; the same rules as"
                + " Fairlearn's ThresholdOptimizer.",
            "Writes thresholds.json, mitigation.html and mitigation.md into --output.");
    spec.usageMessage().sortOptions(false);
    common = CommonOptions.addTo(spec);
    constraintOption =
        Specs.add(
            spec,
            Specs.repeated(
                "--constraint",
                "NAME",
                "demographic_parity, equalized_odds, true_positive_rate_parity,"
                    + " false_positive_rate_parity, false_negative_rate_parity,"
                    + " true_negative_rate_parity, or all; repeatable (default:"
                    + " methods.thresholds.constraints, else demographic_parity)."));
    objectiveOption =
        Specs.add(
            spec,
            Specs.option(
                    "--objective",
                    String.class,
                    "NAME",
                    "accuracy_score, balanced_accuracy_score, selection_rate, true_positive_rate,"
                        + " true_negative_rate (equalized_odds: the first two; default:"
                        + " methods.thresholds.objective, else accuracy_score).")
                .build());
    gridSizeOption =
        Specs.add(
            spec,
            Specs.option(
                    "--grid-size",
                    Integer.class,
                    "N",
                    "Grid intervals of the constrained rate (default: methods.thresholds.grid_size, else"
                        + " 1000).")
                .build());
    datasetOption =
        Specs.add(
            spec,
            Specs.option("--dataset", Path.class, "PATH", "Dataset file or directory.").build());
    outputOption =
        Specs.add(
            spec,
            Specs.option(
                    "--output", Path.class, "DIR", "Output directory (default: ${DEFAULT-VALUE}).")
                .defaultValue("./mitigation_output")
                .build());
    formatOption =
        Specs.add(
            spec,
            Specs.option(
                    "--format",
                    String.class,
                    "LIST",
                    "Reports to write, a comma list of html, md, json (thresholds.json is always"
                        + " written; default: ${DEFAULT-VALUE}).")
                .defaultValue("json,html,md")
                .build());
    csvHeaderOption =
        Specs.add(
            spec,
            Specs.option(
                    "--csv-header",
                    String.class,
                    "MODE",
                    "auto, present or absent (default: ${DEFAULT-VALUE}).")
                .defaultValue("auto")
                .build());
    Specs.withStandardHelp(spec);
  }

  /** Returns the model of the command, bound to a new instance. */
  static CommandSpec spec() {
    return new MitigateCommand().spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StderrLog log;
    try {
      log = common.log(err);
    } catch (ConfigException e) {
      return ErrorReporter.report(e, err, null).code();
    }
    try {
      return run(out, err, log).code();
    } catch (RuntimeException e) {
      if (interrupts != null && interrupts.signalled() != 0) {
        return interrupts.awaitHalt();
      }
      return ErrorReporter.report(e, err, log).code();
    }
  }

  private ExitCode run(PrintWriter out, PrintWriter err, StderrLog log) {
    List<String> constraintNames = Specs.value(constraintOption);
    String objectiveName = Specs.value(objectiveOption);
    Integer gridSize = Specs.value(gridSizeOption);
    Path dataset = Specs.value(datasetOption);
    Path output = Specs.value(outputOption);
    Set<String> formats = formats(Specs.value(formatOption));
    CsvHeaderMode header = headerMode(Specs.value(csvHeaderOption));
    List<Constraint> constraints =
        constraintNames == null || constraintNames.isEmpty() ? null : constraints(constraintNames);
    Rate objective = objectiveName == null ? null : objective(objectiveName);
    Path configFile = common.config().toAbsolutePath().normalize();
    LoadedConfig loaded =
        ConfigLoader.loadDocument(configFile, new ConfigOverrides(dataset, null, null, null), log);
    ThresholdsConfig fromConfig = loaded.config().methods().thresholds();
    if (fromConfig == null) {
      fromConfig = new ThresholdsConfig(List.of("demographic_parity"), "accuracy_score", 1000);
    }
    MitigationOptions defaults =
        MitigationOptions.of(
            fromConfig,
            dataset == null ? null : dataset.toAbsolutePath().normalize(),
            header,
            formats);
    MitigationOptions options =
        new MitigationOptions(
            constraints != null ? constraints : defaults.constraints(),
            objective != null ? objective : defaults.objective(),
            gridSize != null ? gridSize : defaults.gridSize(),
            defaults.datasetOverride(),
            header,
            formats,
            InputLimits.of(System.getProperties()));
    MitigationResult result;
    List<Path> written;
    // the signal handlers stay until the summary is printed, as for analyze
    try (OutputDirectory dir = OutputDirectory.open(output.toAbsolutePath().normalize());
        Interrupts handlers = Interrupts.install(dir, err)) {
      interrupts = handlers;
      result = MitigationRun.run(loaded, options, log, dir);
      written = dir.commit();
      if (!common.quiet()) {
        print(out, result, written, output);
      }
    }
    return ExitCode.OK;
  }

  private static Rate objective(String name) {
    Rate objective = Rate.byId(name);
    if (objective == null || !Constraint.DEMOGRAPHIC_PARITY.objectives().contains(objective)) {
      throw new ConfigException(
          "--objective "
              + name
              + ": unknown objective; use accuracy_score, balanced_accuracy_score,"
              + " selection_rate, true_positive_rate or true_negative_rate");
    }
    return objective;
  }

  private static List<Constraint> constraints(List<String> names) {
    Set<Constraint> out = new LinkedHashSet<>();
    for (String n : names) {
      for (String part : n.split(",", -1)) {
        String p = part.strip();
        if (p.equals("all")) {
          out.addAll(List.of(Constraint.values()));
          continue;
        }
        Constraint c = Constraint.byId(p);
        if (c == null) {
          throw new ConfigException(
              "--constraint "
                  + p
                  + ": unknown constraint; use all or one of "
                  + String.join(", ", Constraint.ids()));
        }
        out.add(c);
      }
    }
    return new ArrayList<>(out);
  }

  private static void print(PrintWriter out, MitigationResult r, List<Path> written, Path output) {
    for (MitigationOutcome o : r.outcomes()) {
      Rate obj = o.fit().objective();
      Rate eq = o.fit().constraint().equalizedRate();
      out.println(
          String.join(" × ", o.columns())
              + "  "
              + o.fit().constraint().id()
              + "  "
              + obj.id()
              + " "
              + ExpectedOutcomes.total(o.before()).rate(obj)
              + " -> "
              + ExpectedOutcomes.total(o.after()).rate(obj)
              + "  disparity "
              + ExpectedOutcomes.disparity(o.before(), eq)
              + " -> "
              + ExpectedOutcomes.disparity(o.after(), eq));
    }
    for (Path p : written) {
      out.println("wrote " + output.resolve(p.getFileName()));
    }
    out.flush();
  }

  private static Set<String> formats(String list) {
    Set<String> out = new LinkedHashSet<>();
    for (String part : list.split(",", -1)) {
      String f = part.strip().toLowerCase(Locale.ROOT);
      if (!f.equals("json") && !f.equals("html") && !f.equals("md")) {
        throw new ConfigException(
            "--format "
                + list
                + ": unknown format '"
                + part.strip()
                + "'; use a comma list of json, html, md");
      }
      out.add(f);
    }
    return out;
  }

  private static CsvHeaderMode headerMode(String mode) {
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "auto" -> CsvHeaderMode.AUTO;
      case "present" -> CsvHeaderMode.PRESENT;
      case "absent" -> CsvHeaderMode.ABSENT;
      default ->
          throw new ConfigException(
              "--csv-header " + mode + ": unknown mode; use auto, present or absent");
    };
  }
}
