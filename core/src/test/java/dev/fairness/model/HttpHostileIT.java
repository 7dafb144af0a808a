package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.RunLog;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 against a raw socket server on 127.0.0.1: HTTP answers that used to hang the run or be
 * taken for predictions.
 */
class HttpHostileIT {

  private static final PredictorConfig CSV =
      new PredictorConfig("text/csv", "text/csv", null, null, null, null, null, null, null);

  private final RunLog.Recording log = new RunLog.Recording();

  private static LocalConfig local(String url, double timeout) {
    return new LocalConfig(
        null,
        url,
        "envelope",
        Path.of("."),
        Map.of(),
        Map.of(),
        10,
        6291456L,
        timeout,
        timeout,
        0,
        1,
        2000,
        "off");
  }

  private ModelInvocationException fails(String url, double timeout, double withinSeconds) {
    LocalConfig local = local(url, timeout);
    long t0 = System.nanoTime();
    try (ModelClient c =
        new ModelClient(CSV, local, List.of("a"), log, new HttpModelInvoker(CSV, local, log))) {
      List<Object[]> rows = new ArrayList<>();
      rows.add(new Object[] {1L});
      ModelInvocationException e =
          assertThrows(ModelInvocationException.class, () -> c.scores(rows));
      double took = (System.nanoTime() - t0) / 1e9;
      assertTrue(took < withinSeconds, "took " + took + " s: " + e.getMessage());
      return e;
    }
  }

  /** Item 2: headers at once, then one body byte a second, ran for minutes. */
  @Test
  void timeoutCoversTheBody() throws Exception {
    try (RawHttpServer server =
        new RawHttpServer(
            (body, out) -> {
              RawHttpServer.write(
                  out, "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 60\r\n\r\n");
              for (int i = 0; i < 60; i++) {
                RawHttpServer.write(out, "1");
                Thread.sleep(1000);
              }
            })) {
      ModelInvocationException e = fails(server.url(), 2, 8);
      assertEquals(
          "Model failed on record 1: HTTP request to "
              + server.url()
              + " did not complete within 2 s (local.timeout_seconds)",
          e.getMessage());
    }
  }

  /**
   * Item 2: a Content-Length beyond the body limit, then a stall, hung instead of being refused.
   */
  @Test
  void hugeContentLengthIsRefusedAtOnce() throws Exception {
    try (RawHttpServer server =
        new RawHttpServer(
            (body, out) -> {
              RawHttpServer.write(
                  out,
                  "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\n"
                      + "Content-Length: 99999999999\r\n\r\n1");
              Thread.sleep(60_000);
            })) {
      ModelInvocationException e = fails(server.url(), 30, 10);
      assertEquals(
          "Model's HTTP response from "
              + server.url()
              + " declares a Content-Length of 99999999999, more than the limit of 67108864"
              + " bytes; raise the limit with the JVM option -Dfairness.max_line_bytes=<bytes>",
          e.getMessage());
    }
  }

  /** Item 12: a 200 text/html page (a proxy's error page) was taken for predictions. */
  @Test
  void htmlAnswerIsNotPredictions() throws Exception {
    try (RawHttpServer server =
        new RawHttpServer(
            (body, out) ->
                RawHttpServer.write(
                    out,
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                        + "Content-Length: 5\r\nConnection: close\r\n\r\n0.5\r\n"))) {
      ModelInvocationException e = fails(server.url(), 10, 10);
      assertEquals(
          "Model's HTTP response from "
              + server.url()
              + " is text/html; charset=utf-8, not text/csv predictions: 0.5\r\n",
          e.getMessage());
    }
  }

  /** Item 12: an HTTP 307 was reported without the Location it pointed to. */
  @Test
  void redirectNamesItsLocation() throws Exception {
    try (RawHttpServer server =
        new RawHttpServer(
            (body, out) ->
                RawHttpServer.write(
                    out,
                    "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:9/v2\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n"))) {
      ModelInvocationException e = fails(server.url(), 10, 10);
      assertEquals(
          "Model failed on record 1: HTTP 307:  (redirect to http://127.0.0.1:9/v2, not"
              + " followed: set local.endpoint_url to it)",
          e.getMessage());
    }
  }
}
