package dev.fairness.model;

import dev.fairness.FairnessException;
import dev.fairness.RunLog;
import dev.fairness.config.ConfigException;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import dev.fairness.data.InputLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;

/**
 * Gets predictions for feature rows (spec §8.7): batches rows into requests, keeps several requests
 * in flight ({@link ModelInvoker#window()}) so encoding and parsing overlap with the model's work,
 * re-sends a failed batch record by record, and returns results in row order.
 *
 * <p>Rows are {@code Object[]} of feature values in feature order: {@link Long}, {@link Double},
 * {@link Boolean}, {@link String}, or null for missing. Use from one caller thread at a time;
 * {@link #close} may be called from any thread (it makes a running call fail).
 */
public final class ModelClient implements AutoCloseable {

  private final ModelInvoker invoker;
  private final RequestBatcher batcher;
  private final ResponseParser parser;
  private final List<Object> labelHeaders;
  private final RunLog log;
  private volatile LongConsumer progress = n -> {};
  private long requests;
  private long rowsDone;
  private long busyNanos;
  private int scoreWidth = -1;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Creates a client over the given transport.
   *
   * @throws ConfigException when the predictor's types, templates or locators are unusable
   */
  public ModelClient(
      PredictorConfig predictor,
      LocalConfig local,
      List<String> featureNames,
      RunLog log,
      ModelInvoker invoker) {
    PayloadCodec codec = PayloadCodec.of(predictor, featureNames);
    this.parser = ResponseParser.of(predictor, codec.oneRecordPerRequest());
    this.batcher = new RequestBatcher(codec, local.maxBatchRecords(), local.maxPayloadBytes(), log);
    this.labelHeaders = predictor.labelHeaders();
    this.log = log;
    this.invoker = invoker;
  }

  /**
   * Returns a client for the model the configuration names: {@code local.command} (subprocess) or
   * {@code local.endpoint_url} (HTTP). Nothing is started until the first call.
   *
   * @throws ConfigException when neither is set, or the predictor is unusable
   */
  public static ModelClient open(
      PredictorConfig predictor, LocalConfig local, List<String> featureNames, RunLog log) {
    return open(predictor, local, featureNames, InputLimits.defaults(), log);
  }

  /** Returns {@link #open(PredictorConfig, LocalConfig, List, RunLog)} with the given limits. */
  public static ModelClient open(
      PredictorConfig predictor,
      LocalConfig local,
      List<String> featureNames,
      InputLimits limits,
      RunLog log) {
    ModelInvoker invoker;
    if (local.command() != null && !local.command().isEmpty()) {
      invoker =
          new SubprocessModelInvoker(
              predictor,
              local,
              log,
              Duration.ofSeconds(10),
              Duration.ofSeconds(5),
              limits.maxLineBytes());
    } else if (local.endpointUrl() != null) {
      invoker = new HttpModelInvoker(predictor, local, log, limits.maxLineBytes());
    } else {
      throw new ConfigException("local: no model given; set local.command or local.endpoint_url");
    }
    try {
      return new ModelClient(predictor, local, featureNames, log, invoker);
    } catch (RuntimeException e) {
      invoker.close();
      throw e;
    }
  }

  /** Sets the callback told the total number of rows answered so far, after every request. */
  public void onProgress(LongConsumer rowsAnswered) {
    this.progress = rowsAnswered;
  }

  /** Returns one output per row, in row order; records are numbered from 1 in messages. */
  public List<ModelOutput> predict(List<Object[]> rows) {
    return predict(rows, 1);
  }

  /**
   * Returns one output per row, in row order.
   *
   * @param firstRecord the record number of {@code rows.get(0)} in messages ({@code Model failed on
   *     record <r>})
   * @throws ModelInvocationException when the model cannot be reached, a record fails alone, or the
   *     transport fails (spec §8.5, §8.6)
   */
  public synchronized List<ModelOutput> predict(List<Object[]> rows, long firstRecord) {
    ModelOutput[] out = new ModelOutput[rows.size()];
    run(rows, firstRecord, (body, k, first) -> parser.parse(body, k).toArray(), out);
    return Arrays.asList(out);
  }

  /** Returns the score vector (spec §6.3) of each row, in row order; records numbered from 1. */
  public double[][] scores(List<Object[]> rows) {
    return scores(rows, 1);
  }

  /**
   * Returns the score vector (spec §6.3) of each row, in row order. Pass many rows per call
   * (several times {@code max_batch_records}) so that requests overlap.
   *
   * @throws ModelInvocationException also when a value is not numeric ({@code Could not convert
   *     string to float. <value> (record <r>)}) or the number of scores changes ({@code Model
   *     returned <a> scores for record <r>, expected <b>})
   */
  public synchronized double[][] scores(List<Object[]> rows, long firstRecord) {
    double[][] out = new double[rows.size()][];
    run(rows, firstRecord, this::checkedScores, out);
    return out;
  }

  /** Returns the number of scores per record (D of spec §6.3), or -1 before the first scores. */
  public synchronized int scoreWidth() {
    return scoreWidth;
  }

  /** Returns the output names of spec §6.3 for the score vectors seen so far. */
  public synchronized List<String> labelKeys() {
    if (scoreWidth < 0) {
      throw new IllegalStateException("no scores yet");
    }
    return ScoreVectors.labelKeys(labelHeaders, scoreWidth, log);
  }

  private Object[] checkedScores(String body, int k, long first) throws ModelResponseException {
    double[][] s = parser.scores(body, k, first);
    for (int i = 0; i < s.length; i++) {
      if (scoreWidth < 0) {
        scoreWidth = s[i].length;
      } else if (s[i].length != scoreWidth) {
        throw new ModelInvocationException(
            "Model returned "
                + s[i].length
                + " scores for record "
                + (first + i)
                + ", expected "
                + scoreWidth);
      }
    }
    return s;
  }

  private void run(List<Object[]> rows, long firstRecord, Decoder decoder, Object[] out) {
    long t0 = System.nanoTime();
    Deque<Batch> inFlight = new ArrayDeque<>();
    int next = 0;
    try {
      while (next < rows.size() || !inFlight.isEmpty()) {
        while (next < rows.size() && inFlight.size() < invoker.window()) {
          ModelRequest request = batcher.next(rows, next, firstRecord);
          inFlight.add(new Batch(next, request.records(), submit(request)));
          next += request.records();
        }
        Batch b = inFlight.poll();
        long first = firstRecord + b.start;
        try {
          Object[] decoded = decoder.decode(await(b.future), b.count, first);
          System.arraycopy(decoded, 0, out, b.start, b.count);
        } catch (ModelResponseException e) {
          if (b.count == 1) {
            throw new ModelInvocationException(
                "Model failed on record " + first + ": " + e.getMessage(), e);
          }
          log.warn("Fallback to per-record prediction because of model error. " + e.getMessage());
          for (int i = b.start; i < b.start + b.count; i++) {
            long r = firstRecord + i;
            try {
              ModelRequest one = batcher.single(rows, i, firstRecord);
              out[i] = decoder.decode(await(submit(one)), 1, r)[0];
            } catch (ModelResponseException single) {
              throw new ModelInvocationException(
                  "Model failed on record " + r + ": " + single.getMessage(), single);
            }
          }
        }
        rowsDone += b.count;
        progress.accept(rowsDone);
      }
    } finally {
      busyNanos += System.nanoTime() - t0;
    }
  }

  private CompletableFuture<String> submit(ModelRequest request) {
    requests++;
    return invoker.submit(request);
  }

  private static String await(CompletableFuture<String> future) throws ModelResponseException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelInvocationException("Interrupted while waiting for the model", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ModelResponseException m) {
        throw new ModelResponseException(m.getMessage(), m);
      }
      if (cause instanceof ModelInvocationException m) {
        throw new ModelInvocationException(m.getMessage(), m.details(), m);
      }
      throw new ModelInvocationException(
          "Model call failed: " + FairnessException.internalReason(cause), cause);
    }
  }

  /**
   * Logs {@code Model delivered <q> requests, <rows> rows in <s> seconds} (when any request was
   * made) and releases the model (spec §8.5 shutdown order for a subprocess).
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    invoker.close();
    logDelivered();
  }

  /**
   * Releases the model after the last prediction was used (as {@link #close}) and throws a {@link
   * ModelInvocationException} when the transport found that the responses did not belong to the
   * requests (a lines-framing model that wrote more lines than rows).
   */
  public void finish() {
    if (closed.getAndSet(true)) {
      return;
    }
    try {
      invoker.finish();
    } finally {
      logDelivered();
    }
  }

  /** Kills the model at once, without grace periods; safe from any thread, never waits. */
  public void kill() {
    invoker.kill();
  }

  private void logDelivered() {
    if (requests > 0) {
      String s =
          BigDecimal.valueOf(busyNanos / 1e9).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
      log.info(
          "Model delivered " + requests + " requests, " + rowsDone + " rows in " + s + " seconds");
    }
  }

  /** Turns a response body into one result per record of the request. */
  private interface Decoder {
    Object[] decode(String body, int records, long firstRecord) throws ModelResponseException;
  }

  private record Batch(int start, int count, CompletableFuture<String> future) {}
}
