package dev.fairness;

import dev.fairness.bias.BiasResults;
import dev.fairness.bias.ColumnKind;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.LoadedConfig;
import dev.fairness.config.MethodsConfig;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnNeeds;
import dev.fairness.data.Columns;
import dev.fairness.data.Dataset;
import dev.fairness.gate.Assertion;
import dev.fairness.metrics.MetricEngine;
import dev.fairness.metrics.Stage;
import dev.fairness.model.ModelOutput;
import dev.fairness.model.PredictedLabels;
import dev.fairness.report.FindingPolicy;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.Explanations;
import dev.fairness.result.GroupMetricsResult;
import dev.fairness.result.RunInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one analysis (spec §11) from a loaded configuration: reads the data, gets predictions when
 * needed, computes bias metrics and explanations, and writes every output into the staging
 * directory. The single entry point the command line calls; never prints, never exits.
 */
public final class Analyzer implements AutoCloseable {

  private final LoadedConfig loaded;
  private final AnalysisConfig config;
  private final AnalysisOptions options;
  private final RunLog log;
  private final Progress progress;
  private final List<Finding> findings = new ArrayList<>();
  private final FindingPolicy policy;
  private volatile ModelSession model;
  private DatasetSource datasets = DatasetSource.READER;

  /** Creates an analyzer; nothing is read or started until {@link #run}. */
  public Analyzer(LoadedConfig loaded, AnalysisOptions options, RunLog log) {
    this(loaded, options, log, List.of());
  }

  /**
   * Creates an analyzer whose reports judge the findings summary by the default policy with {@code
   * assertions} ({@code --assert}, {@code --thresholds}) overriding it where they match; nothing is
   * read or started until {@link #run}.
   */
  public Analyzer(
      LoadedConfig loaded, AnalysisOptions options, RunLog log, List<Assertion> assertions) {
    this.policy = AssertionPolicy.of(assertions);
    this.loaded = loaded;
    this.config = loaded.config();
    this.options = options;
    this.progress = options.progress() == null ? Progress.none() : options.progress();
    this.log = new CollectingLog(log, findings);
  }

  /** Makes {@link #run} take its dataset from {@code source} (a multi-model run reads it once). */
  Analyzer readingFrom(DatasetSource source) {
    this.datasets = source;
    return this;
  }

  /**
   * Runs the analysis and stages analysis.json, analysis_config.json, the reports and the SHAP
   * files in {@code dir}; returns the result. Throws {@link FairnessException} on configuration,
   * data or model failures.
   */
  public AnalysisResult run(OutputDirectory dir) {
    MethodsConfig m = config.methods();
    boolean pre = m.preTraining() != null;
    boolean post = m.postTraining() != null;
    boolean groups = m.groupMetrics() != null;
    boolean explain = m.shap() != null || m.pdp() != null;
    UnusedKeys.check(config, log);
    ReportTemplates templates = ReportTemplates.prepare(options.formats());
    Dataset ds = datasets.load(config, needs(config), options, log);
    model = new ModelSession(config, ds.featureNames(), options.limits(), log, progress);

    BiasReport preReport = null;
    BiasReport postReport = null;
    Map<String, GroupMetricsResult> groupMetrics = null;
    if (pre || post || groups) {
      Column predicted = null;
      if (post || groups) {
        predicted =
            ds.predictedLabel() != null
                ? ds.table().column(ds.predictedLabel())
                : ds.predictedScore() != null
                    ? ScoreColumn.predictedLabels(
                        ds.table().column(ds.predictedScore()),
                        config.effectiveProbabilityThreshold())
                    : predictFromModel(ds);
      }
      BiasResults bias = BiasStage.run(config, ds, predicted, loaded.seed(), log);
      preReport = bias.pre();
      postReport = bias.post();
      groupMetrics = bias.groupMetrics();
    }
    Explanations explanations = null;
    ExplainStage explainStage =
        new ExplainStage(
            config, loaded.seed(), options.maxShapRecords(), options.csvSafe(), log, progress);
    if (explain) {
      explanations = explainStage.run(ds, model, dir);
    }
    model.finish();
    if (m.thresholds() != null) {
      MitigationRun.run(
          loaded,
          MitigationOptions.of(
              m.thresholds(), options.datasetOverride(), options.csvHeader(), options.formats()),
          log,
          dir);
    }
    RunInfo info =
        RunInfoBuilder.build(
            config,
            ds,
            preReport != null ? preReport : postReport,
            options.toolVersion(),
            options.environment(),
            snapshot());
    AnalysisResult result =
        new AnalysisResult(preReport, postReport, explanations, info, groupMetrics);
    OutputWriter.write(
        dir, result, loaded, explainStage.chosenClusters(), options.formats(), templates, policy);
    return result;
  }

  /** Returns the columns a run of {@code config} reads beyond the role columns (spec §3.6). */
  static ColumnNeeds needs(AnalysisConfig config) {
    MethodsConfig m = config.methods();
    boolean post = m.postTraining() != null;
    boolean groups = m.groupMetrics() != null;
    boolean explain = m.shap() != null || m.pdp() != null;
    boolean predictionsInData =
        config.predictedLabel() != null
            || config.predictedLabelDatasetUri() != null
            || config.predictedScore() != null;
    boolean modelForBias = (post || groups) && !predictionsInData;
    boolean flipTest = post && MetricEngine.readsFeatures(Stage.POST_TRAINING, m.postTraining());
    ColumnNeeds needs = new ColumnNeeds(explain || modelForBias, false, explain || modelForBias);
    return flipTest ? needs.plusNumericColumns() : needs;
  }

  private Column predictFromModel(Dataset ds) {
    Column label = ds.table().column(ds.label());
    boolean categorical =
        ColumnKind.infer(label, config.labelValuesOrThreshold(), RunLog.silent())
            == ColumnKind.CATEGORICAL;
    List<ModelOutput> outputs = model.predictAll(ds.table());
    PredictedLabels labels =
        PredictedLabels.derive(
            outputs,
            config.predictor(),
            config.probabilityThreshold(),
            label.type(),
            categorical,
            log);
    return Columns.fromValues(
        "predicted_label", labels.values(), config.predictor().singleLabelHeader());
  }

  private List<Finding> snapshot() {
    synchronized (findings) {
      return List.copyOf(findings);
    }
  }

  /** Stops the model process (if one was started); safe to call more than once. */
  @Override
  public void close() {
    if (model != null) {
      model.close();
    }
  }

  /**
   * Kills the model process and its descendants at once, without the grace periods of {@link
   * #close}; for a second interrupt while {@link #close} waits. Safe from any thread.
   */
  public void kill() {
    ModelSession m = model;
    if (m != null) {
      m.kill();
    }
  }

  /** Forwards to the user's log and keeps the warnings for the reports (spec §9.6 section 7). */
  private record CollectingLog(RunLog target, List<Finding> findings) implements RunLog {
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
      synchronized (findings) {
        findings.add(Finding.plain(message));
      }
      target.warn(message);
    }

    @Override
    public void finding(Finding finding) {
      synchronized (findings) {
        findings.add(finding);
      }
      target.finding(finding);
    }
  }
}
