package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 end to end on the real jar: the worked example of {@code testdata/compare/} (a
 * prediction column, the subprocess example model, the HTTP example model at threshold 0.3 on 4,000
 * Adult rows) writes every model's analysis.json byte for byte as a run of that model alone, a
 * comparison whose numbers are recomputed here, and a gate with model selectors.
 */
class ModelComparisonIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** The worked example's config with absolute paths and the HTTP model's port. */
  private ObjectNode example(String port) throws IOException {
    Path dir = CliRun.testdata().resolve("compare");
    ObjectNode cfg = (ObjectNode) JSON.readTree(dir.resolve("config.json").toFile());
    cfg.put("dataset_uri", dir.resolve(cfg.get("dataset_uri").asText()).normalize().toString());
    for (JsonNode m : cfg.get("models")) {
      if (m.has("local")) {
        ObjectNode local = (ObjectNode) m.get("local");
        local.put(
            "working_dir", dir.resolve(local.get("working_dir").asText()).normalize().toString());
      }
      if (m.has("endpoint_url")) {
        ((ObjectNode) m).put("endpoint_url", "http://127.0.0.1:" + port + "/invocations");
      }
    }
    return cfg;
  }

  /** The configuration a run of model {@code i} alone reads: the model's keys written by hand. */
  private static ObjectNode single(ObjectNode multi, int i) {
    ObjectNode cfg = multi.deepCopy();
    cfg.remove("models");
    ObjectNode m = (ObjectNode) multi.get("models").get(i);
    if (m.has("predicted_label")) {
      cfg.set("predicted_label", m.get("predicted_label"));
    }
    if (m.has("command") || m.has("endpoint_url")) {
      ObjectNode local = cfg.putObject("local");
      if (m.has("local")) {
        local.setAll((ObjectNode) m.get("local"));
      }
      local.set(
          m.has("command") ? "command" : "endpoint_url",
          m.get(m.has("command") ? "command" : "endpoint_url"));
    }
    if (m.has("probability_threshold")) {
      cfg.set("probability_threshold", m.get("probability_threshold"));
    }
    return cfg;
  }

  private JarRun jar(String... args) throws IOException {
    return JarRun.start(tmp.resolve("logs"), List.of(), Map.of(), args);
  }

  @Test
  void workedExampleOnTheJar() throws Exception {
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
      BufferedReader portLine =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String port = portLine.readLine().strip();
      ObjectNode cfg = example(port);
      Path config = tmp.resolve("config.json");
      JSON.writeValue(config.toFile(), cfg);
      Path out = tmp.resolve("out");
      Path junit = tmp.resolve("junit.xml");
      JarRun run =
          jar(
              "analyze",
              "--config",
              config.toString(),
              "--output",
              out.toString(),
              "--assert",
              "post.DI@Sex=0[column] >= 0.2",
              "--assert",
              "abs(post.DPPL)[*] <= 0.25",
              "--junit",
              junit.toString());
      assertEquals(6, run.waitFor(180), run.stderr());
      assertTrue(
          run.stderr()
              .contains(
                  "fairness: assertion failed: model logistic-http: abs(post.DPPL)[*] <= 0.25"
                      + " (Sex=0: 0.29936120789779325)"),
          run.stderr());
      assertTrue(!run.stderr().contains("model column: abs"), run.stderr());
      String xml = Files.readString(junit);
      for (String c :
          List.of(
              "fairness.models.column.assert\" name=\"post.DI@Sex=0[column] &gt;= 0.2\"",
              "fairness.models.column.assert\" name=\"abs(post.DPPL)[*] &lt;= 0.25\"",
              "fairness.models.logistic.assert\" name=\"abs(post.DPPL)[*] &lt;= 0.25\"",
              "fairness.models.logistic-http.assert\" name=\"abs(post.DPPL)[*] &lt;= 0.25\"")) {
        assertTrue(xml.contains("classname=\"" + c), c + " in " + xml);
      }
      assertEquals(4, xml.split("\\.assert\"", -1).length - 1, xml);
      checkComparison(JSON.readTree(out.resolve("comparison.json").toFile()));
      for (String f : List.of("report.html", "report.md")) {
        assertTrue(
            Files.readString(out.resolve(f)).contains("logistic-http is dominated by column"));
      }
      assertTrue(Files.readString(out.resolve("report.md")).contains("\n- Rows: 4000\n"));
      assertTrue(
          Files.readString(out.resolve("report.html")).contains("<dt>Rows</dt><dd>4000</dd>"));
      for (int i = 0; i < 3; i++) {
        String name = cfg.get("models").get(i).get("name").asText();
        Path alone = tmp.resolve("single-" + name + ".json");
        JSON.writeValue(alone.toFile(), single(cfg, i));
        Path singleOut = tmp.resolve("single-" + name);
        JarRun s = jar("analyze", "--config", alone.toString(), "--output", singleOut.toString());
        assertEquals(0, s.waitFor(180), s.stderr());
        assertArrayEquals(
            Files.readAllBytes(singleOut.resolve("analysis.json")),
            Files.readAllBytes(out.resolve("models").resolve(name).resolve("analysis.json")),
            name + ": analysis.json differs from the run of the model alone");
      }
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Recomputes the column model's accuracy and selection rate from the CSV. */
  private static void checkComparison(JsonNode c) throws IOException {
    List<String> lines =
        Files.readAllLines(CliRun.testdata().resolve("datasets/adult_encoded_4k.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    int label = header.indexOf("Target");
    int pred = header.indexOf("predicted_label");
    long right = 0;
    long positive = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      right += cells[label].equals(cells[pred]) ? 1 : 0;
      positive += cells[pred].equals("1") ? 1 : 0;
    }
    double n = lines.size() - 1;
    JsonNode column = c.get("models").get(0);
    assertEquals("column", column.get("name").asText());
    assertEquals(right / n, column.get("accuracy").asDouble(), 1e-12);
    assertEquals(positive / n, column.get("selection_rate").asDouble(), 1e-12);
    List<String> pareto = new ArrayList<>();
    c.get("pareto_optimal").forEach(p -> pareto.add(p.asText()));
    assertEquals(List.of("column", "logistic"), pareto);
    assertEquals("DPPL", c.get("objectives").get("y_axis").asText());
    ArrayNode metrics = (ArrayNode) c.get("models").get(2).get("metrics");
    assertEquals(4, metrics.size(), "DPPL, DI, RD, AD for Sex=0");
  }

  /**
   * SHAP and PDP through the subprocess model: both models (a prediction column that also names the
   * model for the explanations, and the model alone) write the bytes of their single runs.
   */
  @Test
  void shapAndPdpEqualTheSingleRuns() throws Exception {
    List<String> lines =
        Files.readAllLines(CliRun.testdata().resolve("datasets/adult_encoded_4k.csv"));
    Path data = tmp.resolve("adult120.csv");
    Files.write(data, lines.subList(0, 121));
    Path models = CliRun.testdata().resolve("models");
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", data.toString());
    cfg.put("label", "Target");
    cfg.putArray("label_values_or_threshold").add(1);
    cfg.putArray("facet")
        .addObject()
        .put("name_or_index", "Sex")
        .putArray("value_or_threshold")
        .add(0);
    cfg.putArray("excluded_columns").add("predicted_label");
    ObjectNode methods = cfg.putObject("methods");
    methods.putObject("post_training_bias").put("methods", "all");
    ObjectNode shap = methods.putObject("shap");
    ArrayNode row = shap.putArray("baseline").addArray();
    for (long v : new long[] {39, 4, 189436, 10, 10, 3, 7, 1, 4, 1, 1082, 88, 40, 37}) {
      row.add(v);
    }
    shap.put("num_samples", 32);
    shap.put("save_local_shap_values", true);
    methods.putObject("pdp").put("grid_resolution", 4).putArray("features").add("Age");
    ObjectNode p = cfg.putObject("predictor");
    p.put("content_type", "text/csv");
    p.put("accept_type", "text/csv");
    ArrayNode cmd = JSON.createArrayNode();
    cmd.add("java").add(models.resolve("LogisticModel.java").toString());
    cmd.add(models.resolve("adult_logistic.json").toString());
    ArrayNode list = cfg.putArray("models");
    list.addObject()
        .put("name", "col")
        .put("predicted_label", "predicted_label")
        .set("command", cmd);
    list.addObject().put("name", "sub").set("command", cmd);
    Path config = tmp.resolve("shap.json");
    JSON.writeValue(config.toFile(), cfg);
    CliRun multi =
        CliRun.run(
            "analyze",
            "--config",
            config.toString(),
            "--output",
            tmp.resolve("m").toString(),
            "--quiet");
    assertEquals(0, multi.code(), multi.err());
    for (int i = 0; i < 2; i++) {
      String name = cfg.get("models").get(i).get("name").asText();
      ObjectNode one = cfg.deepCopy();
      one.remove("models");
      one.putObject("local").set("command", cmd);
      if (i == 0) {
        one.put("predicted_label", "predicted_label");
      }
      Path alone = tmp.resolve("shap-" + name + ".json");
      JSON.writeValue(alone.toFile(), one);
      Path out = tmp.resolve("s-" + name);
      CliRun s =
          CliRun.run(
              "analyze", "--config", alone.toString(), "--output", out.toString(), "--quiet");
      assertEquals(0, s.code(), s.err());
      Path dir = tmp.resolve("m").resolve("models").resolve(name);
      for (String f :
          List.of("analysis.json", "explanations_shap/out.csv", "explanations_shap/baseline.csv")) {
        assertArrayEquals(
            Files.readAllBytes(out.resolve(f)), Files.readAllBytes(dir.resolve(f)), name + " " + f);
      }
      JsonNode explanations =
          JSON.readTree(dir.resolve("analysis.json").toFile()).get("explanations");
      assertTrue(
          explanations.has("kernel_shap") && explanations.has("pdp"), explanations.toString());
    }
  }

  private static String javaBin() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
