package dev.fairness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An MLflow tracking server for tests, on 127.0.0.1: the REST endpoints fairness calls, with the
 * validation MLflow's server applies to them (docs/mlflow.md cites the rules): log-batch limits
 * (1000 metrics, 100 params, 100 tags, 1000 in all, 1 MB), key names (alphanumerics, _ - . space /,
 * at most 250 characters), param values of at most 6000 characters that never change, tag values of
 * at most 5000, numeric metric values with a timestamp, runs and experiments that exist, bearer
 * authentication when a token is set, and the mlflow-artifacts PUT. Errors are MLflow's JSON {@code
 * error_code}/{@code message}. Everything received is kept for assertions.
 */
final class MlflowTestServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_\\-. /]{1,250}");

  /** One run as the server holds it. */
  static final class Run {
    final String id;
    final String experimentId;
    final String name;
    String status = "RUNNING";
    final Map<String, String> params = new LinkedHashMap<>();
    final Map<String, Double> metrics = new LinkedHashMap<>();
    final Map<String, String> tags = new LinkedHashMap<>();
    final Map<String, byte[]> artifacts = new LinkedHashMap<>();
    int batches;

    Run(String id, String experimentId, String name) {
      this.id = id;
      this.experimentId = experimentId;
      this.name = name;
    }
  }

  private final HttpServer server;
  final Map<String, String> experiments = new LinkedHashMap<>(); // name -> id
  final Map<String, Run> runs = new LinkedHashMap<>();
  final List<String> requests = new ArrayList<>();
  private final String token;
  private volatile int failWith;

  MlflowTestServer(String token) throws IOException {
    this.token = token;
    experiments.put("Default", "0");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Returns the base URL, e.g. {@code http://127.0.0.1:41234}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** From now on answers every request with {@code status} (e.g. 503), as a failing server. */
  void failWith(int status) {
    failWith = status;
  }

  /** Returns the only run. */
  synchronized Run onlyRun() {
    if (runs.size() != 1) {
      throw new AssertionError("runs: " + runs.keySet());
    }
    return runs.values().iterator().next();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private synchronized void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getRawPath();
    requests.add(x.getRequestMethod() + " " + path);
    byte[] body = x.getRequestBody().readAllBytes();
    try {
      if (failWith != 0) {
        throw new Refusal(failWith, "INTERNAL_ERROR", "the test server is failing");
      }
      if (token != null
          && !("Bearer " + token).equals(x.getRequestHeaders().getFirst("Authorization"))) {
        throw new Refusal(401, "UNAUTHENTICATED", "missing or wrong token");
      }
      if (body.length > 1_048_576) {
        throw new Refusal(400, "INVALID_PARAMETER_VALUE", "request larger than 1 MB");
      }
      String artifacts = "/api/2.0/mlflow-artifacts/artifacts/";
      if (path.startsWith(artifacts) && x.getRequestMethod().equals("PUT")) {
        putArtifact(
            URLDecoder.decode(path.substring(artifacts.length()), StandardCharsets.UTF_8), body);
        reply(x, 200, JSON.createObjectNode());
        return;
      }
      String api = path.startsWith("/api/2.0/mlflow/") ? path.substring(16) : "";
      Map<String, String> query = query(x.getRequestURI().getRawQuery());
      JsonNode in = x.getRequestMethod().equals("POST") ? json(x, body) : JSON.createObjectNode();
      reply(x, 200, dispatch(x.getRequestMethod() + " " + api, in, query));
    } catch (Refusal r) {
      ObjectNode err =
          JSON.createObjectNode().put("error_code", r.code).put("message", r.getMessage());
      reply(x, r.status, err);
    }
  }

  private JsonNode dispatch(String call, JsonNode in, Map<String, String> query) {
    switch (call) {
      case "GET experiments/get-by-name" -> {
        String name = query.get("experiment_name");
        String id = experiments.get(name);
        if (id == null) {
          throw new Refusal(
              404, "RESOURCE_DOES_NOT_EXIST", "Could not find experiment with name '" + name + "'");
        }
        ObjectNode out = JSON.createObjectNode();
        out.putObject("experiment").put("experiment_id", id).put("name", name);
        return out;
      }
      case "POST experiments/create" -> {
        String name = text(in, "name");
        if (experiments.containsKey(name)) {
          throw new Refusal(
              400, "RESOURCE_ALREADY_EXISTS", "Experiment '" + name + "' already exists.");
        }
        String id = Integer.toString(experiments.size());
        experiments.put(name, id);
        return JSON.createObjectNode().put("experiment_id", id);
      }
      case "POST runs/create" -> {
        String exp = text(in, "experiment_id");
        if (!experiments.containsValue(exp)) {
          throw new Refusal(
              404, "RESOURCE_DOES_NOT_EXIST", "No Experiment with id=" + exp + " exists");
        }
        if (!in.path("start_time").isIntegralNumber()) {
          throw new Refusal(400, "INVALID_PARAMETER_VALUE", "start_time must be an integer");
        }
        Run run = new Run("run" + (runs.size() + 1), exp, in.path("run_name").asText(""));
        for (JsonNode t : in.path("tags")) {
          tag(run, t);
        }
        runs.put(run.id, run);
        return runJson(run);
      }
      case "GET runs/get" -> {
        return runJson(run(query.get("run_id")));
      }
      case "POST runs/log-batch" -> {
        logBatch(run(text(in, "run_id")), in);
        return JSON.createObjectNode();
      }
      case "POST runs/update" -> {
        Run run = run(text(in, "run_id"));
        run.status = text(in, "status");
        return runJson(run);
      }
      default -> throw new Refusal(404, "ENDPOINT_NOT_FOUND", "no endpoint " + call);
    }
  }

  private void logBatch(Run run, JsonNode in) {
    int m = in.path("metrics").size();
    int p = in.path("params").size();
    int t = in.path("tags").size();
    if (m > 1000) {
      throw new Refusal(
          400,
          "INVALID_PARAMETER_VALUE",
          "A batch logging request can contain at most 1000 metrics. Got " + m + " metrics.");
    }
    if (p > 100) {
      throw new Refusal(
          400,
          "INVALID_PARAMETER_VALUE",
          "A batch logging request can contain at most 100 params. Got " + p + " params.");
    }
    if (t > 100) {
      throw new Refusal(
          400,
          "INVALID_PARAMETER_VALUE",
          "A batch logging request can contain at most 100 tags. Got " + t + " tags.");
    }
    if (m + p + t > 1000) {
      throw new Refusal(
          400,
          "INVALID_PARAMETER_VALUE",
          "A batch logging request can contain at most 1000 metrics, params, and tags in total. Got "
              + (m + p + t)
              + ".");
    }
    for (JsonNode metric : in.path("metrics")) {
      String key = key(metric, "Metric");
      if (!metric.path("value").isNumber() || !metric.path("timestamp").isIntegralNumber()) {
        throw new Refusal(
            400,
            "INVALID_PARAMETER_VALUE",
            "Got invalid value or timestamp for metric '" + key + "'");
      }
      run.metrics.put(key, metric.get("value").doubleValue());
    }
    for (JsonNode param : in.path("params")) {
      String key = key(param, "Param");
      String value = text(param, "value");
      if (value.length() > 6000) {
        throw new Refusal(
            400,
            "INVALID_PARAMETER_VALUE",
            "Param value '"
                + key
                + "' had length "
                + value.length()
                + ", which exceeded length limit of 6000");
      }
      String old = run.params.putIfAbsent(key, value);
      if (old != null && !old.equals(value)) {
        throw new Refusal(
            400,
            "INVALID_PARAMETER_VALUE",
            "Changing param values is not allowed. Param with key='"
                + key
                + "' was already logged");
      }
    }
    for (JsonNode tag : in.path("tags")) {
      tag(run, tag);
    }
    run.batches++;
  }

  private void tag(Run run, JsonNode t) {
    String key = key(t, "Tag");
    String value = text(t, "value");
    if (value.length() > 5000) {
      throw new Refusal(400, "INVALID_PARAMETER_VALUE", "Tag value too long: " + key);
    }
    run.tags.put(key, value);
  }

  private void putArtifact(String path, byte[] body) {
    String[] parts = path.split("/");
    if (path.startsWith("/")
        || List.of(parts).contains("..")
        || parts.length < 4
        || !parts[2].equals("artifacts")) {
      throw new Refusal(400, "INVALID_PARAMETER_VALUE", "Invalid artifact path: " + path);
    }
    Run run = run(parts[1]);
    if (!run.experimentId.equals(parts[0])) {
      throw new Refusal(
          400, "INVALID_PARAMETER_VALUE", "artifact path not of the run's experiment");
    }
    run.artifacts.put(path.substring(parts[0].length() + parts[1].length() + 12), body);
  }

  private Run run(String id) {
    Run run = id == null ? null : runs.get(id);
    if (run == null) {
      throw new Refusal(404, "RESOURCE_DOES_NOT_EXIST", "Run '" + id + "' not found");
    }
    return run;
  }

  private static String key(JsonNode entry, String what) {
    String key = text(entry, "key");
    if (!KEY.matcher(key).matches()) {
      throw new Refusal(
          400,
          "INVALID_PARAMETER_VALUE",
          "Invalid "
              + what.toLowerCase()
              + " name: '"
              + key
              + "'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/).");
    }
    return key;
  }

  private static String text(JsonNode in, String field) {
    JsonNode v = in.get(field);
    if (v == null || !v.isTextual()) {
      throw new Refusal(
          400, "INVALID_PARAMETER_VALUE", "Missing value for required parameter '" + field + "'.");
    }
    return v.textValue();
  }

  private ObjectNode runJson(Run run) {
    ObjectNode out = JSON.createObjectNode();
    out.putObject("run")
        .putObject("info")
        .put("run_id", run.id)
        .put("run_uuid", run.id)
        .put("experiment_id", run.experimentId)
        .put("run_name", run.name)
        .put("status", run.status)
        .put("lifecycle_stage", "active")
        .put("artifact_uri", "mlflow-artifacts:/" + run.experimentId + "/" + run.id + "/artifacts");
    return out;
  }

  private static JsonNode json(HttpExchange x, byte[] body) {
    String type = x.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.startsWith("application/json")) {
      throw new Refusal(
          400, "BAD_REQUEST", "POST requests must have Content-Type application/json");
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new Refusal(400, "MALFORMED_REQUEST", "not JSON");
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void reply(HttpExchange x, int status, JsonNode body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(bytes);
    }
  }

  /** An MLflow error answer. */
  private static final class Refusal extends RuntimeException {
    final int status;
    final String code;

    Refusal(int status, String code, String message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }
}
