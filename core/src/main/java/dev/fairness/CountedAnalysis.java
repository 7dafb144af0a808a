package dev.fairness;

import dev.fairness.bias.BiasAnalysis;
import dev.fairness.bias.BiasInputs;
import dev.fairness.bias.BiasResults;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ConfigException;
import dev.fairness.config.LoadedConfig;
import dev.fairness.config.MethodsConfig;
import dev.fairness.data.Column;
import dev.fairness.data.Dataset;
import dev.fairness.metrics.BiasMetric;
import dev.fairness.metrics.MetricEngine;
import dev.fairness.metrics.Stage;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import dev.fairness.result.RunInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bias analysis of a dataset that was counted elsewhere (a Spark job, docs/spark.md): the
 * caller gives a counted table, one row per distinct combination of the role columns' values with
 * the number of dataset rows it stands for, and this class runs the same rules, metrics and writers
 * as {@link Analyzer} on it. Only FT needs the rows themselves; the caller gives them (every row of
 * the columns FT reads) or the FT entries carry an error saying why they are missing.
 */
public final class CountedAnalysis {

  private static final BiasMetric FT = MetricEngine.byId(Stage.POST_TRAINING, "FT");

  private CountedAnalysis() {}

  /**
   * Computes the requested bias metrics from {@code counted} and stages analysis.json,
   * analysis_config.json and the reports in {@code dir}, as {@link Analyzer#run} does.
   *
   * @param loaded the configuration; SHAP, PDP and a model are refused (exit 2)
   * @param options formats, tool version, environment
   * @param datasetShown the dataset location shown in the reports
   * @param counted the counted table with its roles (label, predicted label, facets, group)
   * @param rowCounts per row of {@code counted}, the number of dataset rows it stands for
   * @param flipRows every dataset row with the columns FT reads, or null when FT is not requested
   *     or the rows were not brought to the driver
   * @param flipError the error text FT entries carry when {@code flipRows} is null
   * @param dir where outputs are staged
   * @param log receives the classification lines and warnings
   */
  public static AnalysisResult run(
      LoadedConfig loaded,
      AnalysisOptions options,
      String datasetShown,
      Dataset counted,
      long[] rowCounts,
      Dataset flipRows,
      String flipError,
      OutputDirectory dir,
      RunLog log) {
    AnalysisConfig config = loaded.config();
    MethodsConfig m = config.methods();
    if (m.shap() != null || m.pdp() != null) {
      throw new ConfigException(
          "methods.shap / methods.pdp: explanations call the model, which this job does not do;"
              + " run them with 'fairness analyze' on a sample, or remove them from the config");
    }
    List<String> post = m.postTraining();
    if (post != null && counted.predictedLabel() == null) {
      throw new ConfigException(
          "post_training_bias: needs a predicted_label column in the dataset here (the model is"
              + " not called); add predicted_label or remove post_training_bias");
    }
    List<Finding> warnings = new ArrayList<>();
    RunLog collecting = new Collecting(log, warnings);
    boolean flip = post != null && post.contains("FT");
    List<String> postCounted =
        post == null ? null : post.stream().filter(x -> !x.equals("FT")).toList();
    Column predicted = post == null ? null : counted.table().column(counted.predictedLabel());
    BiasResults r =
        BiasAnalysis.run(
            inputs(config, counted, predicted, List.of(), m.preTraining(), postCounted, rowCounts),
            collecting);
    BiasReport postReport = r.post();
    if (flip) {
      postReport = withFlipTest(config, postReport, flipRows, flipError, collecting);
    }
    long rows = 0;
    for (long c : rowCounts) {
      rows += c;
    }
    RunInfo built =
        RunInfoBuilder.build(
            config,
            counted,
            r.pre() != null ? r.pre() : postReport,
            options.toolVersion(),
            options.environment(),
            List.copyOf(warnings));
    RunInfo info =
        new RunInfo(
            built.title(),
            built.reportName(),
            built.generatedAt(),
            built.toolVersion(),
            datasetShown,
            built.datasetType(),
            rows,
            built.labelSummary(),
            built.facetSummaries(),
            built.groupVariable(),
            built.methods(),
            built.modelTransport(),
            built.warnings(),
            built.findings());
    AnalysisResult result = new AnalysisResult(r.pre(), postReport, null, info);
    OutputWriter.write(
        dir,
        result,
        loaded,
        null,
        options.formats(),
        ReportTemplates.prepare(options.formats()),
        dev.fairness.report.FindingPolicy.defaults());
    return result;
  }

  private static BiasInputs inputs(
      AnalysisConfig config,
      Dataset ds,
      Column predicted,
      List<String> ftColumns,
      List<String> pre,
      List<String> post,
      long[] rowCounts) {
    return new BiasInputs(
        ds.table(),
        ds.label(),
        config.labelValuesOrThreshold(),
        predicted,
        false,
        BiasStage.facets(ds),
        ds.groupVariable(),
        ftColumns,
        pre,
        post,
        null,
        rowCounts,
        config.hints().labelKind());
  }

  /** Returns {@code report} with the FT value of each facet group added in name order. */
  private static BiasReport withFlipTest(
      AnalysisConfig config, BiasReport report, Dataset rows, String error, RunLog log) {
    Map<String, List<FacetGroupResult>> ft = null;
    if (rows != null) {
      List<String> ftColumns = new ArrayList<>();
      for (Column c : rows.table().loadedColumns()) {
        String n = c.name();
        if (!n.equals(rows.label())
            && !Objects.equals(n, rows.predictedLabel())
            && !Objects.equals(n, rows.joinsource())) {
          ftColumns.add(n);
        }
      }
      Column predicted = rows.table().column(rows.predictedLabel());
      ft =
          BiasAnalysis.run(
                  inputs(config, rows, predicted, ftColumns, null, List.of("FT"), null),
                  RunLog.silent())
              .post()
              .facets();
    }
    Map<String, List<FacetGroupResult>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<FacetGroupResult>> e : report.facets().entrySet()) {
      List<FacetGroupResult> groups = new ArrayList<>();
      for (int g = 0; g < e.getValue().size(); g++) {
        FacetGroupResult counted = e.getValue().get(g);
        MetricValue v =
            ft != null
                ? ft.get(e.getKey()).get(g).metrics().get(0)
                : MetricValue.failed("FT", FT.description(), error);
        if (v.failed()) {
          log.warn("FT metrics failed");
        }
        List<MetricValue> metrics = new ArrayList<>(counted.metrics());
        metrics.add(v);
        metrics.sort(Comparator.comparing(MetricValue::name));
        groups.add(new FacetGroupResult(counted.valueOrThreshold(), metrics, counted.stats()));
      }
      out.put(e.getKey(), groups);
    }
    return new BiasReport(
        report.label(), report.labelValueOrThreshold(), out, report.performance());
  }

  /** Forwards to the user's log and keeps the warnings for the reports. */
  private record Collecting(RunLog target, List<Finding> warnings) implements RunLog {
    @Override
    public void debug(String message) {
      target.debug(message);
    }

    @Override
    public void info(String message) {
      target.info(message);
    }

    @Override
    public void warn(String message) {
      warnings.add(Finding.plain(message));
      target.warn(message);
    }

    @Override
    public void finding(Finding finding) {
      warnings.add(finding);
      target.finding(finding);
    }
  }
}
