package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.RunLog;
import dev.fairness.config.PredictorConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Batching, ordering, fallback and messages of {@link ModelClient} over an in-memory model. */
class ModelClientTest {

  private static final ScheduledExecutorService DELAY = Executors.newScheduledThreadPool(2);

  @AfterAll
  static void stop() {
    DELAY.shutdownNow();
  }

  /** Answers each CSV row with its first cell, after a delay that varies per request. */
  static final class FakeInvoker implements ModelInvoker {
    final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    final Function<String, String> answer;
    final int window;

    FakeInvoker(int window, Function<String, String> answer) {
      this.window = window;
      this.answer = answer;
    }

    @Override
    public int window() {
      return window;
    }

    @Override
    public CompletableFuture<String> submit(ModelRequest request) {
      String body = new String(request.body(), 0, request.length(), StandardCharsets.UTF_8);
      bodies.add(body);
      CompletableFuture<String> f = new CompletableFuture<>();
      long delay = (bodies.size() * 7L) % 5;
      DELAY.schedule(
          () -> {
            String a = answer.apply(body);
            if (a.startsWith("ERROR ")) {
              f.completeExceptionally(new ModelResponseException(a.substring(6)));
            } else {
              f.complete(a);
            }
          },
          delay,
          TimeUnit.MILLISECONDS);
      return f;
    }

    @Override
    public void close() {}
  }

  static String firstCells(String body) {
    List<String> out = new ArrayList<>();
    for (String line : body.split("\n")) {
      out.add(line.split(",")[0]);
    }
    return String.join("\n", out);
  }

  private static List<Object[]> rows(int n) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(Configs.row((long) i, 1.5));
    }
    return rows;
  }

  private static ModelClient client(
      PredictorConfig p, int batch, long bytes, RunLog log, ModelInvoker invoker) {
    return new ModelClient(p, Configs.local(batch, bytes), List.of("a", "b"), log, invoker);
  }

  @Test
  void batchesByRecordsKeepsOrderAndReportsProgress() {
    FakeInvoker fake = new FakeInvoker(3, ModelClientTest::firstCells);
    RunLog.Recording log = new RunLog.Recording();
    List<Long> progress = new ArrayList<>();
    double[][] scores;
    try (ModelClient c = client(Configs.csv(), 4, 1 << 20, log, fake)) {
      c.onProgress(progress::add);
      scores = c.scores(rows(10), 1);
      assertEquals(1, c.scoreWidth());
      assertEquals(List.of("label0"), c.labelKeys());
    }
    for (int i = 0; i < 10; i++) {
      assertArrayEquals(new double[] {i}, scores[i]);
    }
    assertEquals(
        List.of("0,1.5\n1,1.5\n2,1.5\n3,1.5", "4,1.5\n5,1.5\n6,1.5\n7,1.5", "8,1.5\n9,1.5"),
        fake.bodies);
    assertEquals(List.of(4L, 8L, 10L), progress);
    String last = log.lines().get(log.lines().size() - 1);
    assertTrue(
        last.matches("INFO Model delivered 3 requests, 10 rows in \\d+\\.\\d\\d seconds"), last);
  }

  @Test
  void batchesByPayloadBytesAndSendsAnOversizedRecordAlone() {
    FakeInvoker fake = new FakeInvoker(2, ModelClientTest::firstCells);
    RunLog.Recording log = new RunLog.Recording();
    List<Object[]> rows =
        List.of(
            Configs.row(1L, 1L),
            Configs.row(2L, 2L),
            Configs.row(333333L, 3L),
            Configs.row(4L, 4L));
    try (ModelClient c = client(Configs.csv(), 100, 7, log, fake)) {
      c.predict(rows, 11);
    }
    assertEquals(List.of("1,1\n2,2", "333333,3", "4,4"), fake.bodies);
    assertEquals(
        List.of(
            "Record 13 alone needs 8 bytes, more than local.max_payload_bytes 7; sending it alone"),
        log.warnings());
  }

  @Test
  void singleRecordTemplateSendsOneRecordPerRequest() {
    FakeInvoker fake =
        new FakeInvoker(
            2, body -> "{\"s\":" + body.replaceAll("^\\{\"x\":\\[(\\d+),.*$", "$1") + "}");
    PredictorConfig p =
        Configs.predictor(
            "application/json",
            "application/json",
            "{\"x\":$record}",
            "$features",
            null,
            dev.fairness.config.ColumnRef.ofName("s"),
            null);
    try (ModelClient c = client(p, 100, 1 << 20, RunLog.silent(), fake)) {
      List<ModelOutput> out = c.predict(rows(3));
      assertEquals(List.of(0L, 1L, 2L), out.stream().map(ModelOutput::probability).toList());
    }
    assertEquals(3, fake.bodies.size());
  }

  @Test
  void fallsBackToSingleRecordsAfterAModelError() {
    FakeInvoker fake =
        new FakeInvoker(
            2, body -> body.contains("\n") ? "ERROR batch too large" : firstCells(body));
    RunLog.Recording log = new RunLog.Recording();
    try (ModelClient c = client(Configs.csv(), 3, 1 << 20, log, fake)) {
      double[][] s = c.scores(rows(5));
      assertEquals(4.0, s[4][0]);
    }
    assertEquals(
        List.of(
            "Fallback to per-record prediction because of model error. batch too large",
            "Fallback to per-record prediction because of model error. batch too large"),
        log.warnings());
  }

  @Test
  void invalidResponseFallsBackAndASingleFailureNamesTheRecord() {
    FakeInvoker fake =
        new FakeInvoker(
            2, body -> body.contains("3,1.5") ? "ERROR cannot score" : firstCells(body));
    try (ModelClient c = client(Configs.csv(), 2, 1 << 20, RunLog.silent(), fake)) {
      ModelInvocationException e =
          assertThrows(ModelInvocationException.class, () -> c.scores(rows(6), 1));
      assertEquals("Model failed on record 4: cannot score", e.getMessage());
    }
  }

  @Test
  void changingScoreWidthIsFatal() {
    FakeInvoker fake = new FakeInvoker(1, body -> body.startsWith("0,") ? "0.1,0.9" : "0.5");
    try (ModelClient c = client(Configs.csv(), 1, 1 << 20, RunLog.silent(), fake)) {
      assertEquals(
          "Model returned 1 scores for record 2, expected 2",
          assertThrows(ModelInvocationException.class, () -> c.scores(rows(2))).getMessage());
    }
  }
}
