package dev.fairness.cli;

import dev.fairness.config.ConfigException;
import dev.fairness.gate.Assertion;
import dev.fairness.gate.AssertionCheck;
import dev.fairness.gate.AssertionFailure;
import dev.fairness.gate.AtomicFile;
import dev.fairness.gate.AttributionDrift;
import dev.fairness.gate.BiasComparison;
import dev.fairness.gate.ChangeLimits;
import dev.fairness.gate.ComparisonJsonWriter;
import dev.fairness.gate.ComparisonMarkdownWriter;
import dev.fairness.gate.ConstraintViolationsWriter;
import dev.fairness.gate.JUnitReport;
import dev.fairness.gate.MetricChange;
import dev.fairness.gate.RunGate;
import dev.fairness.gate.ThresholdsFile;
import dev.fairness.result.AnalysisJsonReader;
import dev.fairness.result.AnalysisResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code fairness compare}: a current analysis.json against a baseline one, metric by metric, with
 * change limits and absolute bounds; exit 6 on any violation.
 */
final class CompareCommand implements Callable<Integer> {

  private final CommandSpec spec;
  private final OptionSpec baselineOption;
  private final OptionSpec currentOption;
  private final OptionSpec maxChangeOption;
  private final OptionSpec assertionsOption;
  private final OptionSpec thresholdsOption;
  private final OptionSpec jsonOption;
  private final OptionSpec markdownOption;
  private final OptionSpec junitOption;
  private final OptionSpec quietOption;
  private final OptionSpec minNdcgOption;
  private final OptionSpec violationsOption;
  private final OptionSpec significantOnlyOption;

  private CompareCommand() {
    spec =
        Specs.command(
            "compare",
            this,
            "Compare the bias metrics and SHAP rankings of a current analysis.json with a baseline.",
            "A metric violates when its absolute change exceeds its --max-change limit, when it is in"
                + " one file only, or when it newly carries an error; --assert and --thresholds bound"
                + " the current values; a SHAP label violates when the nDCG of its feature ranking"
                + " is below --min-ndcg. Exit 6 on any violation.");
    spec.usageMessage().sortOptions(false);
    baselineOption =
        Specs.add(
            spec,
            Specs.option(
                    "--baseline",
                    Path.class,
                    "FILE",
                    "The baseline analysis.json (e.g. kept in the repository), or the --output"
                        + " directory of an analyze run.")
                .required(true)
                .build());
    currentOption =
        Specs.add(
            spec,
            Specs.option(
                    "--current",
                    Path.class,
                    "FILE",
                    "The analysis.json of the current run, or its --output directory.")
                .required(true)
                .build());
    maxChangeOption =
        Specs.add(
            spec,
            Specs.repeated(
                "--max-change",
                "[METRIC=]X",
                "Largest allowed absolute change, repeatable: X for every metric, METRIC=X for one"
                    + " (overrides X; inf exempts it). Without it changes are reported only."));
    significantOnlyOption =
        Specs.add(
            spec,
            Specs.flag(
                "--significant-only",
                "Apply --max-change only to significant changes: those whose confidence intervals"
                    + " (analyze --n-boot) do not overlap. Needs intervals in both files."));
    assertionsOption =
        Specs.add(
            spec,
            Specs.repeated(
                "--assert",
                "EXPR",
                "Bound on the current values, repeatable: [abs(]pre|post.METRIC[@FACET[=GROUP]][)] OP NUMBER."));
    thresholdsOption =
        Specs.add(
            spec,
            Specs.option(
                    "--thresholds",
                    Path.class,
                    "FILE",
                    "File of assertions, one per line; # starts a comment.")
                .build());
    jsonOption =
        Specs.add(
            spec,
            Specs.option("--json", Path.class, "FILE", "Write the comparison as JSON.").build());
    markdownOption =
        Specs.add(
            spec,
            Specs.option(
                    "--md",
                    Path.class,
                    "FILE",
                    "Write the comparison as Markdown (for a pull-request comment).")
                .build());
    junitOption =
        Specs.add(
            spec,
            Specs.option(
                    "--junit",
                    Path.class,
                    "FILE",
                    "Write the comparison as JUnit XML (one test case per metric).")
                .build());
    minNdcgOption =
        Specs.add(
            spec,
            Specs.option(
                    "--min-ndcg",
                    String.class,
                    "X",
                    "Feature-attribution drift: a SHAP label violates when the nDCG of the current"
                        + " ranking against the baseline's global values is below X (default 0.9,"
                        + " Model Monitor's).")
                .build());
    violationsOption =
        Specs.add(
            spec,
            Specs.option(
                    "--violations",
                    Path.class,
                    "FILE",
                    "Write the violations in SageMaker Model Monitor's constraint_violations.json"
                        + " layout.")
                .build());
    quietOption = Specs.add(spec, Specs.flag("--quiet", "Print nothing on stdout."));
    Specs.withStandardHelp(spec);
    Specs.withExamples(
        spec,
        "Fail the merge when a metric moved by more than 0.05 since the baseline:",
        "fairness compare --baseline old.json --current new.json --max-change 0.05",
        "Markdown for a pull-request comment, and a bound on the new values:",
        "fairness compare --baseline old.json --current new.json --md change.md");
  }

  /** Returns the model of the command, bound to a new instance. */
  static CommandSpec spec() {
    return new CompareCommand().spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out, err).code();
    } catch (RuntimeException e) {
      return ErrorReporter.report(e, err, null).code();
    }
  }

  private ExitCode run(PrintWriter out, PrintWriter err) {
    List<String> maxChange = Specs.value(maxChangeOption);
    List<String> assertions = Specs.value(assertionsOption);
    Path thresholds = Specs.value(thresholdsOption);
    Path baseline = OptionValues.analysisFile("--baseline", Specs.value(baselineOption));
    Path current = OptionValues.analysisFile("--current", Specs.value(currentOption));
    Path json = Specs.value(jsonOption);
    Path markdown = Specs.value(markdownOption);
    Path junit = Specs.value(junitOption);
    Path violations = Specs.value(violationsOption);
    double minNdcg = OptionValues.minNdcg(Specs.value(minNdcgOption));
    boolean quiet = Specs.isSet(quietOption);
    // Usage errors (exit 2) are found before any file is read (exit 3).
    ChangeLimits limits =
        ChangeLimits.parse(maxChange == null ? List.of() : maxChange)
            .significantOnly(Specs.isSet(significantOnlyOption));
    List<Assertion> gates = new ArrayList<>();
    for (String a : assertions == null ? List.<String>of() : assertions) {
      gates.add(Assertion.parse(a));
    }
    if (thresholds != null) {
      gates.addAll(ThresholdsFile.parse(thresholds));
    }
    AnalysisJsonReader reader = new AnalysisJsonReader();
    AnalysisResult base = reader.read(baseline);
    AnalysisResult cur = reader.read(current);
    BiasComparison comparison = BiasComparison.compare(base, cur, limits, gates, minNdcg);
    RunGate gate = new RunGate(gates, false, null);
    gate.requireIntervals(
        RunGate.hasIntervals(cur),
        "--current has none; rerun analyze with --n-boot 1000 (or methods.confidence)");
    if (limits.significantOnly() && !comparison.hasIntervals()) {
      throw new ConfigException(
          "--significant-only: no metric has confidence intervals in both files; rerun analyze"
              + " with --n-boot 1000 for the baseline and the current run");
    }

    List<Path> written = writeOutputs(comparison, json, markdown, junit, violations);
    for (MetricChange m : comparison.violations()) {
      err.println(TerminalText.line("fairness: change violation: " + m.ref() + ": " + m.reason()));
    }
    for (AttributionDrift d : comparison.attributionViolations()) {
      err.println(
          "fairness: attribution drift: shap label "
              + TerminalText.safe(d.label())
              + ": "
              + TerminalText.safe(d.reason()));
    }
    for (AssertionCheck.Outcome o : comparison.failedAssertions()) {
      for (AssertionFailure f : o.failures()) {
        err.println(TerminalText.line(f.message()));
      }
    }
    err.flush();
    if (!quiet) {
      new CompareTable(out).print(comparison);
      for (Path p : written) {
        out.println(TerminalText.line("wrote " + p));
      }
      out.flush();
    }
    return comparison.passed() ? ExitCode.OK : ExitCode.ASSERTION;
  }

  /** Writes the requested output files (null: not requested) and returns their paths. */
  private static List<Path> writeOutputs(
      BiasComparison comparison, Path json, Path markdown, Path junit, Path violations) {
    List<Path> written = new ArrayList<>();
    if (json != null) {
      AtomicFile.write(json, new ComparisonJsonWriter().toJson(comparison));
      written.add(json);
    }
    if (markdown != null) {
      AtomicFile.write(markdown, new ComparisonMarkdownWriter().toMarkdown(comparison));
      written.add(markdown);
    }
    if (junit != null) {
      JUnitReport.of(comparison).write(junit);
      written.add(junit);
    }
    if (violations != null) {
      AtomicFile.write(violations, new ConstraintViolationsWriter().toJson(comparison));
      written.add(violations);
    }
    return written;
  }
}
