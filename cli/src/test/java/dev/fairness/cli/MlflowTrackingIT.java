package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import dev.fairness.tracking.MlflowLogger;
import dev.fairness.tracking.MlflowSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --mlflow} against {@link MlflowTestServer} on 127.0.0.1 (no MLflow server can be
 * installed here): what the server received, and that a failing server never loses an output.
 */
class MlflowTrackingIT {

  private static final List<String> OUTPUTS =
      List.of("analysis.json", "analysis_config.json", "report.html", "report.md");

  @TempDir Path tmp;

  private static String config() {
    return CliRun.testdata().resolve("cases/a_sex_female/config.json").toString();
  }

  /** A 20-row case: for the runs whose numbers do not matter. */
  private static String small() {
    return CliRun.testdata().resolve("cases/d_tiny20/config.json").toString();
  }

  @Test
  void logsParamsEveryMetricValueTagsAndTheOutputsAsArtifacts() throws Exception {
    try (MlflowTestServer server = new MlflowTestServer(null)) {
      Path out = tmp.resolve("out");
      CliRun r =
          CliRun.run(
              "analyze",
              "--config",
              config(),
              "--output",
              out.toString(),
              "--mlflow=" + server.url());
      assertEquals(0, r.code(), r.err());
      MlflowTestServer.Run run = server.onlyRun();
      assertEquals("0", run.experimentId); // MLflow's Default experiment
      assertEquals("FINISHED", run.status);
      assertEquals("Target = 1", run.params.get("label"));
      assertEquals("Sex: Female", run.params.get("facets"));
      assertEquals("Age", run.params.get("group_variable"));
      assertEquals("16281", run.params.get("rows"));
      assertEquals("text/csv", run.params.get("dataset_type"));
      assertTrue(run.params.get("dataset").endsWith("adult_test_with_predictions.csv"));
      assertEquals(VersionProvider.version(), run.params.get("tool_version"));
      // 8 pre + 13 post metrics, FT failed: 20 values, each equal to analysis.json's
      assertEquals(20, run.metrics.size(), run.metrics.keySet().toString());
      JsonNode json = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
      for (String stage : List.of("pre", "post")) {
        String section =
            stage.equals("pre") ? "pre_training_bias_metrics" : "post_training_bias_metrics";
        for (JsonNode m : json.at("/" + section + "/facets/Sex/0/metrics")) {
          String key = stage + "." + m.get("name").asText() + ".Sex.Female";
          if (m.get("value").isNumber()) {
            assertEquals(m.get("value").doubleValue(), run.metrics.get(key), 0.0, key);
          }
        }
      }
      assertEquals(0.30225023838296483, run.metrics.get("post.DI.Sex.Female"), 0.0);
      assertEquals("post.FT.Sex.Female", run.tags.get("fairness.metrics_not_logged"));
      assertEquals("fairness", run.tags.get("mlflow.source.name"));
      assertEquals(OUTPUTS, List.copyOf(run.artifacts.keySet()));
      for (String f : OUTPUTS) {
        assertArrayEquals(Files.readAllBytes(out.resolve(f)), run.artifacts.get(f), f);
      }
      assertTrue(
          r.out()
              .contains("mlflow: run run1 at " + server.url() + ": 20 metric values, 4 artifacts"),
          r.out());
    }
  }

  @Test
  void environmentChoosesTheExperimentByNameAndTheBearerToken() throws Exception {
    try (MlflowTestServer server = new MlflowTestServer("s3cret")) {
      Map<String, String> env = new LinkedHashMap<>();
      env.put("MLFLOW_TRACKING_URI", server.url());
      env.put("MLFLOW_EXPERIMENT_NAME", "fairness ci");
      env.put("MLFLOW_TRACKING_TOKEN", "s3cret");
      JarRun r =
          JarRun.start(
              tmp,
              List.of(),
              env,
              "analyze",
              "--config",
              config(),
              "--output",
              tmp.resolve("o").toString(),
              "--format",
              "json");
      assertEquals(0, r.waitFor(120), r::stderr);
      assertEquals("1", server.experiments.get("fairness ci"));
      assertEquals("1", server.onlyRun().experimentId);
      assertEquals(
          List.of("analysis.json", "analysis_config.json"),
          List.copyOf(server.onlyRun().artifacts.keySet()));
      // a second run finds the experiment instead of creating it again
      JarRun again =
          JarRun.start(
              tmp,
              List.of(),
              env,
              "analyze",
              "--config",
              config(),
              "--output",
              tmp.resolve("o2").toString(),
              "--format",
              "json");
      assertEquals(0, again.waitFor(120), again::stderr);
      assertEquals(2, server.experiments.size());
      assertEquals(2, server.runs.size());
    }
  }

  @Test
  void aFailingServerIsAWarningAndEveryOutputIsWritten() throws Exception {
    try (MlflowTestServer server = new MlflowTestServer(null)) {
      server.failWith(503);
      Path out = tmp.resolve("out");
      CliRun r =
          CliRun.run(
              "analyze",
              "--config",
              config(),
              "--output",
              out.toString(),
              "--mlflow=" + server.url());
      assertEquals(0, r.code(), r.err());
      assertTrue(
          r.err()
              .lines()
              .anyMatch(l -> l.contains(" WARN mlflow: runs/create: HTTP 503 INTERNAL_ERROR")),
          r.err());
      for (String f : OUTPUTS) {
        assertTrue(Files.size(out.resolve(f)) > 0, f);
      }
    }
  }

  @Test
  void underStrictAFailingServerExits4AndEveryOutputIsWritten() throws Exception {
    try (MlflowTestServer server = new MlflowTestServer("token")) {
      Path out = tmp.resolve("out");
      // wrong credentials: the server refuses with 401
      CliRun r =
          CliRun.run(
              "analyze",
              "--config",
              config(),
              "--output",
              out.toString(),
              "--mlflow=" + server.url(),
              "--strict");
      assertEquals(4, r.code(), r.err());
      assertEquals(
          "fairness: error: mlflow: runs/create: HTTP 401 UNAUTHENTICATED: missing or wrong token; set"
              + " MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD"
              + " (--strict; the outputs are written)",
          r.errorLine());
      for (String f : OUTPUTS) {
        assertTrue(Files.size(out.resolve(f)) > 0, f);
      }
    }
  }

  @Test
  void anUnreachableServerUnderStrictExits4() throws Exception {
    int port;
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path out = tmp.resolve("out");
    CliRun r =
        CliRun.run(
            "analyze",
            "--config",
            config(),
            "--output",
            out.toString(),
            "--mlflow=http://127.0.0.1:" + port,
            "--strict");
    assertEquals(4, r.code(), r.err());
    assertTrue(
        r.errorLine()
            .startsWith(
                "fairness: error: mlflow: POST /api/2.0/mlflow/runs/create: cannot reach the tracking server"),
        r.errorLine());
    assertTrue(Files.exists(out.resolve("report.md")));
  }

  @Test
  void manyMetricValuesGoInBatchesWithinMlflowsLimits() throws Exception {
    // 60 groups x 21 metrics = 1260 values: more than one request of at most 1000 entries
    List<FacetGroupResult> groups = new ArrayList<>();
    for (int g = 0; g < 60; g++) {
      List<MetricValue> ms = new ArrayList<>();
      for (String name :
          List.of(
              "DPPL", "DI", "DCA", "DCR", "RD", "SD", "DAR", "DRR", "AD", "CDDPL", "TE", "FT", "GE",
              "CI", "DPL", "KL", "JS", "LP", "TVD", "KS", "CDDL")) {
        ms.add(MetricValue.of(name, name, g + name.length() / 100.0));
      }
      groups.add(new FacetGroupResult("city/" + g + " (ü)", ms, null));
    }
    AnalysisResult result =
        new AnalysisResult(
            null, new BiasReport("y", "1", Map.of("City", groups), null), null, null);
    try (MlflowTestServer server = new MlflowTestServer(null)) {
      MlflowSettings settings = MlflowSettings.resolve(true, server.url(), Map.of());
      MlflowLogger.Logged logged = new MlflowLogger(settings).log(result, "t", tmp, List.of(), 1L);
      MlflowTestServer.Run run = server.onlyRun();
      assertEquals(1260, logged.metrics());
      assertEquals(1260, run.metrics.size());
      assertEquals(2, run.batches);
      assertEquals(0.02, run.metrics.get("post.DI.City.city_0 ___"), 0.0);
      assertEquals(59.02, run.metrics.get("post.DI.City.city_59 ___"), 0.0);
    }
  }
}
