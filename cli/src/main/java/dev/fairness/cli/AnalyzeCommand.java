package dev.fairness.cli;

import dev.fairness.AnalysisOptions;
import dev.fairness.Analyzer;
import dev.fairness.OutputDirectory;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ConfigException;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.config.LoadedConfig;
import dev.fairness.config.ShellWords;
import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.gate.Assertion;
import dev.fairness.gate.AssertionCheck;
import dev.fairness.gate.AssertionFailure;
import dev.fairness.gate.JUnitReport;
import dev.fairness.gate.ThresholdsFile;
import dev.fairness.result.AnalysisResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fairness analyze}: the whole run of spec §11. */
final class AnalyzeCommand implements Callable<Integer> {

  private final CommandSpec spec;

  /** The signal handlers of the running analysis, or null before it starts. */
  private Interrupts interrupts;

  private AnalyzeCommand() {
    spec =
        Specs.command(
            "analyze",
            this,
            "Compute bias metrics and explanations; write analysis.json and reports.");
    spec.usageMessage().sortOptions(false);
    CommonOptions.addTo(spec);
    spec.addOption(
        Specs.option(
                "--dataset",
                Path.class,
                "PATH",
                "Dataset file or directory; overrides dataset_uri.")
            .build());
    spec.addOption(
        Specs.option(
                "--output", Path.class, "DIR", "Output directory (default: ./${DEFAULT-VALUE}).")
            .defaultValue("analysis_output")
            .build());
    spec.addArgGroup(
        ArgGroupSpec.builder()
            .exclusive(true)
            .multiplicity("0..1")
            .addArg(
                Specs.option(
                        "--model-command",
                        String.class,
                        "\"CMD ARGS...\"",
                        "Start the model as a subprocess (split like a shell word list; no shell).")
                    .build())
            .addArg(
                Specs.option("--endpoint-url", String.class, "URL", "Use an HTTP model.").build())
            .build());
    spec.addOption(
        Specs.option(
                "--format",
                String.class,
                "LIST",
                "Comma list of json, html, md (default: ${DEFAULT-VALUE}); analysis.json is always written.")
            .defaultValue("json,html,md")
            .build());
    spec.addOption(
        Specs.option(
                "--seed",
                Long.class,
                "N",
                "Seed for every random choice (default: methods.shap.seed, else 0).")
            .build());
    spec.addOption(
        Specs.option("--max-shap-records", Integer.class, "N", "Explain only the first N records.")
            .build());
    spec.addOption(
        Specs.option(
                "--csv-header",
                String.class,
                "MODE",
                "auto, present or absent: is the first CSV row a header when headers is absent (default: ${DEFAULT-VALUE}).")
            .defaultValue("auto")
            .build());
    spec.addOption(Specs.flag("--strict", "Exit 5 when any metric or PDP entry carries an error."));
    spec.addOption(
        Specs.repeated(
            "--assert",
            "EXPR",
            "CI gate, repeatable: [abs(]pre|post.METRIC[@FACET[=GROUP]][)] OP NUMBER. Exit 6 when one fails."));
    spec.addOption(
        Specs.option(
                "--thresholds",
                Path.class,
                "FILE",
                "CI gate from a file: one --assert expression per line, # starts a comment. Exit 6 when one fails.")
            .build());
    spec.addOption(
        Specs.option(
                "--junit",
                Path.class,
                "FILE",
                "Write a JUnit XML report: one test case per assertion; metric errors skipped (failed under --strict).")
            .build());
    spec.addOption(TrackingStep.option());
    Specs.withStandardHelp(spec);
    Specs.withExamples(
        spec,
        "Bias of the predictions in a column of the data; reports in out/:",
        "fairness analyze --config analysis.json --output out/",
        "Reach the model as a subprocess, explain 500 records, Markdown only:",
        "fairness analyze --config a.json --model-command \"python m.py\" --format md",
        "CI gate: exit 6 when the four-fifths rule fails, JUnit XML for the CI page:",
        "fairness analyze --config a.json --assert \"post.DI >= 0.8\" --junit j.xml");
  }

  /** Returns the model of the command, bound to a new instance. */
  static CommandSpec spec() {
    return new AnalyzeCommand().spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CommonOptions common = CommonOptions.of(spec);
    StderrLog log;
    try {
      log = common.log(err);
    } catch (ConfigException e) {
      return ErrorReporter.report(e, err, null).code();
    }
    try {
      return run(common, out, err, log).code();
    } catch (RuntimeException e) {
      if (interrupts != null && interrupts.signalled() != 0) {
        return interrupts.awaitHalt();
      }
      return ErrorReporter.report(e, err, log).code();
    }
  }

  private ExitCode run(CommonOptions common, PrintWriter out, PrintWriter err, StderrLog log) {
    Path dataset = Specs.value(spec, "--dataset");
    Path output = Specs.value(spec, "--output");
    String modelCommand = Specs.value(spec, "--model-command");
    String url = Specs.value(spec, "--endpoint-url");
    Long seed = Specs.value(spec, "--seed");
    Integer maxShapRecords = Specs.value(spec, "--max-shap-records");
    List<String> assertions = Specs.value(spec, "--assert");
    Path thresholds = Specs.value(spec, "--thresholds");
    Path junit = Specs.value(spec, "--junit");
    boolean strict = Specs.isSet(spec, "--strict");
    List<Assertion> gates = new ArrayList<>();
    for (String a : assertions == null ? List.<String>of() : assertions) {
      gates.add(Assertion.parse(a));
    }
    if (thresholds != null) {
      gates.addAll(ThresholdsFile.parse(thresholds));
    }
    Set<String> formats = parseFormats(Specs.value(spec, "--format"));
    CsvHeaderMode headerMode = parseHeaderMode(Specs.value(spec, "--csv-header"));
    if (maxShapRecords != null && maxShapRecords < 1) {
      throw new ConfigException("--max-shap-records " + maxShapRecords + ": must be at least 1");
    }
    List<String> command = modelCommand != null ? ShellWords.split(modelCommand) : null;
    if (command != null && command.isEmpty()) {
      throw new ConfigException(
          "--model-command: empty command; give the program and its arguments");
    }
    Path configFile = common.config().toAbsolutePath().normalize();
    LoadedConfig loaded =
        ConfigLoader.loadDocument(
            configFile, new ConfigOverrides(dataset, command, url, seed), log);
    AnalysisConfig config = loaded.config();
    Path outDir = output.toAbsolutePath().normalize();
    refuseConfigOverwrite(outDir, configFile, config);

    AnalysisOptions options =
        new AnalysisOptions(
            dataset == null ? null : dataset.toAbsolutePath().normalize(),
            headerMode,
            formats,
            maxShapRecords,
            VersionProvider.version(),
            System.getenv(),
            common.quiet() ? null : new TerminalProgress(err));
    AnalysisResult result;
    List<Path> written;
    List<AssertionCheck.Outcome> outcomes;
    try (OutputDirectory dir = OutputDirectory.open(outDir);
        Analyzer analyzer = new Analyzer(loaded, options, log, gates);
        Interrupts handlers = Interrupts.install(analyzer, dir, err)) {
      interrupts = handlers;
      result = analyzer.run(dir);
      outcomes = AssertionCheck.evaluate(gates, result);
      written = dir.commit();
    }
    if (junit != null) {
      JUnitReport.write(outcomes, result, strict, junit);
    }
    boolean assertFailed = false;
    for (AssertionCheck.Outcome o : outcomes) {
      for (AssertionFailure f : o.failures()) {
        err.println(f.message());
        assertFailed = true;
      }
    }
    if (!common.quiet()) {
      new Summary(out).print(result, written, output);
    }
    ExitCode tracking =
        TrackingStep.run(spec, result, outDir, written, strict, out, err, log, common.quiet());
    if (assertFailed) {
      return ExitCode.ASSERTION;
    }
    if (tracking != null) {
      return tracking;
    }
    if (strict && Summary.hasErrors(result)) {
      err.println(
          "fairness: error: --strict: at least one metric or PDP entry has an error (see analysis.json)");
      return ExitCode.STRICT;
    }
    return ExitCode.OK;
  }

  private static void refuseConfigOverwrite(Path outDir, Path configFile, AnalysisConfig config) {
    Set<Path> ours = new LinkedHashSet<>();
    String name = config.methods().report().name();
    for (String f :
        List.of("analysis.json", "analysis_config.json", name + ".html", name + ".md")) {
      ours.add(outDir.resolve(f));
    }
    for (Path p : ours) {
      if (p.equals(configFile)
          || (Files.exists(p) && Files.exists(configFile) && sameFile(p, configFile))) {
        throw new ConfigException(
            "--output " + outDir + " would overwrite the configuration file " + configFile);
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  static Set<String> parseFormats(String list) {
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

  static CsvHeaderMode parseHeaderMode(String mode) {
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
