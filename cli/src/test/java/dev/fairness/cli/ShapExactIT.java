package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 5 end to end: Kernel SHAP of the example logistic model served as a real subprocess ({@code
 * java LogisticModel.java}) on the 50 shap_exact rows, against exact Shapley values from
 * enumerating all 2^14 coalitions (testdata/shap/README.md).
 */
class ShapExactIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] FEATURES = {
    "Age", "Workclass", "fnlwgt", "Education", "Education-Num", "Marital-Status", "Occupation",
    "Relationship", "Race", "Sex", "Capital-Gain", "Capital-Loss", "Hours-per-week", "Country"
  };

  @TempDir Path tmp;

  private Path config(String baseline, boolean logit, Integer numSamples) throws IOException {
    Path shap = CliRun.testdata().resolve("shap");
    Path models = CliRun.testdata().resolve("models");
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", shap.resolve("rows.csv").toString());
    ObjectNode s = cfg.putObject("methods").putObject("shap");
    if (baseline.equals("baseline.csv")) {
      ArrayNode row = s.putArray("baseline").addArray();
      String[] cells = Files.readAllLines(shap.resolve(baseline)).get(1).split(",");
      for (String c : cells) {
        row.add(Long.parseLong(c));
      }
    } else {
      s.put("baseline", shap.resolve(baseline).toString());
    }
    if (numSamples != null) {
      s.put("num_samples", numSamples);
    }
    s.put("use_logit", logit);
    s.put("save_local_shap_values", true);
    s.put("seed", 0);
    ObjectNode p = cfg.putObject("predictor");
    p.put("content_type", "text/csv");
    p.put("accept_type", "text/csv");
    ArrayNode cmd = cfg.putObject("local").putArray("command");
    cmd.add("java").add(models.resolve("LogisticModel.java").toString());
    cmd.add(models.resolve("adult_logistic.json").toString());
    Path file = tmp.resolve("config-" + baseline + logit + numSamples + ".json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  private Path run(Path config, String name) {
    Path out = tmp.resolve(name);
    CliRun r =
        CliRun.run(
            "analyze",
            "--config",
            config.toString(),
            "--output",
            out.toString(),
            "--quiet",
            "--format",
            "json",
            "--log-level",
            "warn");
    assertEquals(0, r.code(), r.err());
    return out;
  }

  private static List<double[]> csv(Path file, int skipColumns, int columns) throws IOException {
    List<double[]> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      double[] v = new double[columns];
      for (int i = 0; i < columns; i++) {
        v[i] = Double.parseDouble(c[skipColumns + i]);
      }
      rows.add(v);
    }
    return rows;
  }

  @ParameterizedTest(name = "{0}, logit={1}")
  @CsvSource({
    "baseline.csv, false, expected_probability.csv",
    "baseline.csv, true, expected_logit.csv",
    "baseline_3rows.csv, false, expected_probability_3rows.csv"
  })
  void equalsExactShapleyValues(String baseline, boolean logit, String expectedFile)
      throws IOException {
    Path out = run(config(baseline, logit, 16384), "out");
    Path shap = CliRun.testdata().resolve("shap");
    List<double[]> expected =
        csv(shap.resolve(expectedFile), 1, 16); // 14 values, prediction, expected_value
    List<double[]> actual = csv(out.resolve("explanations_shap/out.csv"), 0, 14);
    assertEquals(50, actual.size());
    JsonNode label0 =
        JSON.readTree(out.resolve("analysis.json").toFile())
            .get("explanations")
            .get("kernel_shap")
            .get("label0");
    double expectedValue = label0.get("expected_value").asDouble();
    assertEquals(expected.get(0)[15], expectedValue, 1e-12, "expected_value");
    double[] meanAbs = new double[14];
    for (int r = 0; r < 50; r++) {
      double sum = 0;
      for (int i = 0; i < 14; i++) {
        assertEquals(expected.get(r)[i], actual.get(r)[i], 1e-9, "row " + r + " " + FEATURES[i]);
        meanAbs[i] += Math.abs(actual.get(r)[i]) / 50;
        sum += actual.get(r)[i];
      }
      // the prediction column is f(x) in the explained space (logit(score) with use_logit)
      assertEquals(expected.get(r)[14], sum + expectedValue, 1e-9, "efficiency of row " + r);
    }
    JsonNode global = label0.get("global_shap_values");
    for (int i = 0; i < 14; i++) {
      double exact = 0;
      for (double[] e : expected) {
        exact += Math.abs(e[i]) / 50;
      }
      assertEquals(exact, global.get(FEATURES[i]).asDouble(), 1e-9, "global " + FEATURES[i]);
      assertEquals(meanAbs[i], global.get(FEATURES[i]).asDouble(), 1e-12);
    }
  }

  @Test
  void sampledDefaultStaysCloseAndIsReproducible() throws IOException {
    Path cfg = config("baseline.csv", false, null);
    Path a = run(cfg, "a");
    Path b = run(cfg, "b");
    assertArrayEquals(
        Files.readAllBytes(a.resolve("explanations_shap/out.csv")),
        Files.readAllBytes(b.resolve("explanations_shap/out.csv")),
        "same seed, same bytes");
    assertArrayEquals(
        Files.readAllBytes(a.resolve("analysis.json")),
        Files.readAllBytes(b.resolve("analysis.json")));
    List<double[]> expected =
        csv(CliRun.testdata().resolve("shap/expected_probability.csv"), 1, 14);
    List<double[]> actual = csv(a.resolve("explanations_shap/out.csv"), 0, 14);
    double worst = 0;
    for (int r = 0; r < 50; r++) {
      for (int i = 0; i < 14; i++) {
        worst = Math.max(worst, Math.abs(expected.get(r)[i] - actual.get(r)[i]));
      }
    }
    assertTrue(worst < 1e-2, "worst error of the sampled estimate: " + worst);
  }
}
