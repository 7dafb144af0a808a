package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24 end to end: two real Kernel SHAP runs of the example model ({@code java
 * LogisticModel.java} as a subprocess) on different data with different seeds — the first 300 rows
 * of the encoded Adult sample, seed 1, and its first 300 women, seed 2 — reproduce
 * testdata/drift/shap_run_a.json and shap_run_b.json exactly, and {@code fairness compare} scores
 * them with scikit-learn's nDCG (bench/ndcg_expected.py) within 1e-12.
 */
class AttributionDriftIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path config() throws IOException {
    Path models = CliRun.testdata().resolve("models");
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("label", "Target");
    cfg.putArray("excluded_columns").add("predicted_label");
    ObjectNode shap = cfg.putObject("methods").putObject("shap");
    ArrayNode row = shap.putArray("baseline").addArray();
    for (long v : new long[] {39, 4, 189436, 10, 10, 3, 7, 1, 4, 1, 1082, 88, 40, 37}) {
      row.add(v);
    }
    shap.put("num_samples", 256);
    shap.put("agg_method", "mean_abs");
    ObjectNode p = cfg.putObject("predictor");
    p.put("content_type", "text/csv");
    p.put("accept_type", "text/csv");
    ArrayNode cmd = cfg.putObject("local").putArray("command");
    cmd.add("java").add(models.resolve("LogisticModel.java").toString());
    cmd.add(models.resolve("adult_logistic.json").toString());
    Path file = tmp.resolve("config.json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  /** Writes the header and the first 300 rows of the sample, women only when asked. */
  private Path slice(String name, boolean womenOnly) throws IOException {
    List<String> lines =
        Files.readAllLines(
            CliRun.testdata().resolve("datasets/adult_encoded_4k.csv"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    for (int i = 1; i < lines.size() && out.size() <= 300; i++) {
      if (!womenOnly || lines.get(i).split(",")[9].equals("0")) {
        out.add(lines.get(i));
      }
    }
    Path file = tmp.resolve(name);
    Files.write(file, out, StandardCharsets.UTF_8);
    return file;
  }

  private Path analyze(Path config, Path data, String seed, String name) {
    Path out = tmp.resolve(name);
    CliRun r =
        CliRun.run(
            "analyze",
            "--config",
            config.toString(),
            "--dataset",
            data.toString(),
            "--seed",
            seed,
            "--output",
            out.toString(),
            "--format",
            "json",
            "--quiet");
    assertEquals(0, r.code(), r.err());
    return out.resolve("analysis.json");
  }

  @Test
  void twoRealShapRunsDriftAsScikitLearnScoresThem() throws Exception {
    Path config = config();
    Path a = analyze(config, slice("a.csv", false), "1", "run_a");
    Path b = analyze(config, slice("b.csv", true), "2", "run_b");
    Path drift = CliRun.testdata().resolve("drift");
    assertEquals(
        JSON.readTree(drift.resolve("shap_run_a.json").toFile()),
        JSON.readTree(a.toFile()),
        "run a reproduces testdata/drift/shap_run_a.json");
    assertEquals(
        JSON.readTree(drift.resolve("shap_run_b.json").toFile()), JSON.readTree(b.toFile()));

    Path json = tmp.resolve("compare.json");
    CliRun c =
        CliRun.run(
            "compare",
            "--baseline",
            a.toString(),
            "--current",
            b.toString(),
            "--json",
            json.toString(),
            "--quiet");
    assertEquals(6, c.code(), c.err());
    JsonNode expected = JSON.readTree(drift.resolve("ndcg_expected.json").toFile());
    assertEquals(
        expected.at("/real/0/ndcg").asDouble(),
        JSON.readTree(json.toFile()).at("/feature_attribution_drift/label0/ndcg").asDouble(),
        1e-12);
  }
}
