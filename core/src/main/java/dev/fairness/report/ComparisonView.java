package dev.fairness.report;

import dev.fairness.result.ModelComparison;
import dev.fairness.result.RunInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the comparison report shows (issue 19), every number already rounded for display: the chart,
 * the ranking table, the recommendation in plain words, one table per compared metric (facet groups
 * by models), and where each model's own report is.
 *
 * @param title report title
 * @param xName name of the x performance, e.g. {@code accuracy}
 * @param yName name of the y disparity, e.g. {@code |DPPL|}
 * @param chart the scatter chart
 * @param ranking the models ranked ({@link ModelComparison#ranked()})
 * @param words the recommendation, one sentence per item
 * @param models model names in configuration order
 * @param metrics one table per compared metric
 * @param reportName the file stem of each model's report in {@code models/<name>/}
 * @param facts what was compared on: generation time, tool version, dataset, rows, label, facets
 */
public record ComparisonView(
    String title,
    String xName,
    String yName,
    ModelScatterChart chart,
    List<Row> ranking,
    List<String> words,
    List<String> models,
    List<MetricTable> metrics,
    String reportName,
    List<Fact> facts) {

  /**
   * One line of the run facts.
   *
   * @param name what
   * @param value its value
   */
  public record Fact(String name, String value) {}

  /**
   * One row of the ranking table.
   *
   * @param rank 1-based rank
   * @param name model name
   * @param accuracy accuracy
   * @param balancedAccuracy balanced accuracy
   * @param selectionRate selection rate
   * @param disparity disparity on the y metric
   * @param pareto {@code yes} or {@code no}
   */
  public record Row(
      int rank,
      String name,
      String accuracy,
      String balancedAccuracy,
      String selectionRate,
      String disparity,
      String pareto) {}

  /**
   * One compared metric: a row per facet group, a cell per model.
   *
   * @param metric acronym
   * @param rows the facet groups
   */
  public record MetricTable(String metric, List<GroupRow> rows) {}

  /**
   * One facet group of a {@link MetricTable}.
   *
   * @param facet facet name
   * @param group group string
   * @param values one rounded value (or {@code error}) per model, in configuration order
   */
  public record GroupRow(String facet, String group, List<String> values) {}

  /** Returns the view of {@code c}; {@code run} is the first model's run facts (shared data). */
  static ComparisonView of(ModelComparison c, RunInfo run, String reportName) {
    String xName = c.xAxis().replace('_', ' ');
    String yName = c.yAxis().equals("DI") ? "1 − min(DI, 1/DI)" : "|" + c.yAxis() + "|";
    List<Row> rows = new ArrayList<>();
    int rank = 1;
    for (ModelComparison.Entry e : c.ranked()) {
      rows.add(
          new Row(
              rank++,
              e.name(),
              text(e.accuracy()),
              text(e.balancedAccuracy()),
              text(e.selectionRate()),
              text(e.disparity()),
              e.paretoOptimal() ? "yes" : "no"));
    }
    List<String> names = c.models().stream().map(ModelComparison.Entry::name).toList();
    return new ComparisonView(
        "Model comparison",
        xName,
        yName,
        ModelScatterChart.of(c, xName, yName + " in the worst facet group"),
        rows,
        ComparisonWords.of(c, xName, yName),
        names,
        tables(c),
        reportName,
        facts(run));
  }

  private static List<Fact> facts(RunInfo run) {
    List<Fact> out = new ArrayList<>();
    if (run == null) {
      return out;
    }
    out.add(
        new Fact("Generated", run.generatedAt() == null ? DecimalText.DASH : run.generatedAt()));
    if (run.toolVersion() != null) {
      out.add(new Fact("Tool version", "fairness " + run.toolVersion()));
    }
    if (run.datasetPath() != null) {
      out.add(new Fact("Dataset", run.datasetPath()));
    }
    out.add(new Fact("Rows", Long.toString(run.rows())));
    if (run.labelSummary() != null) {
      out.add(new Fact("Label", run.labelSummary()));
    }
    if (run.facetSummaries() != null && !run.facetSummaries().isEmpty()) {
      out.add(new Fact("Facets", String.join("; ", run.facetSummaries())));
    }
    return out;
  }

  private static List<MetricTable> tables(ModelComparison c) {
    List<MetricTable> out = new ArrayList<>();
    int n = c.models().size();
    for (String metric : c.metrics()) {
      Map<String, String[]> cells = new LinkedHashMap<>();
      Map<String, String[]> keys = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        for (ModelComparison.GroupValue v : c.models().get(i).values()) {
          if (!v.metric().equals(metric)) {
            continue;
          }
          String key = v.facet() + "\u0000" + v.group();
          keys.putIfAbsent(key, new String[] {v.facet(), v.group()});
          String[] row = cells.computeIfAbsent(key, k -> new String[n]);
          row[i] = v.value() == null ? "error" : DecimalText.round4(v.value());
        }
      }
      List<GroupRow> rows = new ArrayList<>();
      for (Map.Entry<String, String[]> e : cells.entrySet()) {
        List<String> values = new ArrayList<>();
        for (String s : e.getValue()) {
          values.add(s == null ? DecimalText.DASH : s);
        }
        String[] k = keys.get(e.getKey());
        rows.add(new GroupRow(k[0], k[1], values));
      }
      out.add(new MetricTable(metric, rows));
    }
    return out;
  }

  static String text(Double v) {
    return v == null ? DecimalText.DASH : DecimalText.round4(v);
  }
}
