package dev.fairness.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MLflow's naming rules, batch limits and settings as this client applies them. */
class MlflowRulesTest {

  @Test
  void metricKeysKeepOnlyMlflowsCharactersAndStayUnique() {
    MlflowKeys keys = new MlflowKeys();
    assertEquals("post.DI.Sex.Female", keys.metric("post", "DI", "Sex", "Female"));
    assertEquals("pre.CI.Age._40_ 90_", keys.metric("pre", "CI", "Age", "(40, 90]"));
    // "a.b" and "a_b" both clean to a_b: the second gets a suffix
    assertEquals("pre.CI.f.a_b", keys.metric("pre", "CI", "f", "a.b"));
    assertEquals("pre.CI.f.a_b_2", keys.metric("pre", "CI", "f", "a_b"));
    assertEquals("pre.CI.f._", keys.metric("pre", "CI", "f", ""));
    String longKey = keys.metric("pre", "CI", "f", "x".repeat(400));
    assertEquals(250, longKey.length());
    assertTrue(MlflowKeys.valid(longKey));
    assertTrue(longKey.matches(".*_[0-9a-f]{8}"), longKey);
    assertTrue(MlflowKeys.valid("post.DI.Sex.Female"));
    assertTrue(!MlflowKeys.valid("post.DI@Sex=Female"));
    assertTrue(!MlflowKeys.valid("Größe"));
  }

  @Test
  void batchesRespectEveryLimitAndKeepOrder() {
    List<LogBatch.Entry> params = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      params.add(new LogBatch.Entry("p" + i, "v"));
    }
    List<LogBatch.Entry> tags = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      tags.add(new LogBatch.Entry("t" + i, "v"));
    }
    List<LogBatch.Metric> metrics = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      metrics.add(new LogBatch.Metric("m" + i, i, 1));
    }
    List<LogBatch> batches = LogBatch.split(params, metrics, tags);
    List<LogBatch.Entry> p = new ArrayList<>();
    List<LogBatch.Entry> t = new ArrayList<>();
    List<LogBatch.Metric> m = new ArrayList<>();
    for (LogBatch b : batches) {
      assertTrue(b.params().size() <= 100);
      assertTrue(b.tags().size() <= 100);
      assertTrue(b.metrics().size() <= 1000);
      assertTrue(b.params().size() + b.tags().size() + b.metrics().size() <= 1000);
      p.addAll(b.params());
      t.addAll(b.tags());
      m.addAll(b.metrics());
    }
    assertEquals(params, p);
    assertEquals(tags, t);
    assertEquals(metrics, m);
    // 100 p + 100 t + 800 m, then 50 p + 20 t + 930 m, then 770 m
    assertEquals(3, batches.size());
    assertEquals(800, batches.get(0).metrics().size());
    assertEquals(930, batches.get(1).metrics().size());
  }

  @Test
  void bigValuesSplitByRequestSize() {
    List<LogBatch.Entry> params = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      params.add(new LogBatch.Entry("p" + i, "x".repeat(6000)));
    }
    List<LogBatch> batches = LogBatch.split(params, List.of(), List.of());
    // 100 values of 6000 characters (up to 18 kB each in UTF-8) exceed the ~1 MB request limit
    assertEquals(3, batches.size());
    assertEquals(100, batches.stream().mapToInt(b -> b.params().size()).sum());
    for (LogBatch b : batches) {
      int bytes = b.params().stream().mapToInt(LogBatch.Entry::size).sum();
      assertTrue(bytes <= LogBatch.MAX_BYTES, "bytes " + bytes);
    }
  }

  @Test
  void settingsComeFromTheOptionOrMlflowsVariables() {
    assertNull(MlflowSettings.resolve(false, null, Map.of()));
    MlflowSettings s =
        MlflowSettings.resolve(
            false,
            null,
            Map.of(
                "MLFLOW_TRACKING_URI", "http://mlflow:5000/",
                "MLFLOW_EXPERIMENT_NAME", "bias",
                "MLFLOW_RUN_ID", "abc",
                "MLFLOW_TRACKING_USERNAME", "u",
                "MLFLOW_TRACKING_PASSWORD", "p"));
    assertEquals("http://mlflow:5000", s.trackingUri().toString());
    assertEquals("bias", s.experimentName());
    assertEquals("abc", s.runId());
    assertEquals("u", s.username());
    assertTrue(!s.toString().contains("p]") && !s.toString().contains("password"));
    assertEquals(
        "https://h", MlflowSettings.resolve(true, "https://h", Map.of()).trackingUri().toString());
    TrackingException noUri =
        assertThrows(TrackingException.class, () -> MlflowSettings.resolve(true, null, Map.of()));
    assertTrue(noUri.getMessage().startsWith("--mlflow: no tracking server"));
    TrackingException file =
        assertThrows(
            TrackingException.class,
            () ->
                MlflowSettings.resolve(
                    false, null, Map.of("MLFLOW_TRACKING_URI", "file:./mlruns")));
    assertTrue(file.getMessage().startsWith("MLFLOW_TRACKING_URI=file:./mlruns: only an http(s)"));
  }

  @Test
  void serverTextIsOneTerminalLine() {
    assertEquals("a?[31mb?c", MlflowRestClient.plain("a\u001b[31mb\nc"));
    assertEquals(300, MlflowRestClient.plain("x".repeat(1000)).length());
  }
}
