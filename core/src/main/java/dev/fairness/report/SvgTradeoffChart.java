package dev.fairness.report;

import dev.fairness.mitigate.Constraint;
import dev.fairness.mitigate.ThresholdFit;
import java.util.ArrayList;
import java.util.List;

/**
 * The trade-off chart of a threshold fit as inline SVG geometry (what Fairlearn's {@code
 * plot_threshold_optimizer} draws): each group's curve over the grid, the curve the choice was made
 * on (the row-weighted objective, or for equalized odds the overlap of the ROC curves), and the
 * chosen point. Both axes run from 0 to 1. Coordinates are strings in SVG user units.
 *
 * @param title accessible title
 * @param xLabel x axis caption
 * @param yLabel y axis caption
 * @param series the group curves, then the choice curve
 * @param ticks tick positions and labels (the same values on both axes)
 * @param chosenX x of the chosen point
 * @param chosenY y of the chosen point
 * @param chosenText tooltip of the chosen point
 * @param vertical whether a vertical line marks the chosen x (simple constraints)
 */
public record SvgTradeoffChart(
    String title,
    String xLabel,
    String yLabel,
    List<Series> series,
    List<Tick> ticks,
    String chosenX,
    String chosenY,
    String chosenText,
    boolean vertical) {

  static final double LEFT = 56;
  static final double RIGHT = 540;
  static final double TOP = 14;
  static final double BOTTOM = 302;
  private static final int MAX_POINTS = 200;
  private static final int PALETTE = 6;

  /**
   * One polyline.
   *
   * @param label legend text
   * @param styleClass CSS class choosing colour and dash
   * @param points SVG {@code points}
   */
  public record Series(String label, String styleClass, String points) {}

  /**
   * A tick value with its x position (on the x axis) and y position (on the y axis).
   *
   * @param x position along x
   * @param y position along y
   * @param label value text
   */
  public record Tick(String x, String y, String label) {}

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

  /** Lays out the chart of {@code fit}; {@code title} names facet and constraint. */
  static SvgTradeoffChart of(String title, ThresholdFit fit) {
    boolean eo = fit.constraint() == Constraint.EQUALIZED_ODDS;
    double[] grid = fit.grid();
    List<Series> series = new ArrayList<>();
    for (int g = 0; g < fit.groupNames().size(); g++) {
      series.add(
          new Series(
              fit.groupNames().get(g),
              "s" + (g % PALETTE),
              points(grid, fit.curves().get(g).y(), fit.best())));
    }
    double[] choice = eo ? fit.overlap() : fit.objectiveCurve();
    series.add(
        new Series(
            eo ? "overlap (lowest true positive rate)" : "all rows (weighted by group size)",
            "overall",
            points(grid, choice, fit.best())));
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      double v = i / 4.0;
      ticks.add(new Tick(x(v), y(v), DecimalText.compact(v)));
    }
    double bx = grid[fit.best()];
    double by = choice[fit.best()];
    String xName = MitigationView.rateName(fit.constraint().xRate());
    String yName = eo ? "true positive rate" : MitigationView.rateName(fit.objective());
    return new SvgTradeoffChart(
        title,
        xName,
        yName,
        series,
        ticks,
        x(bx),
        y(by),
        "chosen: "
            + xName
            + " "
            + DecimalText.round4(bx)
            + ", "
            + yName
            + " "
            + DecimalText.round4(by),
        !eo);
  }

  private static String points(double[] grid, double[] y, int best) {
    int step = Math.max(1, (grid.length + MAX_POINTS - 1) / MAX_POINTS);
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < grid.length; k++) {
      if (k % step == 0 || k == grid.length - 1 || k == best) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(x(grid[k])).append(',').append(y(y[k]));
      }
    }
    return b.toString();
  }

  private static String x(double v) {
    return DecimalText.coordinate(LEFT + v * (RIGHT - LEFT));
  }

  private static String y(double v) {
    return DecimalText.coordinate(BOTTOM - v * (BOTTOM - TOP));
  }
}
