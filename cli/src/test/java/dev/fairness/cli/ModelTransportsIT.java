package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4 end to end on Adult (4,000 label-encoded rows): post-training metrics computed through
 * the example model as a subprocess and over HTTP equal, exactly, those computed from the same
 * model's predictions given as a column of the data.
 */
class ModelTransportsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** Writes the features + Target (no prediction) and the same plus the model's 0/1 prediction. */
  private void writeData(Path plain, Path withPredictions) throws IOException {
    JsonNode model =
        JSON.readTree(CliRun.testdata().resolve("models/adult_logistic.json").toFile());
    double bias = model.get("bias").asDouble();
    double[] w = new double[14];
    for (int j = 0; j < 14; j++) {
      w[j] = model.get("weights").get(j).asDouble();
    }
    List<String> lines =
        Files.readAllLines(CliRun.testdata().resolve("datasets/adult_encoded_4k.csv"));
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    String[] header = lines.get(0).split(",");
    String h = String.join(",", java.util.Arrays.copyOf(header, 15));
    a.add(h);
    b.add(h + ",model_pred");
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      double z = bias;
      for (int j = 0; j < 14; j++) {
        z += w[j] * Double.parseDouble(c[j]);
      }
      double score = 1.0 / (1.0 + Math.exp(-z));
      String row = String.join(",", java.util.Arrays.copyOf(c, 15));
      a.add(row);
      b.add(row + "," + (score > 0.5 ? 1 : 0));
    }
    Files.write(plain, a);
    Files.write(withPredictions, b);
  }

  private Path config(Path data, String predicted, String command, String url) throws IOException {
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", data.toString());
    cfg.put("label", "Target");
    cfg.putArray("label_values_or_threshold").add(1);
    ObjectNode facet = cfg.putArray("facet").addObject();
    facet.put("name_or_index", "Sex");
    facet.putArray("value_or_threshold").add(0);
    cfg.put("group_variable", "Race");
    if (predicted != null) {
      cfg.put("predicted_label", predicted);
    }
    cfg.putObject("methods").putObject("post_training_bias").put("methods", "all");
    ObjectNode local = cfg.putObject("local");
    if (command != null) {
      Path models = CliRun.testdata().resolve("models");
      local
          .putArray("command")
          .add("java")
          .add(models.resolve(command).toString())
          .add(models.resolve("adult_logistic.json").toString());
      local.put("max_batch_records", 700);
    }
    if (url != null) {
      local.put("endpoint_url", url);
      local.put("max_concurrency", 2);
      local.put("max_batch_records", 500);
    }
    Path p =
        tmp.resolve("cfg-" + (predicted != null) + (command != null) + (url != null) + ".json");
    JSON.writeValue(p.toFile(), cfg);
    return p;
  }

  private JsonNode post(Path config, String name) throws IOException {
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
    return JSON.readTree(out.resolve("analysis.json").toFile()).get("post_training_bias_metrics");
  }

  @Test
  void subprocessAndHttpEqualThePredictionColumn() throws Exception {
    Path plain = tmp.resolve("adult_plain.csv");
    Path withPred = tmp.resolve("adult_pred.csv");
    writeData(plain, withPred);
    JsonNode fromColumn = post(config(withPred, "model_pred", null, null), "column");
    JsonNode fromSubprocess = post(config(plain, null, "LogisticModel.java", null), "subprocess");
    assertEquals(fromColumn, fromSubprocess, "subprocess vs column");

    Process server =
        new ProcessBuilder(
                javaBin(),
                CliRun.testdata().resolve("models/HttpLogisticModel.java").toString(),
                CliRun.testdata().resolve("models/adult_logistic.json").toString(),
                "--port",
                "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String port = out.readLine().strip();
      assertTrue(port.matches("\\d+"), port);
      JsonNode fromHttp =
          post(config(plain, null, null, "http://127.0.0.1:" + port + "/invocations"), "http");
      assertEquals(fromColumn, fromHttp, "HTTP vs column");
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
    // a real check, not an empty comparison: 13 metrics, FT computed over the numeric columns
    JsonNode metrics = fromColumn.get("facets").get("Sex").get(0).get("metrics");
    assertEquals(13, metrics.size());
    for (JsonNode m : metrics) {
      assertTrue(m.get("value").isNumber(), m.toString());
    }
  }

  private static String javaBin() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
