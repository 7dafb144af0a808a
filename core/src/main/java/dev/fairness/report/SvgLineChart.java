package dev.fairness.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a partial dependence chart drawn as inline SVG: one line per label key over the
 * grid values (evenly spaced, as numeric PDP grids are), and underneath a bar per grid value with
 * the share of rows it holds. Coordinates are strings in SVG user units.
 *
 * @param title accessible title
 * @param width view box width
 * @param height view box height
 * @param plotLeft left edge of both panels
 * @param plotRight right edge of both panels
 * @param plotTop top of the line panel
 * @param plotBottom bottom of the line panel
 * @param distTop top of the distribution panel
 * @param distBottom bottom of the distribution panel
 * @param yLabelX right edge of the prediction tick labels
 * @param xLabelY baseline of the grid value labels
 * @param distCaptionY baseline of the distribution panel's caption
 * @param series one line per label key
 * @param bars the data distribution bars
 * @param xTicks grid value labels
 * @param yTicks prediction axis ticks
 * @param distMax label of the tallest distribution bar's share
 */
public record SvgLineChart(
    String title,
    String width,
    String height,
    String plotLeft,
    String plotRight,
    String plotTop,
    String plotBottom,
    String distTop,
    String distBottom,
    String yLabelX,
    String xLabelY,
    String distCaptionY,
    List<Series> series,
    List<DistBar> bars,
    List<Tick> xTicks,
    List<Tick> yTicks,
    String distMax) {

  private static final double WIDTH = 520;
  private static final double LEFT = 48;
  private static final double RIGHT = 508;
  private static final double TOP = 10;
  private static final double BOTTOM = 210;
  private static final double DIST_TOP = 232;
  private static final double DIST_BOTTOM = 292;
  private static final int MAX_X_LABELS = 6;
  private static final int MAX_X_LABEL_CHARS = 10;
  private static final int PALETTE = 6;

  /**
   * One line.
   *
   * @param label label key
   * @param styleClass CSS class choosing the colour
   * @param points SVG {@code points} attribute value
   * @param markers one marker per grid value
   */
  public record Series(String label, String styleClass, String points, List<Marker> markers) {}

  /**
   * A point marker with its tooltip.
   *
   * @param x centre x
   * @param y centre y
   * @param tooltip grid value and mean prediction
   */
  public record Marker(String x, String y, String tooltip) {}

  /**
   * A distribution bar.
   *
   * @param x left edge
   * @param y top edge
   * @param barWidth width
   * @param barHeight height
   * @param tooltip grid value and share of rows
   */
  public record DistBar(String x, String y, String barWidth, String barHeight, String tooltip) {}

  /**
   * An axis tick: an x position for grid labels, a y position for prediction ticks.
   *
   * @param position x or y coordinate
   * @param label text
   */
  public record Tick(String position, String label) {}

  /**
   * Lays out one PDP entry.
   *
   * @param title chart title
   * @param gridLabels the grid values as text
   * @param distribution share of rows per grid value
   * @param labelKeys label keys, one per prediction list
   * @param predictions mean predictions, one list per label key, one value per grid value
   */
  static SvgLineChart of(
      String title,
      List<String> gridLabels,
      List<Double> distribution,
      List<String> labelKeys,
      List<List<Double>> predictions) {
    int n = gridLabels.size();
    double band = (RIGHT - LEFT) / Math.max(1, n);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (List<Double> line : predictions) {
      for (Double v : line) {
        if (v != null && Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    AxisScale scale = AxisScale.covering(min, max, 4);
    List<Series> series = new ArrayList<>();
    for (int j = 0; j < predictions.size(); j++) {
      List<Double> line = predictions.get(j);
      String key = j < labelKeys.size() ? labelKeys.get(j) : "label" + j;
      StringBuilder points = new StringBuilder();
      List<Marker> markers = new ArrayList<>();
      for (int i = 0; i < Math.min(n, line.size()); i++) {
        Double v = line.get(i);
        if (v == null || !Double.isFinite(v)) {
          continue;
        }
        String x = DecimalText.coordinate(LEFT + (i + 0.5) * band);
        String y = DecimalText.coordinate(BOTTOM - scale.fraction(v) * (BOTTOM - TOP));
        points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
        markers.add(
            new Marker(x, y, key + " at " + gridLabels.get(i) + ": " + DecimalText.full(v)));
      }
      series.add(new Series(key, "s" + (j % PALETTE), points.toString(), List.copyOf(markers)));
    }
    double maxShare = 0;
    for (Double share : distribution) {
      if (share != null && Double.isFinite(share)) {
        maxShare = Math.max(maxShare, share);
      }
    }
    List<DistBar> bars = new ArrayList<>();
    for (int i = 0; i < Math.min(n, distribution.size()); i++) {
      Double share = distribution.get(i);
      double s = share == null || !Double.isFinite(share) ? 0 : share;
      double h = maxShare == 0 ? 0 : s / maxShare * (DIST_BOTTOM - DIST_TOP);
      bars.add(
          new DistBar(
              DecimalText.coordinate(LEFT + i * band + band * 0.1),
              DecimalText.coordinate(DIST_BOTTOM - h),
              DecimalText.coordinate(band * 0.8),
              DecimalText.coordinate(h),
              gridLabels.get(i) + ": " + DecimalText.round4(s) + " of rows"));
    }
    int every = (n + MAX_X_LABELS - 1) / MAX_X_LABELS;
    List<Tick> xTicks = new ArrayList<>();
    for (int i = 0; i < n; i += Math.max(1, every)) {
      xTicks.add(
          new Tick(
              DecimalText.coordinate(LEFT + (i + 0.5) * band),
              SvgBarChart.shorten(gridLabels.get(i), MAX_X_LABEL_CHARS)));
    }
    List<Tick> yTicks = new ArrayList<>();
    for (BigDecimal t : scale.ticks()) {
      double y = BOTTOM - scale.fraction(t.doubleValue()) * (BOTTOM - TOP);
      yTicks.add(new Tick(DecimalText.coordinate(y), AxisScale.label(t)));
    }
    return new SvgLineChart(
        title,
        DecimalText.coordinate(WIDTH),
        DecimalText.coordinate(DIST_BOTTOM + 30),
        DecimalText.coordinate(LEFT),
        DecimalText.coordinate(RIGHT),
        DecimalText.coordinate(TOP),
        DecimalText.coordinate(BOTTOM),
        DecimalText.coordinate(DIST_TOP),
        DecimalText.coordinate(DIST_BOTTOM),
        DecimalText.coordinate(LEFT - 6),
        DecimalText.coordinate(DIST_BOTTOM + 16),
        DecimalText.coordinate(DIST_TOP - 6),
        List.copyOf(series),
        List.copyOf(bars),
        List.copyOf(xTicks),
        List.copyOf(yTicks),
        DecimalText.round4(maxShare));
  }
}
