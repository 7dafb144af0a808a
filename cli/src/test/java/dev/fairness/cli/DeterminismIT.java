package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, seed and {@code SOURCE_DATE_EPOCH} give byte-identical outputs across runs and
 * across thread counts ({@code -XX:ActiveProcessorCount=1} vs {@code 2}): bias metrics with FT
 * (parallel kNN) and sampled Kernel SHAP of the example logistic model, with HTML and Markdown
 * reports.
 */
class DeterminismIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> OUTPUTS =
      List.of("analysis.json", "explanations_shap/out.csv", "report.html", "report.md");
  private static final Map<String, String> ENV =
      Map.of("SOURCE_DATE_EPOCH", "1790000000", "FAIRNESS_REPORT_STABLE", "1");

  @TempDir Path tmp;

  private Path config() throws IOException {
    Path cases = CliRun.testdata().resolve("cases/e_encoded_ft");
    Path models = CliRun.testdata().resolve("models");
    ObjectNode cfg = (ObjectNode) JSON.readTree(cases.resolve("config.json").toFile());
    cfg.put("dataset_uri", cases.resolve(cfg.get("dataset_uri").asText()).normalize().toString());
    ObjectNode s = ((ObjectNode) cfg.get("methods")).putObject("shap");
    s.put("num_clusters", 3);
    s.put("num_samples", 64);
    s.put("save_local_shap_values", true);
    s.put("seed", 7);
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

  private Path run(Path config, String name, int cpus) throws Exception {
    Path out = tmp.resolve(name);
    JarRun r =
        JarRun.start(
            tmp.resolve("logs"),
            List.of("-XX:ActiveProcessorCount=" + cpus),
            ENV,
            "analyze",
            "--config",
            config.toString(),
            "--output",
            out.toString(),
            "--quiet",
            "--max-shap-records",
            "40",
            "--format",
            "json,html,md");
    assertEquals(0, r.waitFor(300), r::stderr);
    return out;
  }

  @Test
  void sameBytesAcrossRunsAndThreadCounts() throws Exception {
    Path config = config();
    Path one = run(config, "one-cpu", 1);
    Path two = run(config, "two-cpus", 2);
    Path again = run(config, "two-cpus-again", 2);
    for (String f : OUTPUTS) {
      byte[] expected = Files.readAllBytes(one.resolve(f));
      assertArrayEquals(expected, Files.readAllBytes(two.resolve(f)), f + ": 1 vs 2 threads");
      assertArrayEquals(expected, Files.readAllBytes(again.resolve(f)), f + ": second run");
    }
  }
}
