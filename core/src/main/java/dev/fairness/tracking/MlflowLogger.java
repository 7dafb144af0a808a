package dev.fairness.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import dev.fairness.result.RunInfo;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Logs one finished analysis to MLflow (docs/mlflow.md): finds or creates the experiment, creates a
 * run (or joins {@code MLFLOW_RUN_ID}), logs params, every finite metric value and tags in batches
 * within MLflow's limits, uploads the output files as artifacts, and marks a run it created
 * FINISHED. Throws {@link TrackingException} on the first failure.
 */
public final class MlflowLogger {

  /** Longest param value MLflow accepts. */
  static final int MAX_PARAM_VALUE = 6000;

  /** Longest tag value every MLflow store accepts. */
  static final int MAX_TAG_VALUE = 5000;

  private final MlflowSettings settings;
  private final MlflowRestClient client;

  /** Creates a logger for {@code settings}. */
  public MlflowLogger(MlflowSettings settings) {
    this.settings = settings;
    this.client = new MlflowRestClient(settings);
  }

  /**
   * What was logged.
   *
   * @param runId the run
   * @param metrics metric values logged
   * @param artifacts files uploaded
   * @param notLogged metric values not logged (failed or not finite), e.g. {@code FT (post, Sex =
   *     Female)}
   */
  public record Logged(String runId, int metrics, int artifacts, List<String> notLogged) {}

  /**
   * Logs {@code result}; {@code files} are the written outputs, uploaded under their paths relative
   * to {@code outputDir}.
   */
  public Logged log(
      AnalysisResult result, String toolVersion, Path outputDir, List<Path> files, long nowMillis) {
    String runId = settings.runId();
    JsonNode info;
    boolean created = runId == null;
    if (created) {
      ArrayNode tags = new ObjectMapper().createArrayNode();
      tags.addObject().put("key", "mlflow.source.name").put("value", "fairness");
      tags.addObject().put("key", "mlflow.source.type").put("value", "LOCAL");
      info = client.createRun(experimentId(), runName(result), nowMillis, tags);
      runId = info.path("run_id").asText(null);
      if (runId == null) {
        throw new TrackingException("mlflow: runs/create: the answer has no run.info.run_id");
      }
    } else {
      info = client.getRun(runId);
    }
    List<String> notLogged = new ArrayList<>();
    List<LogBatch.Metric> metrics = metrics(result, nowMillis, notLogged);
    for (LogBatch batch : LogBatch.split(params(result, toolVersion), metrics, tags(notLogged))) {
      client.logBatch(runId, batch);
    }
    int uploaded = uploadArtifacts(info.path("artifact_uri").asText(""), outputDir, files);
    if (created) {
      client.finishRun(runId, nowMillis);
    }
    return new Logged(runId, metrics.size(), uploaded, List.copyOf(notLogged));
  }

  private String experimentId() {
    if (settings.experimentId() != null) {
      return settings.experimentId();
    }
    if (settings.experimentName() == null) {
      return "0"; // MLflow's Default experiment
    }
    String id = client.experimentIdByName(settings.experimentName());
    return id != null ? id : client.createExperiment(settings.experimentName());
  }

  private static String runName(AnalysisResult result) {
    RunInfo run = result.run();
    return run == null || run.title() == null ? "fairness" : "fairness: " + run.title();
  }

  /** Returns the params: what was analysed, how, and by which version. */
  static List<LogBatch.Entry> params(AnalysisResult result, String toolVersion) {
    List<LogBatch.Entry> out = new ArrayList<>();
    RunInfo run = result.run();
    if (run != null) {
      add(out, "label", run.labelSummary());
      add(
          out,
          "facets",
          run.facetSummaries() == null ? null : String.join("; ", run.facetSummaries()));
      add(out, "group_variable", run.groupVariable());
      add(out, "dataset", run.datasetPath());
      add(out, "dataset_type", run.datasetType());
      add(out, "rows", Long.toString(run.rows()));
      add(out, "methods", run.methods() == null ? null : String.join("; ", run.methods()));
      add(out, "model", run.modelTransport());
    }
    add(out, "tool_version", toolVersion);
    return out;
  }

  private static void add(List<LogBatch.Entry> out, String key, String value) {
    if (value != null && !value.isEmpty()) {
      out.add(new LogBatch.Entry(key, cut(value, MAX_PARAM_VALUE)));
    }
  }

  /** Returns every finite metric value of both stages under its {@link MlflowKeys} name. */
  static List<LogBatch.Metric> metrics(AnalysisResult result, long now, List<String> notLogged) {
    MlflowKeys keys = new MlflowKeys();
    List<LogBatch.Metric> out = new ArrayList<>();
    addStage(out, keys, "pre", result.preTraining(), now, notLogged);
    addStage(out, keys, "post", result.postTraining(), now, notLogged);
    return out;
  }

  private static void addStage(
      List<LogBatch.Metric> out,
      MlflowKeys keys,
      String stage,
      BiasReport report,
      long now,
      List<String> notLogged) {
    if (report == null) {
      return;
    }
    for (Map.Entry<String, List<FacetGroupResult>> e : report.facets().entrySet()) {
      for (FacetGroupResult g : e.getValue()) {
        for (MetricValue m : g.metrics()) {
          String key = keys.metric(stage, m.name(), e.getKey(), g.valueOrThreshold());
          if (m.failed() || m.value() == null || !Double.isFinite(m.value())) {
            notLogged.add(key);
          } else {
            out.add(new LogBatch.Metric(key, m.value(), now));
          }
        }
      }
    }
  }

  private static List<LogBatch.Entry> tags(List<String> notLogged) {
    List<LogBatch.Entry> out = new ArrayList<>();
    out.add(new LogBatch.Entry("fairness.tool", "fairness"));
    if (!notLogged.isEmpty()) {
      out.add(
          new LogBatch.Entry(
              "fairness.metrics_not_logged", cut(String.join(", ", notLogged), MAX_TAG_VALUE)));
    }
    return out;
  }

  private int uploadArtifacts(String artifactUri, Path outputDir, List<Path> files) {
    if (files.isEmpty()) {
      return 0;
    }
    URI uri = URI.create(artifactUri.isEmpty() ? "none:" : artifactUri);
    if (!"mlflow-artifacts".equals(uri.getScheme())) {
      throw new TrackingException(
          "mlflow: the run's artifact store is "
              + (artifactUri.isEmpty() ? "not given" : artifactUri)
              + ", not served by the tracking server; params and metrics are logged, artifacts"
              + " not: start `mlflow server` with --serve-artifacts (the default since MLflow 2.0)");
    }
    String root = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
    for (Path f : files) {
      String rel = outputDir.relativize(f).toString().replace('\\', '/');
      client.putArtifact(root.isEmpty() ? rel : root + "/" + rel, f);
    }
    return files.size();
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
