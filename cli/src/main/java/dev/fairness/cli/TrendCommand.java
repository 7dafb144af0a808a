package dev.fairness.cli;

import dev.fairness.TrendAnalysis;
import dev.fairness.config.ConfigException;
import dev.fairness.gate.Assertion;
import dev.fairness.gate.AssertionFailure;
import dev.fairness.gate.ThresholdsFile;
import dev.fairness.trend.RunOrder;
import dev.fairness.trend.Trend;
import dev.fairness.trend.TrendRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code fairness trend}: many analysis.json files of the same analysis → one HTML and Markdown
 * report with a line chart per chosen metric and facet group, the first run that crossed each
 * bound, and a CSV of the series; exit 6 when the latest run fails a bound.
 */
final class TrendCommand implements Callable<Integer> {

  private final CommandSpec spec;
  private final PositionalParamSpec runs;
  private final OptionSpec metricOption;
  private final OptionSpec facetOption;
  private final OptionSpec assertOption;
  private final OptionSpec thresholdsOption;
  private final OptionSpec orderOption;
  private final OptionSpec outputOption;
  private final OptionSpec titleOption;
  private final OptionSpec quietOption;

  private TrendCommand() {
    spec =
        Specs.command(
            "trend",
            this,
            "Follow bias metrics over many runs: a chart per metric and facet group, the first run"
                + " that crossed each bound, and the series as CSV.",
            "RUN is a run directory (holding analysis.json) or an analysis.json file. Runs are"
                + " ordered by the generation time their reports record, or as given. Writes"
                + " trend.html, trend.md and trend.csv; exit 6 when the latest run fails a bound.");
    spec.usageMessage().sortOptions(false);
    runs =
        PositionalParamSpec.builder()
            .arity("1..*")
            .paramLabel("RUN")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .description("Run directories or analysis.json files.")
            .build();
    spec.addPositional(runs);
    metricOption =
        Specs.add(
            spec,
            Specs.repeated(
                "--metric",
                "METRIC",
                "Metric to follow, repeatable: DI or post.DI (default: all)."));
    facetOption =
        Specs.add(
            spec,
            Specs.repeated(
                "--facet",
                "FACET[=GROUP]",
                "Facet or facet group to follow, repeatable: Sex or Sex=Female (default: all)."));
    assertOption =
        Specs.add(
            spec,
            Specs.repeated(
                "--assert",
                "EXPR",
                "Bound, repeatable: [abs(]pre|post.METRIC[@FACET[=GROUP]][)] OP NUMBER."));
    thresholdsOption =
        Specs.add(
            spec,
            Specs.option("--thresholds", Path.class, "FILE", "File of bounds, one per line.")
                .build());
    orderOption =
        Specs.add(
            spec,
            Specs.option(
                    "--order",
                    String.class,
                    "auto|given|time",
                    "Run order: by recorded time (time), as given (given), or by time when every run"
                        + " records one (auto, the default).")
                .build());
    outputOption =
        Specs.add(
            spec,
            Specs.option("--output", Path.class, "DIR", "Output directory (created if missing).")
                .required(true)
                .build());
    titleOption =
        Specs.add(
            spec,
            Specs.option("--title", String.class, "TEXT", "Report title (default: Fairness trend).")
                .build());
    quietOption = Specs.add(spec, Specs.flag("--quiet", "Print nothing on stdout."));
    Specs.withStandardHelp(spec);
  }

  /** Returns the model of the command, bound to a new instance. */
  static CommandSpec spec() {
    return new TrendCommand().spec;
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
    List<Path> paths = runs.getValue();
    if (paths == null || paths.isEmpty()) {
      throw new ConfigException(
          "no runs given; give run directories or analysis.json files: fairness trend RUN..."
              + " --output DIR");
    }
    List<String> metrics = listOrEmpty(Specs.value(metricOption));
    List<String> facets = listOrEmpty(Specs.value(facetOption));
    RunOrder order = RunOrder.parse(Specs.value(orderOption));
    Path thresholds = Specs.value(thresholdsOption);
    Path output = Specs.value(outputOption);
    String title = Specs.value(titleOption);
    boolean quiet = Specs.isSet(quietOption);
    List<Assertion> bounds = new ArrayList<>();
    for (String a : listOrEmpty(Specs.<List<String>>value(assertOption))) {
      bounds.add(Assertion.parse(a));
    }
    if (thresholds != null) {
      bounds.addAll(ThresholdsFile.parse(thresholds));
    }
    TrendAnalysis.Outcome outcome =
        TrendAnalysis.run(paths, metrics, facets, bounds, order, title, output, System.getenv());
    Trend trend = outcome.trend();
    List<Path> written = outcome.written();
    if (outcome.orderNote() != null) {
      err.println("fairness: warning: " + TerminalText.safe(outcome.orderNote()));
    }
    for (Trend.Crossing c : trend.crossings()) {
      for (AssertionFailure f : c.latest().failures()) {
        err.println(TerminalText.safe(f.message()));
      }
    }
    err.flush();
    if (!quiet) {
      printSummary(out, trend, written);
    }
    return trend.latestViolates() ? ExitCode.ASSERTION : ExitCode.OK;
  }

  private static void printSummary(PrintWriter out, Trend trend, List<Path> written) {
    List<TrendRun> runs = trend.runs();
    for (Trend.Series s : trend.series()) {
      Trend.Point last = s.points().get(s.points().size() - 1);
      String value =
          last.error() != null ? "error" : last.value() == null ? "-" : last.value().toString();
      out.println(TerminalText.safe(s.ref()) + "  latest " + value);
      for (Trend.Bound b : s.bounds()) {
        String crossed =
            b.firstCrossing() == null
                ? "never crossed"
                : "first crossed at run "
                    + (b.firstCrossing() + 1)
                    + " ("
                    + TerminalText.safe(runs.get(b.firstCrossing()).name())
                    + ")"
                    + (b.latestFails() ? "; latest run FAILS" : "; latest run meets it");
        out.println("  " + TerminalText.safe(b.assertion().expression()) + ": " + crossed);
      }
    }
    for (Path p : written) {
      out.println("wrote " + p);
    }
    out.flush();
  }

  private static List<String> listOrEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
