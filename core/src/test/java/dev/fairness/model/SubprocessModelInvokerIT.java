package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.RunLog;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import dev.fairness.data.InputLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The subprocess transport against a real process: the stub model of testdata/models. */
class SubprocessModelInvokerIT {

  private static final PredictorConfig CSV =
      new PredictorConfig("text/csv", "text/csv", null, null, null, null, null, "trace=1", null);

  private final RunLog.Recording log = new RunLog.Recording();

  @AfterEach
  void nothingLeftBehind() {
    Processes.assertNoChildren();
  }

  /** The response line limit of the next client. */
  private long maxLineBytes = InputLimits.DEFAULT_MAX_LINE_BYTES;

  private ModelClient client(LocalConfig local) {
    SubprocessModelInvoker invoker =
        new SubprocessModelInvoker(
            CSV, local, log, Duration.ofMillis(500), Duration.ofMillis(500), maxLineBytes);
    return new ModelClient(CSV, local, List.of("a", "b"), log, invoker);
  }

  private static List<Object[]> rows(int n) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(new Object[] {(long) i, "x"});
    }
    return rows;
  }

  private ModelInvocationException fails(LocalConfig local, int rows, double withinSeconds) {
    long t0 = System.nanoTime();
    ModelInvocationException e;
    try (ModelClient c = client(local)) {
      e = assertThrows(ModelInvocationException.class, () -> c.scores(rows(rows)));
      double took = (System.nanoTime() - t0) / 1e9;
      assertTrue(took < withinSeconds, "took " + took + " s: " + e.getMessage());
    }
    return e;
  }

  @Test
  void envelopeAnswersInOrderAcrossBatches() {
    try (ModelClient c =
        client(Configs.subprocess(Processes.java("StubModel.java", "ok"), "envelope", 5, 20))) {
      double[][] s = c.scores(rows(10));
      for (int i = 0; i < 10; i++) {
        assertEquals(i, s[i][0]);
      }
    }
    String last = log.lines().get(log.lines().size() - 1);
    assertTrue(last.matches("INFO Model delivered 4 requests, 10 rows in [0-9.]+ seconds"), last);
  }

  @Test
  void linesFramingAnswersInOrder() {
    try (ModelClient c =
        client(
            Configs.subprocess(
                Processes.java("StubModel.java", "ok", "--lines"), "lines", 5, 20))) {
      double[][] s = c.scores(rows(10));
      assertEquals(9.0, s[9][0]);
    }
  }

  @Test
  void linesFramingBannerFailsWhenTheModelEnds() {
    ModelClient c =
        client(
            Configs.subprocess(
                Processes.java("StubModel.java", "banner", "ready", "--lines"), "lines", 5, 20));
    // the three answers are "ready", "0", "1": only the end of the model's output shows the shift
    assertEquals("ready", c.predict(rows(3)).get(0).output());
    ModelInvocationException e = assertThrows(ModelInvocationException.class, c::finish);
    assertEquals(
        "Model wrote more lines than the 3 rows it was sent (its first line was \"ready\");"
            + " with local.framing lines the model must print exactly one line per row, and"
            + " banners or logs to stderr; or use envelope framing",
        e.getMessage());
  }

  /** Issue 23 item 12: a non-finite score (inf; a CSV NaN is already a missing value) was used. */
  @Test
  void nanScoreIsRefused() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"0.5", "x"});
    rows.add(new Object[] {"inf", "x"});
    try (ModelClient c =
        client(Configs.subprocess(Processes.java("StubModel.java", "ok"), "envelope", 5, 20))) {
      ModelInvocationException e =
          assertThrows(ModelInvocationException.class, () -> c.scores(rows));
      assertEquals(
          "Model returned the score inf for record 2; scores must be finite numbers",
          e.getMessage());
    }
  }

  @Test
  void passesClarifyEnvironment() {
    try (ModelClient c =
        client(Configs.subprocess(Processes.java("StubModel.java", "env"), "envelope", 5, 20))) {
      assertEquals("text/csv|trace=1", c.predict(rows(1)).get(0).output());
    }
  }

  @Test
  void modelExitsMidRun() {
    ModelInvocationException e =
        fails(
            Configs.subprocess(
                Processes.java("StubModel.java", "exit-after", "1"), "envelope", 5, 20),
            9,
            20);
    assertEquals("Model process exited with code 3 while handling request 2", e.getMessage());
    assertEquals(List.of("stub: giving up after 1 requests"), e.details());
  }

  @Test
  void modelNeverAnswers() {
    ModelInvocationException e =
        fails(
            Configs.subprocess(Processes.java("StubModel.java", "silent", "1"), "envelope", 1, 20),
            9,
            20);
    assertEquals("Model did not answer request 2 within 1 s", e.getMessage());
  }

  @Test
  void slowFirstResponseHitsTheStartupTimeout() {
    ModelInvocationException e =
        fails(
            Configs.subprocess(
                Processes.java("StubModel.java", "slow-start", "60"), "envelope", 1, 3),
            3,
            5);
    assertEquals("Model did not answer request 1 within 3 s", e.getMessage());
  }

  @Test
  void garbageIsAProtocolError() {
    ModelInvocationException e =
        fails(
            Configs.subprocess(Processes.java("StubModel.java", "garbage"), "envelope", 5, 20),
            3,
            20);
    assertEquals(
        "Model wrote an invalid response line for request 1: <html>oops</html>", e.getMessage());
  }

  @Test
  void responseLineOverTheLimitIsRefused() {
    maxLineBytes = 1000;
    ModelInvocationException e =
        fails(
            Configs.subprocess(Processes.java("StubModel.java", "endless"), "envelope", 5, 20),
            3,
            20);
    assertEquals(
        "Model wrote a response line longer than 1000 bytes for request 1; raise the limit"
            + " with the JVM option -Dfairness.max_line_bytes=<bytes>",
        e.getMessage());
  }

  @Test
  void wrongNumberOfRowsFallsBackThenNamesTheRecord() {
    ModelInvocationException e =
        fails(
            Configs.subprocess(Processes.java("StubModel.java", "wrong-rows"), "envelope", 5, 20),
            3,
            20);
    assertEquals(
        "Model failed on record 1: the response has 0 lines for 1 records", e.getMessage());
    assertEquals(
        List.of(
            "Fallback to per-record prediction because of model error. "
                + "the response has 2 lines for 3 records"),
        log.warnings());
  }

  @Test
  void errorEnvelopeFallsBackToSingleRecords() {
    try (ModelClient c =
        client(
            Configs.subprocess(
                Processes.java("StubModel.java", "error-multi"), "envelope", 5, 20))) {
      double[][] s = c.scores(rows(4));
      assertEquals(3.0, s[3][0]);
    }
    assertEquals(
        List.of("Fallback to per-record prediction because of model error. batch too large"),
        log.warnings());
  }

  @Test
  void errorEnvelopeForOneRecordNamesIt() {
    ModelInvocationException e =
        fails(
            Configs.subprocess(
                Processes.java("StubModel.java", "error-on", "4"), "envelope", 5, 20),
            6,
            20);
    assertEquals("Model failed on record 5: cannot score 4", e.getMessage());
  }

  @Test
  void commandThatCannotStart() {
    ModelInvocationException e =
        fails(Configs.subprocess(List.of("/nonexistent/model", "--x"), "envelope", 5, 20), 1, 5);
    assertTrue(
        e.getMessage().startsWith("Cannot start model command /nonexistent/model --x: "),
        e.getMessage());
  }

  @Test
  void closeFromAnotherThreadEndsTheCallAndTheProcess() throws Exception {
    ModelClient c =
        client(
            Configs.subprocess(
                Processes.java("StubModel.java", "silent", "0"), "envelope", 30, 30));
    Thread closer =
        new Thread(
            () -> {
              try {
                Thread.sleep(1500);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              c.close();
            });
    closer.start();
    long t0 = System.nanoTime();
    ModelInvocationException e =
        assertThrows(ModelInvocationException.class, () -> c.scores(rows(3)));
    assertEquals("Model process was shut down", e.getMessage());
    assertTrue((System.nanoTime() - t0) / 1e9 < 10);
    closer.join();
  }

  @Test
  void linesFramingNeedsLineBasedTypes() {
    PredictorConfig json =
        new PredictorConfig(
            "application/json",
            "application/json",
            "$records",
            "$features",
            null,
            null,
            null,
            null,
            null);
    assertThrows(
        dev.fairness.config.ConfigException.class,
        () ->
            new SubprocessModelInvoker(json, Configs.subprocess(List.of("x"), "lines", 1, 1), log));
  }
}
