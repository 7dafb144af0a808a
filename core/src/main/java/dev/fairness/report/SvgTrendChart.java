package dev.fairness.report;

import dev.fairness.gate.Assertion;
import dev.fairness.trend.Trend;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of one trend series drawn as inline SVG: the runs evenly spaced left to right (run
 * numbers under the axis), the values joined by a line that breaks where a run has no value, an
 * error bar per interval, a dashed line per bound with its text, and the first run that crossed a
 * bound ringed and named. Coordinates are strings in SVG user units.
 *
 * @param title accessible title
 * @param width view box width
 * @param height view box height
 * @param plotLeft left edge of the plot
 * @param plotRight right edge of the plot
 * @param plotTop top of the plot
 * @param plotBottom bottom of the plot
 * @param yLabelX right edge of the value tick labels
 * @param boundLabelX left edge of the bound texts
 * @param xLabelY baseline of the run numbers
 * @param lines SVG {@code points} values, one per unbroken stretch of values
 * @param markers one marker per run with a value
 * @param errorBars one bar per run with an interval
 * @param bounds one dashed line per bound
 * @param crossings one ring and name per bound that was crossed
 * @param xTicks run numbers
 * @param yTicks value ticks
 */
public record SvgTrendChart(
    String title,
    String width,
    String height,
    String plotLeft,
    String plotRight,
    String plotTop,
    String plotBottom,
    String yLabelX,
    String boundLabelX,
    String xLabelY,
    List<String> lines,
    List<Marker> markers,
    List<ErrorBar> errorBars,
    List<BoundLine> bounds,
    List<CrossingMark> crossings,
    List<SvgLineChart.Tick> xTicks,
    List<SvgLineChart.Tick> yTicks) {

  private static final double WIDTH = 640;
  private static final double LEFT = 56;
  private static final double RIGHT = 620;
  private static final double TOP = 34;
  private static final double BOTTOM = 224;
  private static final int MAX_X_LABELS = 20;
  private static final int MAX_NAME_CHARS = 24;
  private static final double LABEL_WIDTH = 250;

  /**
   * A point marker.
   *
   * @param x centre x
   * @param y centre y
   * @param styleClass {@code dot}, or {@code dot bad} when the value fails a bound
   * @param tooltip run and value
   */
  public record Marker(String x, String y, String styleClass, String tooltip) {}

  /**
   * A vertical interval bar.
   *
   * @param x position
   * @param y1 top
   * @param y2 bottom
   * @param tooltip run and interval
   */
  public record ErrorBar(String x, String y1, String y2, String tooltip) {}

  /**
   * A bound line.
   *
   * @param y position
   * @param label text, e.g. {@code ≥ 0.8}
   * @param labelY baseline of the text
   */
  public record BoundLine(String y, String label, String labelY) {}

  /**
   * The first run that crossed a bound.
   *
   * @param x centre x of the run's point
   * @param y centre y of the run's point
   * @param labelX x of the text
   * @param labelY baseline of the text
   * @param anchor {@code start} or {@code end}
   * @param label text naming the run
   */
  public record CrossingMark(
      String x, String y, String labelX, String labelY, String anchor, String label) {}

  /** Lays out one series; {@code runNames} holds the name of every run in order. */
  static SvgTrendChart of(Trend.Series s, List<String> runNames) {
    int n = runNames.size();
    double band = (RIGHT - LEFT) / Math.max(1, n);
    AxisScale scale = scale(s);
    Plot plot = plot(s, runNames, band, scale);
    List<BoundLine> boundLines = new ArrayList<>();
    List<CrossingMark> crossings = new ArrayList<>();
    for (Trend.Bound b : s.bounds()) {
      for (double v : boundValues(b.assertion(), s)) {
        double y = y(scale, v);
        boundLines.add(
            new BoundLine(
                DecimalText.coordinate(y),
                b.assertion().op().symbol() + " " + DecimalText.compact(v),
                DecimalText.coordinate(y - 4)));
      }
      if (b.firstCrossing() != null) {
        crossings.add(crossing(s, b, band, scale, runNames));
      }
    }
    int every = (n + MAX_X_LABELS - 1) / MAX_X_LABELS;
    List<SvgLineChart.Tick> xTicks = new ArrayList<>();
    for (int i = 0; i < n; i += Math.max(1, every)) {
      xTicks.add(
          new SvgLineChart.Tick(DecimalText.coordinate(x(i, band)), Integer.toString(i + 1)));
    }
    List<SvgLineChart.Tick> yTicks = new ArrayList<>();
    for (BigDecimal t : scale.ticks()) {
      yTicks.add(
          new SvgLineChart.Tick(
              DecimalText.coordinate(y(scale, t.doubleValue())), AxisScale.label(t)));
    }
    return new SvgTrendChart(
        s.ref() + " over " + n + " runs",
        DecimalText.coordinate(WIDTH),
        DecimalText.coordinate(BOTTOM + 40),
        DecimalText.coordinate(LEFT),
        DecimalText.coordinate(RIGHT),
        DecimalText.coordinate(TOP),
        DecimalText.coordinate(BOTTOM),
        DecimalText.coordinate(LEFT - 6),
        DecimalText.coordinate(LEFT + 6),
        DecimalText.coordinate(BOTTOM + 18),
        plot.lines(),
        plot.markers(),
        plot.bars(),
        List.copyOf(boundLines),
        List.copyOf(crossings),
        List.copyOf(xTicks),
        List.copyOf(yTicks));
  }

  /** The line, markers and error bars of a series. */
  private record Plot(List<String> lines, List<Marker> markers, List<ErrorBar> bars) {}

  private static Plot plot(Trend.Series s, List<String> runNames, double band, AxisScale scale) {
    List<String> lines = new ArrayList<>();
    List<Marker> markers = new ArrayList<>();
    List<ErrorBar> bars = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Trend.Point p : s.points()) {
      if (p.value() == null || !Double.isFinite(p.value())) {
        flush(lines, line);
        continue;
      }
      String x = DecimalText.coordinate(x(p.index(), band));
      String y = DecimalText.coordinate(y(scale, p.value()));
      line.append(line.length() == 0 ? "" : " ").append(x).append(',').append(y);
      boolean bad = s.bounds().stream().anyMatch(b -> Trend.fails(b.assertion(), p));
      String run = "run " + (p.index() + 1) + " " + runNames.get(p.index());
      markers.add(
          new Marker(x, y, bad ? "dot bad" : "dot", run + ": " + DecimalText.full(p.value())));
      if (p.interval() != null) {
        bars.add(
            new ErrorBar(
                x,
                DecimalText.coordinate(y(scale, p.interval()[1])),
                DecimalText.coordinate(y(scale, p.interval()[0])),
                run
                    + ": interval "
                    + DecimalText.round4(p.interval()[0])
                    + " to "
                    + DecimalText.round4(p.interval()[1])));
      }
    }
    flush(lines, line);
    return new Plot(List.copyOf(lines), List.copyOf(markers), List.copyOf(bars));
  }

  private static CrossingMark crossing(
      Trend.Series s, Trend.Bound b, double band, AxisScale scale, List<String> runNames) {
    int i = b.firstCrossing();
    Trend.Point p = s.points().get(i);
    double x = x(i, band);
    double y = p.value() == null ? BOTTOM : y(scale, p.value());
    // The name goes beside the point on the side the line does not pass: lower left of a falling
    // line, upper left of a rising one (mirrored when there is no room on the left).
    Trend.Point before = i == 0 ? null : s.points().get(i - 1);
    boolean falling =
        before != null && before.value() != null && p.value() != null && before.value() > p.value();
    boolean left = x - LABEL_WIDTH > LEFT;
    double labelY = left == falling ? y + 22 : y - 14;
    if (labelY > BOTTOM - 4) {
      labelY = y - 14;
    } else if (labelY < TOP - 10) {
      labelY = y + 22;
    }
    String label =
        "first crossed at run "
            + (i + 1)
            + " ("
            + SvgBarChart.shorten(runNames.get(i), MAX_NAME_CHARS)
            + ")";
    return new CrossingMark(
        DecimalText.coordinate(x),
        DecimalText.coordinate(y),
        DecimalText.coordinate(left ? x - 12 : x + 12),
        DecimalText.coordinate(labelY),
        left ? "end" : "start",
        label);
  }

  /** The bound's value, and its negative for an {@code abs()} bound when values go below 0. */
  private static List<Double> boundValues(Assertion a, Trend.Series s) {
    if (!Double.isFinite(a.bound())) {
      return List.of();
    }
    boolean negatives = s.points().stream().anyMatch(p -> p.value() != null && p.value() < 0);
    if (a.absolute() && negatives && a.bound() != 0) {
      return List.of(a.bound(), -a.bound());
    }
    return List.of(a.bound());
  }

  private static AxisScale scale(Trend.Series s) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Trend.Point p : s.points()) {
      List<Double> vs = new ArrayList<>();
      if (p.value() != null) {
        vs.add(p.value());
      }
      if (p.interval() != null) {
        vs.add(p.interval()[0]);
        vs.add(p.interval()[1]);
      }
      for (double v : vs) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    for (Trend.Bound b : s.bounds()) {
      for (double v : boundValues(b.assertion(), s)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return AxisScale.covering(min, max, 4);
  }

  private static void flush(List<String> lines, StringBuilder line) {
    if (line.length() > 0) {
      lines.add(line.toString());
      line.setLength(0);
    }
  }

  private static double x(int index, double band) {
    return LEFT + (index + 0.5) * band;
  }

  private static double y(AxisScale scale, double v) {
    return BOTTOM - scale.fraction(v) * (BOTTOM - TOP);
  }
}
