package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23's leftovers on the real jar: a facet listed twice, a model probability that is not a
 * finite number in [0, 1] (subprocess and HTTP, CSV / JSON Lines / JSON answers), and Jackson's
 * source description kept out of config parse errors.
 */
@Tag("slow")
class HostileLeftoversIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** 60 rows {@code p,sex,y}; p is 0.25 / 0.75, except record {@code badRecord} (1-based). */
  private Path data(int badRecord, String bad) throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add("p,sex,y");
    for (int i = 1; i <= 60; i++) {
      String p = i == badRecord ? bad : i % 3 == 0 ? "0.75" : "0.25";
      rows.add(p + "," + (i % 2) + "," + (i % 5 == 0 ? 1 : 0));
    }
    Path f = Files.createTempFile(tmp, "data", ".csv");
    Files.write(f, rows);
    return f;
  }

  private static ObjectNode baseConfig(Path data) {
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", data.toString());
    cfg.put("label", "y");
    cfg.putArray("label_values_or_threshold").add(1);
    ObjectNode facet = cfg.putArray("facet").addObject();
    facet.put("name_or_index", "sex");
    facet.putArray("value_or_threshold").add(0);
    return cfg;
  }

  /** A post-training config whose model answers each row with p, the row's first cell. */
  private Path modelConfig(Path data, String accept, String url) throws IOException {
    ObjectNode cfg = baseConfig(data);
    cfg.put("probability_threshold", 0.5);
    cfg.putObject("methods").putObject("post_training_bias").put("methods", "all");
    ObjectNode p = cfg.putObject("predictor");
    p.put("content_type", "text/csv");
    p.put("accept_type", accept);
    ObjectNode local = cfg.putObject("local");
    local.put("max_batch_records", 7);
    if (url != null) {
      local.put("endpoint_url", url);
    } else {
      ArrayNode cmd = local.putArray("command");
      cmd.add("java").add(CliRun.testdata().resolve("models/StubModel.java").toString());
      cmd.add("ok");
    }
    Path file = Files.createTempFile(tmp, "config", ".json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  private JarRun analyze(Path config) throws IOException {
    Path out = Files.createTempDirectory(tmp, "out").resolve("report");
    return JarRun.start(
        tmp.resolve("logs"),
        List.of(),
        Map.of(),
        "analyze",
        "--config",
        config.toString(),
        "--output",
        out.toString(),
        "--format",
        "json");
  }

  private static String lastLine(String stderr) {
    String[] lines = stderr.strip().split("\n");
    return lines[lines.length - 1];
  }

  /** Item 12: a facet listed twice (by name twice, or by name and index) was analysed twice. */
  @Test
  void facetListedTwiceIsRefusedNamingBothEntries() throws Exception {
    Path data = data(0, "");
    ObjectNode cfg = baseConfig(data);
    ArrayNode facets = (ArrayNode) cfg.get("facet");
    facets.addObject().put("name_or_index", "p");
    ObjectNode again = facets.addObject();
    again.put("name_or_index", 1); // column 1 is sex
    again.putArray("value_or_threshold").add(1);
    cfg.putObject("methods").putObject("pre_training_bias").put("methods", "all");
    Path config = tmp.resolve("twice.json");
    JSON.writeValue(config.toFile(), cfg);
    JarRun run = analyze(config);
    assertEquals(2, run.waitFor(120), run::stderr);
    assertEquals(
        "fairness: error: facet[2]: same column as facet[0] (sex); merge their"
            + " value_or_threshold lists into one entry",
        lastLine(run.stderr()));

    again.put("name_or_index", "p");
    JSON.writeValue(config.toFile(), cfg);
    run = analyze(config);
    assertEquals(2, run.waitFor(120), run::stderr);
    assertEquals(
        "fairness: error: facet[2]: same column as facet[1] (p); merge their"
            + " value_or_threshold lists into one entry",
        lastLine(run.stderr()));
  }

  private static String probabilityError(String shown) {
    return "fairness: error: Model output of record 17: probability "
        + shown
        + " is not a finite number in [0, 1]; probability_threshold (0.5) makes labels from"
        + " probabilities, so the model must return probabilities between 0 and 1 (or set"
        + " predictor.label to a label it returns)";
  }

  /** Item 12: a model process's 1.7, inf or NaN was thresholded into a label, exit 0. */
  @Test
  void subprocessProbabilityOutsideZeroToOneIsAModelError() throws Exception {
    String[][] cases = {
      {"text/csv", "1.7", "1.7"},
      {"text/csv", "inf", "inf"},
      // the stub echoes cells as the payload has them: text is quoted, so NaN tokens are sent by
      // the HTTP server below
      {"application/jsonlines", "1.5", "1.5"},
      {"application/jsonlines", "-0.25", "-0.25"},
    };
    for (String[] c : cases) {
      JarRun run = analyze(modelConfig(data(17, c[1]), c[0], null));
      assertEquals(4, run.waitFor(120), () -> c[0] + " " + c[1] + ": " + run.stderr());
      assertEquals(probabilityError(c[2]), lastLine(run.stderr()), c[0] + " " + c[1]);
    }
  }

  /** Item 12: the same over HTTP, with the server answering CSV, JSON Lines and one JSON array. */
  @Test
  void httpProbabilityOutsideZeroToOneIsAModelError() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String accept = exchange.getRequestHeaders().getFirst("Accept");
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          List<String> firstCells = new ArrayList<>();
          for (String row : body.split("\n")) {
            if (!row.isEmpty()) {
              // the payload quotes text cells: " NaN" in the data answers the JSON token NaN
              firstCells.add(row.split(",", -1)[0].replace("\"", "").strip());
            }
          }
          String answer =
              "application/json".equals(accept)
                  ? "[" + String.join(",", firstCells) + "]"
                  : String.join("\n", firstCells) + "\n";
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", accept);
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/invocations";
      String[][] cases = {
        {"text/csv", "1.7", "1.7"},
        {"application/jsonlines", " NaN", "nan"},
        // Python's json.dumps writes Infinity for float('inf')
        {"application/json", " Infinity", "inf"},
        {"application/json", "-0.5", "-0.5"},
      };
      for (String[] c : cases) {
        JarRun run = analyze(modelConfig(data(17, c[1]), c[0], url));
        assertEquals(4, run.waitFor(120), () -> c[0] + " " + c[1] + ": " + run.stderr());
        assertEquals(probabilityError(c[2]), lastLine(run.stderr()), c[0] + " " + c[1]);
      }
    } finally {
      server.stop(0);
    }
  }

  /** Item 12: Jackson's "[Source: REDACTED (StreamReadFeature…)]" reached config parse errors. */
  @Test
  void configParseErrorNamesNoJacksonInternals() throws Exception {
    Path config = tmp.resolve("cut.json");
    Files.writeString(
        config, "{\"dataset_type\": \"text/csv\",\n \"facet\": [{\"name_or_index\": 1");
    JarRun run = analyze(config);
    assertEquals(2, run.waitFor(60), run::stderr);
    String err = run.stderr();
    assertTrue(err.contains("fairness: error: "), err);
    assertTrue(err.contains("at line 2, column"), err);
    // the start marker's place, which Jackson gives inside its source description
    assertTrue(err.contains("(start marker at line 2, column 12)"), err);
    for (String internal : List.of("Source", "REDACTED", "StreamReadFeature", "INCLUDE_SOURCE")) {
      assertFalse(err.contains(internal), internal + " in: " + err);
    }
  }

  /**
   * Item 11: an application/json document was held whole (about 30 bytes of heap per byte), so a
   * few MB needed more than a 64 MB heap; with its keys field paths it now streams.
   */
  @Test
  void jsonDocumentStreamsWithinASmallHeap() throws Exception {
    Path data = tmp.resolve("big.json");
    StringBuilder x = new StringBuilder();
    StringBuilder y = new StringBuilder();
    StringBuilder yhat = new StringBuilder();
    int n = 400_000;
    for (int i = 0; i < n; i++) {
      String sep = i == 0 ? "" : ",";
      x.append(sep).append("[").append(i % 2).append("]");
      y.append(sep).append(i % 5 == 0 ? 1 : 0);
      yhat.append(sep).append(i % 3 == 0 ? 1 : 0);
    }
    // the label first: the arrays are found wherever they are in the document
    Files.writeString(data, "{\"y\":[" + y + "],\"X\":[" + x + "],\"yhat\":[" + yhat + "]}");
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "application/json");
    cfg.put("dataset_uri", data.toString());
    cfg.putArray("headers").add("sex").add("y").add("yhat");
    cfg.put("features", "X");
    cfg.put("label", "y");
    cfg.put("predicted_label", "yhat");
    cfg.putArray("label_values_or_threshold").add(1);
    ObjectNode facet = cfg.putArray("facet").addObject();
    facet.put("name_or_index", "sex");
    facet.putArray("value_or_threshold").add(0);
    cfg.putObject("methods").putObject("post_training_bias").putArray("methods").add("DPPL");
    Path config = tmp.resolve("big-config.json");
    JSON.writeValue(config.toFile(), cfg);
    Path out = tmp.resolve("big-out");
    JarRun run =
        JarRun.start(
            tmp.resolve("logs"),
            List.of("-Xmx64m"),
            Map.of(),
            "analyze",
            "--config",
            config.toString(),
            "--output",
            out.toString(),
            "--format",
            "json");
    assertEquals(0, run.waitFor(120), run::stderr);
    // DPPL = q'(a) - q'(d): sex 1 (a) vs 0 (d); yhat is 1 on every third record
    long[] count = new long[2];
    long[] positive = new long[2];
    for (int i = 0; i < n; i++) {
      count[i % 2]++;
      positive[i % 2] += i % 3 == 0 ? 1 : 0;
    }
    double expected = (double) positive[1] / count[1] - (double) positive[0] / count[0];
    var metric =
        JSON.readTree(out.resolve("analysis.json").toFile())
            .at("/post_training_bias_metrics/facets/sex/0/metrics/0");
    assertEquals("DPPL", metric.get("name").asText());
    assertEquals(expected, metric.get("value").asDouble(), 1e-12);
  }
}
