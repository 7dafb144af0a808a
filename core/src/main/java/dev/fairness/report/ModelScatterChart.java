package dev.fairness.report;

import dev.fairness.result.ModelComparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The model-comparison chart as inline SVG geometry (what Fairlearn's {@code plot_model_comparison}
 * draws): one labelled point per model, performance on x (higher is better) against disparity on y
 * (lower is better, the axis starts at 0); Pareto-optimal models are filled. Coordinates are
 * strings in SVG user units of a 560 × 350 view box.
 *
 * @param xLabel x axis caption
 * @param yLabel y axis caption
 * @param points the models that have both values, in configuration order
 * @param xTicks ticks along x
 * @param yTicks ticks along y
 */
public record ModelScatterChart(
    String xLabel, String yLabel, List<Point> points, List<Tick> xTicks, List<Tick> yTicks) {

  static final double LEFT = 64;
  static final double RIGHT = 530;
  static final double TOP = 16;
  static final double BOTTOM = 296;

  /**
   * One model.
   *
   * @param name model name (the label)
   * @param cx centre x
   * @param cy centre y
   * @param tx label x
   * @param ty label y
   * @param anchor {@code start} or {@code end}: the label's side of the point
   * @param pareto whether the model is Pareto-optimal
   * @param tip tooltip text: name and both values
   */
  public record Point(
      String name,
      String cx,
      String cy,
      String tx,
      String ty,
      String anchor,
      boolean pareto,
      String tip) {}

  /**
   * A tick.
   *
   * @param at position along its axis
   * @param label value text
   */
  public record Tick(String at, String label) {}

  /** Returns the left edge of the plot. */
  public String left() {
    return DecimalText.coordinate(LEFT);
  }

  /** Returns the right edge of the plot. */
  public String right() {
    return DecimalText.coordinate(RIGHT);
  }

  /** Returns the top of the plot. */
  public String top() {
    return DecimalText.coordinate(TOP);
  }

  /** Returns the bottom of the plot. */
  public String bottom() {
    return DecimalText.coordinate(BOTTOM);
  }

  /** Lays out the chart of {@code c} with the given axis captions. */
  static ModelScatterChart of(ModelComparison c, String xLabel, String yLabel) {
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMax = 0;
    List<ModelComparison.Entry> shown = new ArrayList<>();
    for (ModelComparison.Entry e : c.models()) {
      Double p = e.performance(c.xAxis());
      Double d = e.disparity();
      if (p == null || d == null || !Double.isFinite(p) || !Double.isFinite(d)) {
        continue;
      }
      shown.add(e);
      xMin = Math.min(xMin, p);
      xMax = Math.max(xMax, p);
      yMax = Math.max(yMax, d);
    }
    // a margin around the points keeps them and their labels off the frame
    double pad = shown.size() < 2 || xMax - xMin < 1e-12 ? 0.01 : (xMax - xMin) * 0.08;
    AxisScale xs = AxisScale.covering(xMin - pad, xMax + pad, 5);
    AxisScale ys = AxisScale.covering(0, yMax * 1.1, 5);
    List<Point> points = new ArrayList<>();
    for (ModelComparison.Entry e : shown) {
      double px = LEFT + xs.fraction(e.performance(c.xAxis())) * (RIGHT - LEFT);
      double py = BOTTOM - ys.fraction(e.disparity()) * (BOTTOM - TOP);
      boolean right = px > (LEFT + RIGHT) / 2;
      points.add(
          new Point(
              e.name(),
              DecimalText.coordinate(px),
              DecimalText.coordinate(py),
              DecimalText.coordinate(right ? px - 9 : px + 9),
              DecimalText.coordinate(py < TOP + 14 ? py + 16 : py - 7),
              right ? "end" : "start",
              e.paretoOptimal(),
              e.name()
                  + ": "
                  + xLabel
                  + " "
                  + DecimalText.round4(e.performance(c.xAxis()))
                  + ", "
                  + yLabel
                  + " "
                  + DecimalText.round4(e.disparity())));
    }
    return new ModelScatterChart(
        xLabel, yLabel, points, ticks(xs, LEFT, RIGHT), ticks(ys, BOTTOM, TOP));
  }

  private static List<Tick> ticks(AxisScale s, double from, double to) {
    List<Tick> out = new ArrayList<>();
    for (BigDecimal t : s.ticks()) {
      double at = from + s.fraction(t.doubleValue()) * (to - from);
      out.add(new Tick(DecimalText.coordinate(at), AxisScale.label(t)));
    }
    return out;
  }
}
