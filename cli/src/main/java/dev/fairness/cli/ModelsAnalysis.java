package dev.fairness.cli;

import dev.fairness.AnalysisOptions;
import dev.fairness.Finding;
import dev.fairness.ModelsRun;
import dev.fairness.OutputDirectory;
import dev.fairness.config.ModelSet;
import dev.fairness.gate.Assertion;
import dev.fairness.gate.ModelGate;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.ModelComparison;
import dev.fairness.text.ValueText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The multi-model branch of {@code fairness analyze} (issue 19): runs the models, commits their
 * outputs, applies the gate per model, prints one summary line per model and the files written.
 */
final class ModelsAnalysis {

  private final ModelSet models;
  private final List<Assertion> assertions;
  private final boolean strict;
  private final Path junit;
  private final boolean quiet;

  ModelsAnalysis(
      ModelSet models, List<Assertion> assertions, boolean strict, Path junit, boolean quiet) {
    this.models = models;
    this.assertions = assertions;
    this.strict = strict;
    this.junit = junit;
    this.quiet = quiet;
  }

  /** Runs the models into {@code outputDir}; returns the exit code. */
  ExitCode run(
      AnalysisOptions options,
      Path outputDir,
      PrintWriter out,
      PrintWriter err,
      StderrLog log,
      AnalyzeCommand.Interruptible command) {
    ModelGate.checkSelectors(assertions, models.names());
    Path outDir = outputDir.toAbsolutePath().normalize();
    try (OutputDirectory dir = OutputDirectory.open(outDir);
        ModelsRun run = new ModelsRun(models, options, log, assertions);
        Interrupts handlers = Interrupts.install(run::close, run::kill, dir, err)) {
      command.interruptedBy(handlers);
      ModelsRun.Result result = run.run(dir);
      List<Path> written = run.commit(dir);
      return finish(result, written, outputDir, out, err);
    }
  }

  private ExitCode finish(
      ModelsRun.Result result,
      List<Path> written,
      Path outputDir,
      PrintWriter out,
      PrintWriter err) {
    ModelGate.Verdict verdict =
        new ModelGate(assertions, strict, junit).apply(result.names(), result.results());
    for (String line : verdict.failures()) {
      err.println(TerminalText.line(line));
    }
    if (!quiet) {
      print(result.comparison(), written, outputDir, out);
    }
    if (verdict.assertionFailed()) {
      return ExitCode.ASSERTION;
    }
    if (verdict.strictFailed()) {
      err.println(
          "fairness: error: --strict: at least one metric or PDP entry has an error (see"
              + " models/*/analysis.json)");
      return ExitCode.STRICT;
    }
    for (int i = 0; i < result.names().size(); i++) {
      AnalysisResult r = result.results().get(i);
      List<Finding> changes = r.run().meaningChanges();
      if (strict && !changes.isEmpty()) {
        err.println(
            "fairness: error: --strict: model "
                + result.names().get(i)
                + ": a warning changes what a number means (see its analysis.json), first: "
                + TerminalText.line(changes.get(0).text()));
        return ExitCode.STRICT;
      }
    }
    return ExitCode.OK;
  }

  private static void print(
      ModelComparison c, List<Path> written, Path outputDir, PrintWriter out) {
    String y = c.yAxis().equals("DI") ? "DI-disparity" : "|" + c.yAxis() + "|";
    for (ModelComparison.Entry e : c.models()) {
      out.println(
          TerminalText.line(
              "model  "
                  + e.name()
                  + "  accuracy "
                  + number(e.accuracy())
                  + "  balanced_accuracy "
                  + number(e.balancedAccuracy())
                  + "  selection_rate "
                  + number(e.selectionRate())
                  + "  "
                  + y
                  + " "
                  + number(e.disparity())
                  + (e.paretoOptimal() ? "  pareto-optimal" : "")));
    }
    Path base = outputDir.toAbsolutePath().normalize();
    for (Path p : written) {
      out.println(TerminalText.line("wrote " + outputDir.resolve(base.relativize(p)).normalize()));
    }
    out.flush();
  }

  private static String number(Double v) {
    return v == null ? "undefined" : ValueText.renderDouble(v);
  }
}
