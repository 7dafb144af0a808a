package dev.fairness.report;

import dev.fairness.result.AnalysisResult;
import dev.fairness.result.RunInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable view model both report templates read (spec §9.6): every number already rounded,
 * every sentence written and every chart coordinate computed, so the templates only format. Texts
 * are plain (unescaped); the template's output format escapes them.
 *
 * @param header run header (section 1)
 * @param findings the findings summary above the tables, or null without bias results
 * @param settings configuration summary rows (section 2)
 * @param preTraining pre-training bias (section 3), or null
 * @param postTraining post-training bias (section 4), or null
 * @param shap feature attributions (section 5), or null
 * @param pdp partial dependence entries (section 6), empty when absent
 * @param warnings every warn line of the run, in order (section 7)
 * @param groupMetrics the group metrics per facet (issue 17), or null
 * @param labelKeyNote what the label keys {@code label0, label1, …} of sections 5 and 6 are, or
 *     null when the keys are named by {@code label_headers}
 */
public record ReportModel(
    Header header,
    Findings findings,
    List<Setting> settings,
    BiasSection preTraining,
    BiasSection postTraining,
    ShapSection shap,
    List<PdpView> pdp,
    List<String> warnings,
    GroupViews.GroupSection groupMetrics,
    String labelKeyNote) {

  /** Returns the view model of {@code result} under the default policy; pure and deterministic. */
  public static ReportModel of(AnalysisResult result) {
    return of(result, FindingPolicy.defaults());
  }

  /** Returns the view model of {@code result} judged by {@code policy}; pure and deterministic. */
  public static ReportModel of(AnalysisResult result, FindingPolicy policy) {
    RunInfo run = result.run();
    String groupVariable = run == null ? null : run.groupVariable();
    return new ReportModel(
        header(run),
        Findings.of(result, policy),
        settings(run),
        BiasViews.section("Pre-training bias", "pre", result.preTraining(), groupVariable),
        BiasViews.section("Post-training bias", "post", result.postTraining(), groupVariable),
        ExplanationViews.shap(result.explanations()),
        ExplanationViews.pdp(result.explanations()),
        run == null || run.warnings() == null ? List.of() : List.copyOf(run.warnings()),
        GroupViews.section(result.groupMetrics()),
        ExplanationViews.labelKeyNote(result.explanations()));
  }

  private static Header header(RunInfo run) {
    if (run == null) {
      return new Header("Analysis Report", null, null, null, null, null);
    }
    return new Header(
        run.title() == null ? "Analysis Report" : run.title(),
        run.generatedAt(),
        run.toolVersion(),
        run.datasetPath(),
        run.datasetType(),
        Long.toString(run.rows()));
  }

  private static List<Setting> settings(RunInfo run) {
    List<Setting> out = new ArrayList<>();
    if (run == null) {
      return out;
    }
    if (run.labelSummary() != null) {
      out.add(new Setting("Label", List.of(run.labelSummary())));
    }
    if (run.facetSummaries() != null && !run.facetSummaries().isEmpty()) {
      out.add(new Setting("Facets", List.copyOf(run.facetSummaries())));
    }
    if (run.groupVariable() != null) {
      out.add(new Setting("Group variable", List.of(run.groupVariable())));
    }
    if (run.methods() != null && !run.methods().isEmpty()) {
      out.add(new Setting("Methods", List.copyOf(run.methods())));
    }
    if (run.modelTransport() != null) {
      out.add(new Setting("Model", List.of(run.modelTransport())));
    }
    return List.copyOf(out);
  }

  /**
   * The run header.
   *
   * @param title report title
   * @param generatedAt UTC ISO-8601 generation time, or null
   * @param toolVersion tool version, or null (stable header)
   * @param datasetPath dataset path as shown, or null
   * @param datasetType dataset type, or null
   * @param rows number of data rows
   */
  public record Header(
      String title,
      String generatedAt,
      String toolVersion,
      String datasetPath,
      String datasetType,
      String rows) {}

  /**
   * One configuration summary row: a name and one or more values.
   *
   * @param name setting name, e.g. {@code Facets}
   * @param values its values, one per line
   */
  public record Setting(String name, List<String> values) {}

  /**
   * A pre- or post-training bias section.
   *
   * @param title section title
   * @param id HTML id prefix ({@code pre} or {@code post})
   * @param label label column
   * @param labelValue label value or threshold string
   * @param positive when a label is positive, e.g. {@code Target = 1} or {@code y in (0, 1]}
   * @param facets facets in config order
   * @param performance model performance, or null
   */
  public record BiasSection(
      String title,
      String id,
      String label,
      String labelValue,
      String positive,
      List<FacetView> facets,
      PerformanceView performance) {}

  /**
   * One facet and its groups.
   *
   * @param name facet column name
   * @param groups groups in spec §4.3 order
   */
  public record FacetView(String name, List<GroupView> groups) {}

  /**
   * One facet group: its statistics, chart, metric table and (post-training) confusion matrices.
   *
   * @param value the group's {@code value_or_threshold}
   * @param title heading, e.g. {@code Sex = Female}
   * @param id HTML anchor id (ASCII letters, digits and dashes)
   * @param stats statistics rows (group vs rest)
   * @param chart group size and positive rates as bars
   * @param metrics metric rows in the result's order
   * @param confusion confusion matrices of the group and the rest, empty before training
   */
  public record GroupView(
      String value,
      String title,
      String id,
      List<StatRow> stats,
      SvgBarChart chart,
      List<MetricRow> metrics,
      List<ConfusionView> confusion,
      SvgBarChart intervals) {}

  /**
   * A statistic of the group and of the rest.
   *
   * @param name statistic name
   * @param group value for group d (rounded)
   * @param rest value for the rest a (rounded)
   */
  public record StatRow(String name, String group, String rest) {}

  /**
   * One metric row: {@code Metric | Description | Value | Range | How to read}.
   *
   * @param name Clarify acronym
   * @param description Clarify description
   * @param meaning what the metric means, in words
   * @param value the value rounded to 4 decimals, or {@code —} when failed
   * @param fullValue the full value (spec §9.5), or the error text when failed
   * @param range the metric's range
   * @param reading one sentence reading the value, or the error text
   * @param failed true when the metric failed
   */
  public record MetricRow(
      String name,
      String description,
      String meaning,
      String value,
      String fullValue,
      String range,
      String reading,
      boolean failed) {}

  /**
   * A 2×2 confusion matrix as fractions of a side's rows.
   *
   * @param title whose matrix, e.g. {@code Group Sex = Female}
   * @param tp true positives
   * @param fp false positives
   * @param fn false negatives
   * @param tn true negatives
   */
  public record ConfusionView(String title, String tp, String fp, String fn, String tn) {}

  /**
   * Model performance over the whole dataset (spec §5.4).
   *
   * @param metrics named values in smclarify's order
   * @param binary binary confusion matrix as fractions of all rows, or null
   * @param classLabels labels of the multi-class matrix, empty when there is none
   * @param classRows multi-class rows (true label, then counts per predicted label)
   */
  public record PerformanceView(
      List<NamedValue> metrics,
      ConfusionView binary,
      List<String> classLabels,
      List<ClassRow> classRows) {}

  /**
   * A named number.
   *
   * @param name name
   * @param value rounded value
   * @param fullValue full value (spec §9.5)
   */
  public record NamedValue(String name, String value, String fullValue) {}

  /**
   * A row of the multi-class confusion matrix.
   *
   * @param label true label
   * @param counts rounded counts per predicted label
   */
  public record ClassRow(String label, List<String> counts) {}

  /**
   * The SHAP section.
   *
   * @param aggregation aggregation method, e.g. {@code mean_abs}
   * @param explainedRecords how many records were explained
   * @param labels one view per label key
   */
  public record ShapSection(String aggregation, String explainedRecords, List<ShapView> labels) {}

  /**
   * SHAP values of one label key, sorted by value, descending.
   *
   * @param labelKey the label key
   * @param expectedValue rounded expected value
   * @param expectedFull full expected value
   * @param chart bar chart of the top 20 features
   * @param features every feature, sorted
   */
  public record ShapView(
      String labelKey,
      String expectedValue,
      String expectedFull,
      SvgBarChart chart,
      List<NamedValue> features) {}

  /**
   * One PDP entry: a chart and a table, or an error.
   *
   * @param feature feature name
   * @param dataType {@code numerical}, {@code categorical} or {@code free_text}
   * @param error error text, or null
   * @param chart line chart with the data distribution (numerical features), or null
   * @param bars bars per label key for each value in value order (categorical features), or null
   * @param labelHeaders label keys (table columns)
   * @param rows one row per grid value
   */
  public record PdpView(
      String feature,
      String dataType,
      String error,
      SvgLineChart chart,
      SvgBarChart bars,
      List<String> labelHeaders,
      List<PdpRow> rows) {}

  /**
   * One PDP grid value.
   *
   * @param value grid value (numbers rounded)
   * @param fullValue grid value in full (spec §9.5)
   * @param distribution share of rows, rounded
   * @param predictions mean score per label key, rounded
   */
  public record PdpRow(
      String value, String fullValue, String distribution, List<String> predictions) {}
}
