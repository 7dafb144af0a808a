package dev.fairness.report;

import dev.fairness.gate.AssertionFailure;
import dev.fairness.trend.Trend;
import dev.fairness.trend.TrendRun;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The view model of the trend report (templates {@code trend.html.ftlh} and {@code trend.md.ftl}):
 * every number, sentence and chart coordinate precomputed as text, so the templates only format.
 *
 * @param title report title
 * @param generatedAt generation time, or null
 * @param verdict one sentence on the latest run against the bounds
 * @param fails whether the latest run fails a bound
 * @param orderNote how the runs were ordered
 * @param runs the runs, oldest first
 * @param crossings one row per bound
 * @param charts one chart per series
 */
public record TrendView(
    String title,
    String generatedAt,
    String verdict,
    boolean fails,
    String orderNote,
    List<RunRow> runs,
    List<CrossingRow> crossings,
    List<ChartView> charts) {

  /** A run: 1-based number, name, recorded time (or —). */
  public record RunRow(String number, String name, String time) {}

  /**
   * A bound over the runs.
   *
   * @param expression the assertion
   * @param firstRun the first run that failed it, e.g. {@code run 6 (night-06)}, or {@code never}
   * @param latest {@code fails} or {@code holds}
   * @param latestFails whether the latest run fails it
   * @param detail the failed checks of the latest run, or empty
   */
  public record CrossingRow(
      String expression, String firstRun, String latest, boolean latestFails, String detail) {}

  /**
   * One series.
   *
   * @param id HTML id
   * @param heading the series reference, e.g. {@code post.DI@Sex=Female}
   * @param chart the chart geometry
   * @param notes one sentence per bound
   * @param rows one row per run
   */
  public record ChartView(
      String id, String heading, SvgTrendChart chart, List<String> notes, List<PointRow> rows) {}

  /** One run's value of a series; {@code bad} when it fails a bound. */
  public record PointRow(
      String number, String run, String value, String interval, String status, boolean bad) {}

  /** Builds the view of a trend. */
  public static TrendView of(Trend trend, String title, String generatedAt, String orderNote) {
    List<String> names = trend.runs().stream().map(TrendRun::name).toList();
    List<RunRow> runs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      TrendRun r = trend.runs().get(i);
      runs.add(
          new RunRow(
              Integer.toString(i + 1), r.name(), r.time() == null ? "—" : r.time().toString()));
    }
    List<CrossingRow> crossings = new ArrayList<>();
    int failing = 0;
    for (Trend.Crossing c : trend.crossings()) {
      StringJoiner detail = new StringJoiner("; ");
      for (AssertionFailure f : c.latest().failures()) {
        detail.add(
            f.facet() == null ? f.detail() : f.facet() + "=" + f.group() + ": " + f.detail());
      }
      boolean fails = !c.latest().passed();
      failing += fails ? 1 : 0;
      crossings.add(
          new CrossingRow(
              c.assertion().expression(),
              c.firstFailed() == null ? "never" : runText(c.firstFailed(), names),
              fails ? "fails" : "holds",
              fails,
              detail.toString()));
    }
    List<ChartView> charts = new ArrayList<>();
    for (int k = 0; k < trend.series().size(); k++) {
      charts.add(chart("series-" + (k + 1), trend.series().get(k), names));
    }
    String latest = "The latest run, " + runText(names.size() - 1, names) + ",";
    String verdict =
        crossings.isEmpty()
            ? "No bounds given (--assert, --thresholds): the series are shown without a verdict."
            : failing == 0
                ? latest + " meets all " + crossings.size() + " bounds."
                : latest + " fails " + failing + " of " + crossings.size() + " bounds.";
    return new TrendView(
        title,
        generatedAt,
        verdict,
        failing > 0,
        orderNote,
        List.copyOf(runs),
        List.copyOf(crossings),
        charts);
  }

  private static ChartView chart(String id, Trend.Series s, List<String> names) {
    List<String> notes = new ArrayList<>();
    for (Trend.Bound b : s.bounds()) {
      String text = b.assertion().expression() + ": ";
      if (b.firstCrossing() == null) {
        text += "never crossed in these runs.";
      } else {
        text += "first crossed at " + runText(b.firstCrossing(), names);
        text += b.latestFails() ? "; the latest run fails it." : "; the latest run meets it.";
      }
      notes.add(text);
    }
    List<PointRow> rows = new ArrayList<>();
    for (Trend.Point p : s.points()) {
      boolean bad = s.bounds().stream().anyMatch(b -> Trend.fails(b.assertion(), p));
      String status =
          p.error() != null
              ? "error: " + p.error()
              : p.value() == null ? "absent" : bad ? "fails" : "ok";
      rows.add(
          new PointRow(
              Integer.toString(p.index() + 1),
              names.get(p.index()),
              p.value() == null ? DecimalText.DASH : DecimalText.round4(p.value()),
              p.interval() == null
                  ? ""
                  : "["
                      + DecimalText.round4(p.interval()[0])
                      + ", "
                      + DecimalText.round4(p.interval()[1])
                      + "]",
              s.bounds().isEmpty() && p.error() == null && p.value() != null ? "" : status,
              bad));
    }
    return new ChartView(
        id, s.ref(), SvgTrendChart.of(s, names), List.copyOf(notes), List.copyOf(rows));
  }

  private static String runText(int index, List<String> names) {
    return "run " + (index + 1) + " (" + names.get(index) + ")";
  }
}
