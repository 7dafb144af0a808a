package dev.fairness.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.FairnessException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * The MLflow REST API calls a run needs (API 2.0, docs/mlflow.md): JSON in and out, the
 * authentication of {@link MlflowSettings}, a 30 s timeout per request, and one retry after 1 s on
 * a connection failure or a 5xx answer. Any other failure is a {@link TrackingException} naming the
 * endpoint and the server's {@code error_code} and {@code message}.
 */
final class MlflowRestClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final MlflowSettings settings;
  private final HttpClient http;

  MlflowRestClient(MlflowSettings settings) {
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Returns the id of experiment {@code name}, or null when the server has none of that name. */
  String experimentIdByName(String name) {
    String q = "?experiment_name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    HttpResponse<String> r = send(get("/api/2.0/mlflow/experiments/get-by-name" + q));
    if (r.statusCode() == 404) {
      return null;
    }
    return ok("experiments/get-by-name", r).at("/experiment/experiment_id").asText(null);
  }

  /** Creates experiment {@code name} and returns its id. */
  String createExperiment(String name) {
    ObjectNode body = JSON.createObjectNode().put("name", name);
    return call("experiments/create", body).at("/experiment_id").asText(null);
  }

  /** Creates a run and returns its {@code run.info} object. */
  JsonNode createRun(String experimentId, String runName, long startTime, ArrayNode tags) {
    ObjectNode body = JSON.createObjectNode();
    body.put("experiment_id", experimentId).put("run_name", runName).put("start_time", startTime);
    body.set("tags", tags);
    return call("runs/create", body).at("/run/info");
  }

  /** Returns the {@code run.info} object of an existing run. */
  JsonNode getRun(String runId) {
    String q = "?run_id=" + URLEncoder.encode(runId, StandardCharsets.UTF_8);
    return ok("runs/get", send(get("/api/2.0/mlflow/runs/get" + q))).at("/run/info");
  }

  /** Sends one {@code runs/log-batch} request. */
  void logBatch(String runId, LogBatch batch) {
    ObjectNode body = JSON.createObjectNode().put("run_id", runId);
    ArrayNode metrics = body.putArray("metrics");
    for (LogBatch.Metric m : batch.metrics()) {
      metrics
          .addObject()
          .put("key", m.key())
          .put("value", m.value())
          .put("timestamp", m.timestamp())
          .put("step", 0);
    }
    ArrayNode params = body.putArray("params");
    for (LogBatch.Entry e : batch.params()) {
      params.addObject().put("key", e.key()).put("value", e.value());
    }
    ArrayNode tags = body.putArray("tags");
    for (LogBatch.Entry e : batch.tags()) {
      tags.addObject().put("key", e.key()).put("value", e.value());
    }
    call("runs/log-batch", body);
  }

  /** Marks the run FINISHED at {@code endTime}. */
  void finishRun(String runId, long endTime) {
    ObjectNode body = JSON.createObjectNode();
    body.put("run_id", runId).put("status", "FINISHED").put("end_time", endTime);
    call("runs/update", body);
  }

  /** Uploads {@code file} to the artifact path {@code path} through the mlflow-artifacts proxy. */
  void putArtifact(String path, Path file) {
    StringBuilder encoded = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (encoded.length() > 0) {
        encoded.append('/');
      }
      encoded.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    String endpoint = "/api/2.0/mlflow-artifacts/artifacts/" + encoded;
    HttpRequest.Builder b = request(endpoint).header("Content-Type", "application/octet-stream");
    try {
      b.PUT(HttpRequest.BodyPublishers.ofFile(file));
    } catch (IOException e) {
      throw new TrackingException(
          "mlflow: cannot read " + file + " to upload it (" + FairnessException.ioReason(e) + ")",
          e);
    }
    ok("mlflow-artifacts PUT " + path, send(b.build()));
  }

  private JsonNode call(String endpoint, ObjectNode body) {
    HttpRequest req =
        request("/api/2.0/mlflow/" + endpoint)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    return ok(endpoint, send(req));
  }

  private HttpRequest get(String pathAndQuery) {
    return request(pathAndQuery).GET().build();
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(settings.trackingUri() + pathAndQuery)).timeout(TIMEOUT);
    if (settings.token() != null) {
      b.header("Authorization", "Bearer " + settings.token());
    } else if (settings.username() != null) {
      String pair =
          settings.username() + ":" + (settings.password() == null ? "" : settings.password());
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  private HttpResponse<String> send(HttpRequest req) {
    for (int attempt = 0; ; attempt++) {
      try {
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() < 500 || attempt == 1) {
          return r;
        }
      } catch (IOException e) {
        if (attempt == 1) {
          throw new TrackingException(
              "mlflow: "
                  + req.method()
                  + " "
                  + req.uri().getPath()
                  + ": cannot reach the tracking server ("
                  + FairnessException.ioReason(e)
                  + "); check "
                  + MlflowSettings.TRACKING_URI
                  + " and that `mlflow server` runs",
              e);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TrackingException("mlflow: interrupted", e);
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TrackingException("mlflow: interrupted", e);
      }
    }
  }

  /**
   * Returns the server's text fit for one terminal line: control characters (C0, DEL, C1) as {@code
   * ?}, at most 300 characters.
   */
  static String plain(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .limit(300)
        .forEach(c -> b.appendCodePoint(c < 0x20 || (c >= 0x7f && c < 0xa0) ? '?' : c));
    return b.toString();
  }

  private static JsonNode ok(String endpoint, HttpResponse<String> r) {
    if (r.statusCode() / 100 == 2) {
      try {
        String body = r.body();
        return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
      } catch (IOException e) {
        throw new TrackingException("mlflow: " + endpoint + ": the answer is not JSON", e);
      }
    }
    String detail = "HTTP " + r.statusCode();
    try {
      JsonNode err = JSON.readTree(r.body());
      if (err != null && err.has("error_code")) {
        detail +=
            " "
                + plain(err.get("error_code").asText())
                + ": "
                + plain(err.path("message").asText());
      }
    } catch (IOException e) {
      // not an MLflow error document: the status says enough
    }
    String hint =
        r.statusCode() == 401 || r.statusCode() == 403
            ? "set MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD"
            : "see the tracking server's log";
    throw new TrackingException("mlflow: " + endpoint + ": " + detail + "; " + hint);
  }
}
