package dev.fairness.cli;

import dev.fairness.AnalysisOptions;
import dev.fairness.Analyzer;
import dev.fairness.OutputDirectory;
import dev.fairness.config.ConfigException;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.config.LoadedConfig;
import dev.fairness.config.ModelConfigs;
import dev.fairness.config.ModelSet;
import dev.fairness.data.InputLimits;
import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.gate.ModelGate;
import dev.fairness.gate.RunGate;
import dev.fairness.report.ReportFormat;
import dev.fairness.result.AnalysisResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code fairness analyze}: the whole run of spec §11. */
final class AnalyzeCommand implements Callable<Integer> {

  private final CommandSpec spec;
  private final CommonOptions common;
  private final OptionSpec dataset;
  private final OptionSpec output;
  private final OptionSpec modelCommand;
  private final OptionSpec endpointUrl;
  private final OptionSpec models;
  private final OptionSpec format;
  private final OptionSpec seed;
  private final OptionSpec nBoot;
  private final OptionSpec confidenceLevel;
  private final OptionSpec maxShapRecords;
  private final OptionSpec csvHeader;
  private final OptionSpec strict;
  private final OptionSpec csvSafe;
  private final OptionSpec assertions;
  private final OptionSpec thresholds;
  private final OptionSpec junit;

  /** The signal handlers of the running analysis, or null before it starts. */
  private Interrupts interrupts;

  private AnalyzeCommand() {
    spec =
        Specs.command(
            "analyze",
            this,
            "Compute bias metrics and explanations; write analysis.json and reports.");
    spec.usageMessage().sortOptions(false);
    common = CommonOptions.addTo(spec);
    dataset =
        Specs.add(
            spec,
            Specs.option(
                    "--dataset",
                    Path.class,
                    "PATH",
                    "Dataset file or directory; overrides dataset_uri.")
                .build());
    output =
        Specs.add(
            spec,
            Specs.option(
                    "--output",
                    Path.class,
                    "DIR",
                    "Output directory (default: ./${DEFAULT-VALUE}).")
                .defaultValue("analysis_output")
                .build());
    modelCommand =
        Specs.option(
                "--model-command",
                String.class,
                "\"CMD ARGS...\"",
                "Start the model as a subprocess (split like a shell word list; no shell).")
            .build();
    endpointUrl = Specs.option("--endpoint-url", String.class, "URL", "Use an HTTP model.").build();
    spec.addArgGroup(
        ArgGroupSpec.builder()
            .exclusive(true)
            .multiplicity("0..1")
            .addArg(modelCommand)
            .addArg(endpointUrl)
            .build());
    models =
        Specs.add(
            spec,
            Specs.repeated(
                "--model",
                "NAME=KIND:VALUE",
                "Compare models, repeatable: NAME=column:COL, NAME=cmd:\"CMD ARGS\" or NAME=url:URL; replaces the config's models (docs/models.md)."));
    format =
        Specs.add(
            spec,
            Specs.option(
                    "--format",
                    List.class,
                    "LIST",
                    "Comma list of json, html, md (default: ${DEFAULT-VALUE}); analysis.json is always written.")
                .auxiliaryTypes(ReportFormat.class)
                .splitRegex(",")
                .converters(OptionValues::reportFormat)
                .defaultValue("json,html,md")
                .build());
    seed =
        Specs.add(
            spec,
            Specs.option(
                    "--seed",
                    Long.class,
                    "N",
                    "Seed for every random choice (default: methods.shap.seed, else 0).")
                .build());
    nBoot =
        Specs.add(
            spec,
            Specs.option(
                    "--n-boot",
                    Integer.class,
                    "N",
                    "Bootstrap replicates for metric confidence intervals (turns them on; default: methods.confidence.n_boot, else 1000).")
                .build());
    confidenceLevel =
        Specs.add(
            spec,
            Specs.option(
                    "--confidence-level",
                    Double.class,
                    "P",
                    "Coverage of the confidence intervals, e.g. 0.95 (turns them on; default: methods.confidence.level, else 0.95).")
                .build());
    maxShapRecords =
        Specs.add(
            spec,
            Specs.option(
                    "--max-shap-records", Integer.class, "N", "Explain only the first N records.")
                .build());
    csvHeader =
        Specs.add(
            spec,
            Specs.option(
                    "--csv-header",
                    CsvHeaderMode.class,
                    "MODE",
                    "auto, present or absent: is the first CSV row a header when headers is absent (default: ${DEFAULT-VALUE}).")
                .converters(OptionValues::headerMode)
                .defaultValue("auto")
                .build());
    strict =
        Specs.add(
            spec, Specs.flag("--strict", "Exit 5 when any metric or PDP entry carries an error."));
    csvSafe =
        Specs.add(
            spec,
            Specs.flag(
                "--csv-safe",
                "Prefix ' to text cells of out.csv and baseline.csv that a spreadsheet would run as a formula."));
    assertions =
        Specs.add(
            spec,
            Specs.repeated(
                "--assert",
                "EXPR",
                "CI gate, repeatable: [abs(]pre|post.METRIC[@FACET[=GROUP]][)] OP NUMBER. Exit 6 when one fails."));
    thresholds =
        Specs.add(
            spec,
            Specs.option(
                    "--thresholds",
                    Path.class,
                    "FILE",
                    "CI gate from a file: one --assert expression per line, # starts a comment. Exit 6 when one fails.")
                .build());
    junit =
        Specs.add(
            spec,
            Specs.option(
                    "--junit",
                    Path.class,
                    "FILE",
                    "Write a JUnit XML report: one test case per assertion; metric errors skipped (failed under --strict).")
                .build());
    spec.addOption(TrackingStep.option());
    Specs.withStandardHelp(spec);
    HelpExamples.analyze(spec);
  }

  /** Receives the signal handlers of a run once they are installed. */
  interface Interruptible {
    /** Records the handlers, so a failure after a signal is left to them. */
    void interruptedBy(Interrupts handlers);
  }

  /** Returns the model of the command, bound to a new instance. */
  static CommandSpec spec() {
    return new AnalyzeCommand().spec;
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
    Path datasetPath = Specs.value(dataset);
    Integer maxRecords = Specs.value(maxShapRecords);
    RunGate gate =
        RunGate.parse(
            Specs.value(assertions),
            Specs.value(thresholds),
            Specs.isSet(strict),
            Specs.value(junit));
    Set<String> formats = new LinkedHashSet<>();
    for (ReportFormat f : Specs.<List<ReportFormat>>value(format)) {
      formats.add(f.id());
    }
    OptionValues.checkMaxShapRecords(maxRecords);
    Integer boots = OptionValues.checkBoots(Specs.value(nBoot));
    Double level = OptionValues.checkLevel(Specs.value(confidenceLevel));
    List<String> command = OptionValues.modelCommand(Specs.value(modelCommand));
    Path configFile = common.config().toAbsolutePath().normalize();
    ConfigOverrides overrides =
        new ConfigOverrides(
            datasetPath, command, Specs.value(endpointUrl), Specs.value(seed), boots, level);
    ModelSet modelSet = ModelConfigs.load(configFile, Specs.value(models), overrides, log);
    LoadedConfig loaded =
        modelSet != null
            ? modelSet.models().get(0).loaded()
            : ConfigLoader.loadDocument(configFile, overrides, log);
    gate.requireIntervals(loaded.config().methods().confidence() != null);
    Path outputDir = Specs.value(output);
    Path outDir = outputDir.toAbsolutePath().normalize();
    OutputClashes.refuse(outDir, configFile, loaded.config());
    ModelGate.checkSelectors(gate.assertions(), modelSet == null ? null : modelSet.names());

    AnalysisOptions options =
        new AnalysisOptions(
            datasetPath == null ? null : datasetPath.toAbsolutePath().normalize(),
            Specs.value(csvHeader),
            formats,
            maxRecords,
            VersionProvider.version(),
            System.getenv(),
            common.quiet() ? null : new TerminalProgress(err),
            InputLimits.of(System.getProperties()),
            Specs.isSet(csvSafe));
    if (modelSet != null) {
      if (spec.findOption("--mlflow").getValue() != null) {
        throw new ConfigException(
            "--mlflow: not supported with models; run and log each model on its own");
      }
      return new ModelsAnalysis(
              modelSet, gate.assertions(), Specs.isSet(strict), Specs.value(junit), common.quiet())
          .run(options, outputDir, out, err, log, h -> interrupts = h);
    }
    // the signal handlers stay until the summary is printed: a signal after the commit says so
    try (OutputDirectory dir = OutputDirectory.open(outDir);
        Analyzer analyzer = new Analyzer(loaded, options, log, gate.assertions());
        Interrupts handlers = Interrupts.install(analyzer::close, analyzer::kill, dir, err)) {
      interrupts = handlers;
      AnalysisResult result = analyzer.run(dir);
      List<Path> written = dir.commit();
      return new AnalyzeEnding(spec, common.quiet(), Specs.isSet(strict))
          .exitCode(gate, result, written, outputDir, out, err, log);
    }
  }
}
