package dev.fairness.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart drawn as inline SVG: one bar per item, a label column on
 * the left, the rounded value on the right and a value axis below. Coordinates are strings in SVG
 * user units of the view box of a {@link Layout}, so the template only prints them.
 *
 * @param title accessible title of the chart
 * @param width view box width (also the chart's natural width in CSS pixels)
 * @param height view box height
 * @param zeroX x of the value 0 (the baseline)
 * @param plotTop y where the bars start
 * @param plotBottom y where the bars end (the axis)
 * @param labelX right edge of the bar labels (right-aligned)
 * @param valueX right edge of the value texts (right-aligned)
 * @param tickY baseline of the tick labels
 * @param bars the bars, top to bottom
 * @param ticks axis ticks
 * @param legend legend entries (style class and text), possibly empty
 */
public record SvgBarChart(
    String title,
    String width,
    String height,
    String zeroX,
    String plotTop,
    String plotBottom,
    String labelX,
    String valueX,
    String tickY,
    List<Bar> bars,
    List<Tick> ticks,
    List<LegendEntry> legend) {

  private static final double ROW = 22;
  private static final double BAR = 16;
  private static final double TOP = 6;

  /**
   * Horizontal geometry: view box width, right edge of the labels, the plot's extent and the
   * longest label shown in full.
   */
  enum Layout {
    /** Group size and rate bars: short fixed labels. */
    GROUPS(430, 170, 178, 366, 24),
    /** SHAP features: longer labels. */
    FEATURES(480, 176, 184, 416, 22);

    final double width;
    final double labelRight;
    final double plotLeft;
    final double plotRight;
    final int maxLabel;

    Layout(double width, double labelRight, double plotLeft, double plotRight, int maxLabel) {
      this.width = width;
      this.labelRight = labelRight;
      this.plotLeft = plotLeft;
      this.plotRight = plotRight;
      this.maxLabel = maxLabel;
    }
  }

  /**
   * One bar.
   *
   * @param label label as shown (shortened when long)
   * @param fullLabel what the bar shows, in full (tooltip; never empty)
   * @param value rounded value
   * @param fullValue full value (tooltip)
   * @param styleClass CSS class choosing the colour
   * @param x left edge
   * @param y top edge
   * @param barWidth width
   * @param barHeight height
   * @param textY baseline of the label and value texts
   * @param errorLow x of the confidence interval's lower bound (error bar), or null for none
   * @param errorHigh x of the upper bound, or null
   * @param errorY y of the error bar (the bar's middle), or null
   */
  public record Bar(
      String label,
      String fullLabel,
      String value,
      String fullValue,
      String styleClass,
      String x,
      String y,
      String barWidth,
      String barHeight,
      String textY,
      String errorLow,
      String errorHigh,
      String errorY) {}

  /**
   * An axis tick.
   *
   * @param x position
   * @param label text
   */
  public record Tick(String x, String label) {}

  /**
   * A legend entry.
   *
   * @param styleClass CSS class of the swatch
   * @param label text
   */
  public record LegendEntry(String styleClass, String label) {}

  /**
   * An input bar.
   *
   * @param label label; an empty label continues the previous group of bars
   * @param tooltip what the bar shows, in full (never empty)
   * @param value the value (non-finite values draw no bar)
   * @param styleClass CSS class
   * @param low lower bound of an error bar (confidence interval), NaN for none
   * @param high upper bound, NaN for none; an infinite bound is drawn to the plot edge
   */
  record Item(
      String label, String tooltip, double value, String styleClass, double low, double high) {

    /** An item without an error bar. */
    Item(String label, String tooltip, double value, String styleClass) {
      this(label, tooltip, value, styleClass, Double.NaN, Double.NaN);
    }

    /** An item whose tooltip is its label. */
    Item(String label, double value, String styleClass) {
      this(label, label, value, styleClass);
    }

    boolean hasError() {
      return !Double.isNaN(low) && !Double.isNaN(high);
    }
  }

  /**
   * Lays out {@code items} on an axis that covers 0 and every finite value (or {@code [0, 1]} when
   * {@code unitRange}).
   */
  static SvgBarChart of(
      String title, Layout layout, List<Item> items, boolean unitRange, List<LegendEntry> legend) {
    double min = 0;
    double max = unitRange ? 1 : 0;
    for (Item item : items) {
      for (double v : new double[] {item.value(), item.low(), item.high()}) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    AxisScale scale = AxisScale.covering(min, max, 4);
    List<Bar> bars = new ArrayList<>();
    double y = TOP;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (i > 0 && !item.label().isEmpty()) {
        y += ROW - BAR;
      }
      double v = Double.isFinite(item.value()) ? item.value() : 0;
      double left = x(layout, scale, Math.min(0, v));
      double right = x(layout, scale, Math.max(0, v));
      String[] error = error(layout, scale, item, y);
      bars.add(
          new Bar(
              shorten(item.label(), layout.maxLabel),
              item.tooltip(),
              DecimalText.round4(item.value()),
              DecimalText.full(item.value()),
              item.styleClass(),
              DecimalText.coordinate(left),
              DecimalText.coordinate(y),
              DecimalText.coordinate(right - left),
              DecimalText.coordinate(BAR),
              DecimalText.coordinate(y + BAR - 4),
              error[0],
              error[1],
              error[2]));
      y += ROW;
    }
    double bottom = y;
    List<Tick> ticks = new ArrayList<>();
    for (BigDecimal t : scale.ticks()) {
      ticks.add(
          new Tick(DecimalText.coordinate(x(layout, scale, t.doubleValue())), AxisScale.label(t)));
    }
    return new SvgBarChart(
        title,
        DecimalText.coordinate(layout.width),
        DecimalText.coordinate(bottom + 22),
        DecimalText.coordinate(x(layout, scale, 0)),
        DecimalText.coordinate(TOP - 2),
        DecimalText.coordinate(bottom),
        DecimalText.coordinate(layout.labelRight),
        DecimalText.coordinate(layout.width - 4),
        DecimalText.coordinate(bottom + 14),
        List.copyOf(bars),
        List.copyOf(ticks),
        List.copyOf(legend));
  }

  /** Returns the x of both bounds and the y of an item's error bar, or three nulls for none. */
  private static String[] error(Layout layout, AxisScale scale, Item item, double y) {
    if (!item.hasError()) {
      return new String[3];
    }
    double lo = Double.isFinite(item.low()) ? x(layout, scale, item.low()) : layout.plotLeft;
    double hi = Double.isFinite(item.high()) ? x(layout, scale, item.high()) : layout.plotRight;
    return new String[] {
      DecimalText.coordinate(lo), DecimalText.coordinate(hi), DecimalText.coordinate(y + BAR / 2)
    };
  }

  private static double x(Layout layout, AxisScale scale, double v) {
    return layout.plotLeft + scale.fraction(v) * (layout.plotRight - layout.plotLeft);
  }

  /** Returns {@code label} cut to {@code max} code points, ending with an ellipsis when cut. */
  static String shorten(String label, int max) {
    if (label.codePointCount(0, label.length()) <= max) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, max - 1)) + "…";
  }
}
