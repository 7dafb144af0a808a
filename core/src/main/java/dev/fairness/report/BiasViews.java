package dev.fairness.report;

import dev.fairness.metrics.BiasMetric;
import dev.fairness.metrics.MetricEngine;
import dev.fairness.metrics.PostTrainingMetric;
import dev.fairness.report.ReportModel.BiasSection;
import dev.fairness.report.ReportModel.ClassRow;
import dev.fairness.report.ReportModel.ConfusionView;
import dev.fairness.report.ReportModel.FacetView;
import dev.fairness.report.ReportModel.GroupView;
import dev.fairness.report.ReportModel.MetricRow;
import dev.fairness.report.ReportModel.NamedValue;
import dev.fairness.report.ReportModel.PerformanceView;
import dev.fairness.report.ReportModel.StatRow;
import dev.fairness.report.SvgBarChart.Item;
import dev.fairness.report.SvgBarChart.LegendEntry;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.GroupStats;
import dev.fairness.result.MetricValue;
import dev.fairness.result.ModelPerformance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the bias sections of the view model (spec §9.6 sections 3 and 4) from a BiasReport. */
final class BiasViews {

  private BiasViews() {}

  /**
   * Returns the view of {@code report}, or null when it is null.
   *
   * @param title section title
   * @param id HTML id prefix
   * @param report pre- or post-training results
   * @param groupVariable group variable name for the CDDL/CDDPL readings, or null
   */
  static BiasSection section(String title, String id, BiasReport report, String groupVariable) {
    if (report == null) {
      return null;
    }
    List<FacetView> facets = new ArrayList<>();
    int facetIndex = 0;
    for (Map.Entry<String, List<FacetGroupResult>> e : report.facets().entrySet()) {
      List<GroupView> groups = new ArrayList<>();
      int groupIndex = 0;
      for (FacetGroupResult g : e.getValue()) {
        String anchor = id + "-f" + facetIndex + "-g" + groupIndex++;
        groups.add(group(e.getKey(), g, anchor, groupVariable));
      }
      facets.add(new FacetView(e.getKey(), List.copyOf(groups)));
      facetIndex++;
    }
    return new BiasSection(
        title,
        id,
        report.label(),
        report.labelValueOrThreshold(),
        MetricReading.groupTitle(report.label(), report.labelValueOrThreshold()),
        List.copyOf(facets),
        performance(report.performance()));
  }

  private static GroupView group(
      String facet, FacetGroupResult g, String anchor, String groupVariable) {
    String title = MetricReading.groupTitle(facet, g.valueOrThreshold());
    GroupStats s = g.stats();
    MetricReading reading = new MetricReading(facet, g.valueOrThreshold(), s, groupVariable);
    List<MetricRow> rows = new ArrayList<>();
    for (MetricValue m : g.metrics()) {
      rows.add(row(m, reading, s));
    }
    return new GroupView(
        g.valueOrThreshold(),
        title,
        anchor,
        stats(s),
        chart(title, s),
        List.copyOf(rows),
        confusion(title, s),
        intervalChart(title, g.metrics()));
  }

  /**
   * Returns the chart of the metrics that have a confidence interval, each bar with its interval as
   * an error bar (issue 18), or null when none has one.
   */
  private static SvgBarChart intervalChart(String title, List<MetricValue> metrics) {
    List<Item> items = new ArrayList<>();
    for (MetricValue m : metrics) {
      if (m.ci() != null && !m.failed() && Double.isFinite(m.value())) {
        String tip =
            m.name()
                + " ["
                + DecimalText.full(m.ci().low())
                + ", "
                + DecimalText.full(m.ci().high())
                + "]";
        items.add(new Item(m.name(), tip, m.value(), "d", m.ci().low(), m.ci().high()));
      }
    }
    if (items.isEmpty()) {
      return null;
    }
    return SvgBarChart.of(
        "Metric values of " + title + " with their confidence intervals",
        SvgBarChart.Layout.GROUPS,
        items,
        false,
        List.of());
  }

  private static MetricRow row(MetricValue m, MetricReading reading, GroupStats s) {
    BiasMetric guide = MetricEngine.find(m.name());
    String range = guide == null ? "" : guide.range();
    if (guide == PostTrainingMetric.GE && s != null) {
      range +=
          " = [0, "
              + BigDecimal.valueOf(s.n() - 1).divide(BigDecimal.valueOf(2)).toPlainString()
              + "]";
    }
    boolean failed = m.failed() || m.value() == null;
    return new MetricRow(
        m.name(),
        m.description(),
        guide == null ? "" : guide.meaning(),
        failed ? DecimalText.DASH : IntervalReading.value(m.value(), m.ci()),
        failed ? (m.error() == null ? "" : m.error()) : DecimalText.full(m.value()),
        range,
        m.ci() == null || failed
            ? reading.read(m)
            : reading.read(m) + " " + IntervalReading.read(m, s == null ? -1 : s.nD()),
        failed);
  }

  private static List<StatRow> stats(GroupStats s) {
    if (s == null) {
      return List.of();
    }
    List<StatRow> rows = new ArrayList<>();
    rows.add(new StatRow("Rows", Long.toString(s.nD()), Long.toString(s.nA())));
    rows.add(
        new StatRow(
            "Share of all rows",
            DecimalText.round4(s.proportion()),
            DecimalText.round4(1 - s.proportion())));
    rows.add(
        new StatRow(
            "Observed positive-label rate",
            DecimalText.round4(s.labelPositiveRateD()),
            DecimalText.round4(s.labelPositiveRateA())));
    if (!Double.isNaN(s.predictedPositiveRateD())) {
      rows.add(
          new StatRow(
              "Predicted positive rate",
              DecimalText.round4(s.predictedPositiveRateD()),
              DecimalText.round4(s.predictedPositiveRateA())));
    }
    return List.copyOf(rows);
  }

  private static SvgBarChart chart(String title, GroupStats s) {
    if (s == null) {
      return null;
    }
    List<Item> items = new ArrayList<>();
    pair(items, "Share of all rows", title, s.proportion(), 1 - s.proportion());
    pair(items, "Observed positive rate", title, s.labelPositiveRateD(), s.labelPositiveRateA());
    if (!Double.isNaN(s.predictedPositiveRateD())) {
      pair(
          items,
          "Predicted positive rate",
          title,
          s.predictedPositiveRateD(),
          s.predictedPositiveRateA());
    }
    return SvgBarChart.of(
        "Group size and positive rates: " + title + " versus the rest",
        SvgBarChart.Layout.GROUPS,
        items,
        true,
        List.of(new LegendEntry("d", title), new LegendEntry("a", "Rest")));
  }

  /** Adds the bars of the group and of the rest; each tooltip names its side. */
  private static void pair(List<Item> items, String label, String title, double d, double a) {
    items.add(new Item(label, label + ", " + title, d, "d"));
    items.add(new Item("", label + ", rest", a, "a"));
  }

  private static List<ConfusionView> confusion(String title, GroupStats s) {
    if (s == null || s.confusionMatrixD() == null || s.confusionMatrixA() == null) {
      return List.of();
    }
    return List.of(matrix(title, s.confusionMatrixD()), matrix("Rest", s.confusionMatrixA()));
  }

  private static ConfusionView matrix(String title, double[] cm) {
    return new ConfusionView(
        title,
        DecimalText.round4(cm[0]),
        DecimalText.round4(cm[1]),
        DecimalText.round4(cm[2]),
        DecimalText.round4(cm[3]));
  }

  private static PerformanceView performance(ModelPerformance p) {
    if (p == null) {
      return null;
    }
    List<NamedValue> metrics = new ArrayList<>();
    for (ModelPerformance.NamedValue v : p.metrics()) {
      metrics.add(
          new NamedValue(v.name(), DecimalText.round4(v.value()), DecimalText.full(v.value())));
    }
    ConfusionView binary =
        p.binaryConfusionMatrix() == null || p.binaryConfusionMatrix().length != 4
            ? null
            : matrix("All rows", p.binaryConfusionMatrix());
    List<String> labels = p.classLabels() == null ? List.of() : List.copyOf(p.classLabels());
    List<ClassRow> rows = new ArrayList<>();
    if (p.classCounts() != null) {
      for (int i = 0; i < Math.min(labels.size(), p.classCounts().length); i++) {
        List<String> counts = new ArrayList<>();
        for (double c : p.classCounts()[i]) {
          counts.add(DecimalText.count(c));
        }
        rows.add(new ClassRow(labels.get(i), List.copyOf(counts)));
      }
    }
    return new PerformanceView(List.copyOf(metrics), binary, labels, List.copyOf(rows));
  }
}
