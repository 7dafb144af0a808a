package dev.fairness;

import dev.fairness.gate.Assertion;
import dev.fairness.report.ReportFormat;
import dev.fairness.report.TrendReportRenderer;
import dev.fairness.report.TrendView;
import dev.fairness.trend.RunOrder;
import dev.fairness.trend.Trend;
import dev.fairness.trend.TrendCsvWriter;
import dev.fairness.trend.TrendRun;
import dev.fairness.trend.TrendRunReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The façade of {@code fairness trend}: reads the runs, orders them, builds the {@link Trend} of
 * the chosen series and bounds, and writes {@code trend.html}, {@code trend.md} and {@code
 * trend.csv} into the output directory through a staging directory (all three or none).
 */
public final class TrendAnalysis {

  private TrendAnalysis() {}

  /**
   * What a trend run produced.
   *
   * @param trend the series and bounds over the ordered runs
   * @param orderNote why the given order was kept although {@code auto} was asked, or null
   * @param written the files written, sorted
   */
  public record Outcome(Trend trend, String orderNote, List<Path> written) {}

  /**
   * Runs a trend. {@code metrics} and {@code facets} are the {@code --metric}/{@code --facet}
   * selections (empty: all); {@code env} supplies {@code SOURCE_DATE_EPOCH} for the generation
   * time. Throws {@link FairnessException} (usage exit 2, data exit 3) before anything is written.
   */
  public static Outcome run(
      List<Path> runs,
      List<String> metrics,
      List<String> facets,
      List<Assertion> bounds,
      RunOrder order,
      String title,
      Path output,
      Map<String, String> env) {
    TrendRunReader reader = new TrendRunReader();
    List<TrendRun> read = new ArrayList<>();
    for (Path p : runs) {
      read.add(reader.read(p));
    }
    RunOrder.Ordered ordered = order.apply(read);
    Trend trend = Trend.of(ordered.runs(), metrics, facets, bounds);
    String note =
        ordered.note() != null
            ? ordered.note()
            : order == RunOrder.GIVEN ? "in the order given" : "ordered by recorded run time";
    TrendView view =
        TrendView.of(
            trend, title == null ? "Fairness trend" : title, RunInfoBuilder.generatedAt(env), note);
    String html = new TrendReportRenderer(ReportFormat.HTML).render(view);
    String md = new TrendReportRenderer(ReportFormat.MARKDOWN).render(view);
    String csv = new TrendCsvWriter().toCsv(trend);
    try (OutputDirectory dir = OutputDirectory.open(output)) {
      write(dir.stage("trend.html"), html);
      write(dir.stage("trend.md"), md);
      write(dir.stage("trend.csv"), csv);
      return new Outcome(trend, ordered.note(), dir.commit());
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
