package dev.fairness.report;

import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.GroupMetricsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the report view of {@code group_metrics} (issue 17): per facet a table of every group's
 * metrics with the largest gap between groups highlighted, bar charts of the selection rate and the
 * error rates per group, the summary values, and a plain-words reading of the gaps.
 */
final class GroupViews {

  private static final List<String> ERROR_RATES =
      List.of("false_positive_rate", "false_negative_rate");

  private GroupViews() {}

  /**
   * The group metrics section.
   *
   * @param facets one view per facet, in facet order
   */
  public record GroupSection(List<FacetGroups> facets) {}

  /**
   * One facet's group view.
   *
   * @param name facet key
   * @param id HTML id
   * @param headers metric names in plain words, in column order
   * @param rows one row per group
   * @param gap which metric has the largest gap between groups, in words, or null
   * @param readings sentences in plain words
   * @param summary the four fairness summaries
   * @param selectionChart selection rate per group, or null without that metric
   * @param errorChart false positive and false negative rate per group, or null without them
   */
  public record FacetGroups(
      String name,
      String id,
      List<String> headers,
      List<GroupRow> rows,
      String gap,
      List<String> readings,
      List<ReportModel.NamedValue> summary,
      SvgBarChart selectionChart,
      SvgBarChart errorChart) {}

  /**
   * One group's row.
   *
   * @param group group key
   * @param cells values in column order
   */
  public record GroupRow(String group, List<Cell> cells) {}

  /**
   * One value.
   *
   * @param value rounded value
   * @param fullValue full value
   * @param mark {@code high} or {@code low} for the two ends of the largest gap, else empty
   */
  public record Cell(String value, String fullValue, String mark) {}

  /** Returns the section of the result's group metrics, or null when there are none. */
  static GroupSection section(Map<String, GroupMetricsResult> groups) {
    if (groups == null || groups.isEmpty()) {
      return null;
    }
    List<FacetGroups> out = new ArrayList<>();
    int k = 0;
    for (Map.Entry<String, GroupMetricsResult> e : groups.entrySet()) {
      out.add(facet(e.getKey(), "groups-" + k++, e.getValue()));
    }
    return new GroupSection(List.copyOf(out));
  }

  private static FacetGroups facet(String name, String id, GroupMetricsResult r) {
    List<String> metrics = r.metrics();
    String widest = GroupReading.widestGap(r);
    List<String> groups = new ArrayList<>(r.byGroup().keySet());
    String high = widest == null ? null : GroupReading.end(r, widest, true);
    String low = widest == null ? null : GroupReading.end(r, widest, false);
    List<GroupRow> rows = new ArrayList<>();
    for (String g : groups) {
      List<Cell> cells = new ArrayList<>();
      for (String m : metrics) {
        double v = r.byGroup().get(g).get(m);
        String mark = !m.equals(widest) ? "" : g.equals(high) ? "high" : g.equals(low) ? "low" : "";
        String shown =
            m.equals("count") ? DecimalText.compact(v) : IntervalReading.value(v, r.interval(g, m));
        cells.add(new Cell(shown, DecimalText.full(v), mark));
      }
      rows.add(new GroupRow(g, List.copyOf(cells)));
    }
    List<ReportModel.NamedValue> summary = new ArrayList<>();
    r.summary()
        .forEach(
            (key, v) ->
                summary.add(
                    new ReportModel.NamedValue(
                        GroupReading.words(key),
                        v == null ? "undefined" : IntervalReading.value(v, r.interval(null, key)),
                        v == null ? "undefined" : DecimalText.full(v))));
    List<String> headers = metrics.stream().map(GroupReading::words).toList();
    return new FacetGroups(
        name,
        id,
        headers,
        List.copyOf(rows),
        widest == null ? null : GroupReading.words(widest),
        GroupReading.sentences(r),
        List.copyOf(summary),
        selectionChart(name, r),
        errorChart(name, r));
  }

  private static SvgBarChart selectionChart(String facet, GroupMetricsResult r) {
    if (!r.metrics().contains("selection_rate")) {
      return null;
    }
    List<SvgBarChart.Item> items = new ArrayList<>();
    r.byGroup().forEach((g, v) -> items.add(item(r, g, g, "selection_rate", v, "d")));
    return SvgBarChart.of(
        "Selection rate per group of " + facet,
        SvgBarChart.Layout.FEATURES,
        items,
        true,
        List.of());
  }

  /** Returns a bar of one group's value, with its interval as an error bar when it has one. */
  private static SvgBarChart.Item item(
      GroupMetricsResult r,
      String group,
      String label,
      String metric,
      Map<String, Double> values,
      String style) {
    double v = values.get(metric);
    ConfidenceInterval ci = r.interval(group, metric);
    String tip = label.isEmpty() ? group + ", " + GroupReading.words(metric) : label;
    return ci == null
        ? new SvgBarChart.Item(label, v, style)
        : new SvgBarChart.Item(label, tip, v, style, ci.low(), ci.high());
  }

  private static SvgBarChart errorChart(String facet, GroupMetricsResult r) {
    if (!r.metrics().containsAll(ERROR_RATES)) {
      return null;
    }
    List<SvgBarChart.Item> items = new ArrayList<>();
    r.byGroup()
        .forEach(
            (g, v) -> {
              items.add(item(r, g, g, "false_positive_rate", v, "d"));
              items.add(item(r, g, "", "false_negative_rate", v, "a"));
            });
    return SvgBarChart.of(
        "Error rates per group of " + facet,
        SvgBarChart.Layout.FEATURES,
        items,
        true,
        List.of(
            new SvgBarChart.LegendEntry("d", "False positive rate"),
            new SvgBarChart.LegendEntry("a", "False negative rate")));
  }
}
