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
import dev.fairness.data.CsvHeaderMode;
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
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fairness analyze}: the whole run of spec §11. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Compute bias metrics and explanations; write analysis.json and reports.")
final class AnalyzeCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(
      names = "--dataset",
      paramLabel = "PATH",
      description = "Dataset file or directory; overrides dataset_uri.")
  Path dataset;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      defaultValue = "analysis_output",
      description = "Output directory (default: ./${DEFAULT-VALUE}).")
  Path output;

  static final class Transport {
    @Option(
        names = "--model-command",
        paramLabel = "\"CMD ARGS...\"",
        description = "Start the model as a subprocess (split like a shell word list; no shell).")
    String modelCommand;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Use an HTTP model.")
    String endpointUrl;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Transport transport;

  @Option(
      names = "--format",
      paramLabel = "LIST",
      defaultValue = "json,html,md",
      description =
          "Comma list of json, html, md (default: ${DEFAULT-VALUE}); analysis.json is always written.")
  String format;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed for every random choice (default: methods.shap.seed, else 0).")
  Long seed;

  @Option(
      names = "--max-shap-records",
      paramLabel = "N",
      description = "Explain only the first N records.")
  Integer maxShapRecords;

  @Option(
      names = "--csv-header",
      paramLabel = "MODE",
      defaultValue = "auto",
      description =
          "auto, present or absent: is the first CSV row a header when headers is absent (default: ${DEFAULT-VALUE}).")
  String csvHeader;

  @Option(names = "--strict", description = "Exit 5 when any metric or PDP entry carries an error.")
  boolean strict;

  @Option(
      names = "--assert",
      paramLabel = "EXPR",
      description =
          "CI gate, repeatable: [abs(]pre|post.METRIC[@FACET[=GROUP]][)] OP NUMBER. Exit 6 when one fails.")
  List<String> assertions = new ArrayList<>();

  @Option(
      names = "--thresholds",
      paramLabel = "FILE",
      description =
          "CI gate from a file: one --assert expression per line, # starts a comment. Exit 6 when one fails.")
  Path thresholds;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description =
          "Write a JUnit XML report: one test case per assertion; metric errors skipped (failed under --strict).")
  Path junit;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The signal handlers of the running analysis, or null before it starts. */
  private Interrupts interrupts;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StderrLog log;
    try {
      log = new StderrLog(err, StderrLog.Level.parse(common.logLevel));
    } catch (IllegalArgumentException e) {
      err.println(
          "fairness: error: --log-level "
              + common.logLevel
              + ": unknown level; use error, warn, info or debug");
      return ExitCode.CONFIG.code();
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
    List<Assertion> gates = new ArrayList<>();
    for (String a : assertions) {
      gates.add(Assertion.parse(a));
    }
    if (thresholds != null) {
      gates.addAll(ThresholdsFile.parse(thresholds));
    }
    Set<String> formats = parseFormats(format);
    CsvHeaderMode headerMode = parseHeaderMode(csvHeader);
    if (maxShapRecords != null && maxShapRecords < 1) {
      throw new ConfigException("--max-shap-records " + maxShapRecords + ": must be at least 1");
    }
    List<String> command =
        transport != null && transport.modelCommand != null
            ? ShellWords.split(transport.modelCommand)
            : null;
    if (command != null && command.isEmpty()) {
      throw new ConfigException(
          "--model-command: empty command; give the program and its arguments");
    }
    String url = transport != null ? transport.endpointUrl : null;
    Path configFile = common.config.toAbsolutePath().normalize();
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
            common.quiet ? null : new TerminalProgress(err));
    AnalysisResult result;
    List<Path> written;
    List<AssertionCheck.Outcome> outcomes;
    try (OutputDirectory dir = OutputDirectory.open(outDir);
        Analyzer analyzer = new Analyzer(loaded, options, log);
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
    if (!common.quiet) {
      new Summary(out).print(result, written, output);
    }
    if (assertFailed) {
      return ExitCode.ASSERTION;
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
