package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fairness.RunLog;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import dev.fairness.data.InputLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP transport against a real JDK HttpServer on 127.0.0.1. */
class HttpModelInvokerIT {

  private static final PredictorConfig CSV =
      new PredictorConfig("text/csv", "text/csv", null, null, null, null, null, "c=1", "m.tar.gz");

  private final RunLog.Recording log = new RunLog.Recording();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final List<String> headers = new ArrayList<>();
  private HttpServer server;

  /**
   * What the server does with the n-th request (1-based): a status, or 200 with first cells, or
   * (999) 200 with a 5,000-byte chunked body.
   */
  private interface Behaviour {
    int status(int n);
  }

  private String start(Behaviour behaviour, int delayMillis) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", exchange -> handle(exchange, behaviour, delayMillis));
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/invocations";
  }

  private void handle(HttpExchange exchange, Behaviour behaviour, int delayMillis)
      throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    boolean counted = true;
    try (exchange) {
      int n = requests.incrementAndGet();
      synchronized (headers) {
        if (headers.isEmpty()) {
          for (String h :
              List.of(
                  "Content-Type",
                  "Accept",
                  "X-Amzn-SageMaker-Custom-Attributes",
                  "X-Amzn-SageMaker-Target-Model",
                  "X-Test")) {
            headers.add(h + ": " + exchange.getRequestHeaders().getFirst(h));
          }
        }
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Thread.sleep(delayMillis == 0 ? 0 : (n * 7L) % delayMillis);
      int status = behaviour.status(n);
      String answer = status == 200 ? ModelClientTest.firstCells(body) : "overloaded";
      if (status == 302) {
        exchange.getResponseHeaders().set("Location", "http://example.com/");
      }
      byte[] b = answer.getBytes(StandardCharsets.UTF_8);
      boolean chunked = status == 999; // 200 with 5,000 bytes and no Content-Length
      if (chunked) {
        b = "1\n".repeat(2500).getBytes(StandardCharsets.UTF_8);
        status = 200;
      }
      // No longer in flight once the answer starts: the client may send its next request as
      // soon as it has read this one, before this handler's finally block runs.
      inFlight.decrementAndGet();
      counted = false;
      exchange.sendResponseHeaders(status, chunked ? 0 : b.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(b);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (counted) {
        inFlight.decrementAndGet();
      }
    }
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** The response body limit of the next client. */
  private long maxBodyBytes = InputLimits.DEFAULT_MAX_LINE_BYTES;

  private ModelClient client(LocalConfig local) {
    return new ModelClient(
        CSV, local, List.of("a", "b"), log, new HttpModelInvoker(CSV, local, log, maxBodyBytes));
  }

  private static List<Object[]> rows(int n) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(new Object[] {(long) i, 0.5});
    }
    return rows;
  }

  @Test
  void concurrentRequestsComeBackInOrderWithHeaders() throws IOException {
    String url = start(n -> 200, 20);
    try (ModelClient c = client(Configs.http(url, 0, 4, 5))) {
      double[][] s = c.scores(rows(200));
      for (int i = 0; i < 200; i++) {
        assertEquals(i, s[i][0]);
      }
    }
    assertEquals(40, requests.get());
    assertTrue(maxInFlight.get() > 1, "max in flight " + maxInFlight.get());
    assertTrue(maxInFlight.get() <= 4, "max in flight " + maxInFlight.get());
    assertEquals(
        List.of(
            "Content-Type: text/csv",
            "Accept: text/csv",
            "X-Amzn-SageMaker-Custom-Attributes: c=1",
            "X-Amzn-SageMaker-Target-Model: m.tar.gz",
            "X-Test: yes"),
        headers);
  }

  @Test
  void http500ThenRecovery() throws IOException {
    String url = start(n -> n == 1 ? 500 : 200, 0);
    try (ModelClient c = client(Configs.http(url, 2, 1, 10))) {
      assertEquals(4.0, c.scores(rows(5))[4][0]);
    }
    assertEquals(2, requests.get());
    assertEquals(List.of(), log.warnings());
  }

  @Test
  void http500Forever() throws IOException {
    String url = start(n -> 500, 0);
    long t0 = System.nanoTime();
    try (ModelClient c = client(Configs.http(url, 1, 1, 2))) {
      ModelInvocationException e =
          assertThrows(ModelInvocationException.class, () -> c.scores(rows(3)));
      assertEquals("Model failed on record 1: HTTP 500: overloaded", e.getMessage());
    }
    assertTrue((System.nanoTime() - t0) / 1e9 < 5);
    // Batch 1 (2 attempts), record 3's batch already in flight (2), record 1 alone (2).
    assertEquals(6, requests.get());
    assertEquals(
        List.of("Fallback to per-record prediction because of model error. HTTP 500: overloaded"),
        log.warnings());
  }

  @Test
  void responseOverTheLineLimitIsRefusedNotRetried() throws IOException {
    String url = start(n -> 999, 0);
    maxBodyBytes = 1000;
    try (ModelClient c = client(Configs.http(url, 3, 1, 10))) {
      ModelInvocationException e =
          assertThrows(ModelInvocationException.class, () -> c.scores(rows(2)));
      assertEquals(
          "Model's HTTP response from "
              + url
              + " is longer than 1000 bytes; raise the limit with the JVM option"
              + " -Dfairness.max_line_bytes=<bytes>",
          e.getMessage());
    }
    assertEquals(1, requests.get());
  }

  @Test
  void clientErrorsAreNotRetriedAndRedirectsNotFollowed() throws IOException {
    String url = start(n -> n == 1 ? 400 : 302, 0);
    try (ModelClient c = client(Configs.http(url, 3, 1, 10))) {
      ModelInvocationException e =
          assertThrows(ModelInvocationException.class, () -> c.scores(rows(2)));
      assertEquals(
          "Model failed on record 1: HTTP 302: overloaded (redirect to http://example.com/, not"
              + " followed: set local.endpoint_url to it)",
          e.getMessage());
    }
    assertEquals(2, requests.get());
  }

  @Test
  void unreachableEndpointIsRetriedThenFails() throws IOException {
    String url = start(n -> 200, 0);
    server.stop(0);
    try (ModelClient c = client(Configs.http(url, 1, 1, 10))) {
      ModelInvocationException e =
          assertThrows(ModelInvocationException.class, () -> c.scores(rows(1)));
      assertTrue(
          e.getMessage()
              .startsWith("Model failed on record 1: HTTP request to " + url + " failed: "),
          e.getMessage());
    }
  }
}
