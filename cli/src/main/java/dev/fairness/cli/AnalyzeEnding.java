package dev.fairness.cli;

import dev.fairness.Finding;
import dev.fairness.gate.AssertionFailure;
import dev.fairness.gate.RunGate;
import dev.fairness.result.AnalysisResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The end of a single-model {@code analyze} run once its outputs are in place: what is printed and
 * the exit code.
 */
final class AnalyzeEnding {

  private final CommandSpec spec;
  private final boolean quiet;
  private final boolean strict;

  /**
   * @param spec the analyze command (its {@code --mlflow} option decides tracking)
   * @param quiet whether {@code --quiet} was given
   * @param strict whether {@code --strict} was given
   */
  AnalyzeEnding(CommandSpec spec, boolean quiet, boolean strict) {
    this.spec = spec;
    this.quiet = quiet;
    this.strict = strict;
  }

  /**
   * Prints the summary unless quiet, applies the gate (assertion lines on stderr), logs to MLflow
   * when asked, and returns the exit code: assertions, then tracking, then {@code --strict}.
   */
  ExitCode exitCode(
      RunGate gate,
      AnalysisResult result,
      List<Path> written,
      Path outputDir,
      PrintWriter out,
      PrintWriter err,
      StderrLog log) {
    if (!quiet) {
      new Summary(out).print(result, written, outputDir);
    }
    RunGate.Verdict verdict = gate.apply(result); // exit 2 on an --assert matching nothing
    for (AssertionFailure f : verdict.failures()) {
      err.println(TerminalText.line(f.message()));
    }
    Path outDir = outputDir.toAbsolutePath().normalize();
    ExitCode tracking = TrackingStep.run(spec, result, outDir, written, log);
    if (verdict.assertionFailed() || tracking != null) {
      return verdict.assertionFailed() ? ExitCode.ASSERTION : tracking;
    }
    if (verdict.strictFailed()) {
      err.println(RunGate.Verdict.STRICT_MESSAGE);
      return ExitCode.STRICT;
    }
    List<Finding> changes = result.run().meaningChanges();
    if (strict && !changes.isEmpty()) {
      err.println(
          "fairness: error: --strict: "
              + changes.size()
              + (changes.size() == 1 ? " warning changes" : " warnings change")
              + " what a number means (see warnings in analysis.json), first: "
              + TerminalText.line(changes.get(0).text()));
      return ExitCode.STRICT;
    }
    return ExitCode.OK;
  }
}
