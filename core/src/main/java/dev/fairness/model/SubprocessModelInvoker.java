package dev.fairness.model;

import dev.fairness.RunLog;
import dev.fairness.config.ConfigException;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import dev.fairness.data.InputLimits;
import dev.fairness.text.ValueText;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The local subprocess transport (spec §8.5): one long-lived process started lazily at the first
 * request, {@code envelope} or {@code lines} framing on stdin/stdout, stderr logged at debug. A
 * writer thread writes requests, a reader thread reads responses, so a full pipe never deadlocks.
 * The writer keeps one request queued in the pipe ahead of the one the model works on: a model that
 * reads a line and answers it sees the same alternation, but never waits for the tool between two
 * requests (on a loaded machine those hand-offs cost more than the tool's own work).
 *
 * <p>Fatal failures (start failure, exit, timeout, protocol error) fail every pending request with
 * a {@link ModelInvocationException} carrying the spec's text. {@link #close} (also run by a JVM
 * shutdown hook) closes stdin, waits, then destroys the process and its descendants.
 */
public final class SubprocessModelInvoker implements ModelInvoker {

  private final LocalConfig local;
  private final ModelProcess modelProcess;
  private final boolean lines;
  private final EnvelopeFrame frame;
  private final RunLog log;
  private final Duration stdinGrace;
  private final Duration destroyGrace;
  private final long maxLineBytes;
  private final SubprocessRequests requests;
  private final CountDownLatch closed = new CountDownLatch(1);

  private boolean started;
  private Thread writer;
  private Thread reader;
  private volatile boolean closing;
  private volatile boolean outputEnded;
  private final LinesTally tally = new LinesTally();

  /**
   * Creates the transport; nothing starts until the first request.
   *
   * @throws ConfigException when {@code lines} framing is combined with a JSON document type
   */
  public SubprocessModelInvoker(PredictorConfig predictor, LocalConfig local, RunLog log) {
    this(
        predictor,
        local,
        log,
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        InputLimits.DEFAULT_MAX_LINE_BYTES);
  }

  /** Creates the transport with the given shutdown grace periods (tests use short ones). */
  SubprocessModelInvoker(
      PredictorConfig predictor,
      LocalConfig local,
      RunLog log,
      Duration stdinGrace,
      Duration destroyGrace) {
    this(predictor, local, log, stdinGrace, destroyGrace, InputLimits.DEFAULT_MAX_LINE_BYTES);
  }

  /**
   * Creates the transport with the given shutdown grace periods and the longest response line read,
   * in UTF-8 bytes.
   */
  SubprocessModelInvoker(
      PredictorConfig predictor,
      LocalConfig local,
      RunLog log,
      Duration stdinGrace,
      Duration destroyGrace,
      long maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
    this.local = local;
    this.log = log;
    this.stdinGrace = stdinGrace;
    this.destroyGrace = destroyGrace;
    this.lines = "lines".equals(local.framing());
    if (lines && !(lineBased(predictor.contentType()) && lineBased(predictor.acceptType()))) {
      throw new ConfigException(
          "local.framing: lines needs text/csv or application/jsonlines "
              + "as content_type and accept_type; use envelope");
    }
    this.requests = new SubprocessRequests(local);
    this.frame =
        new EnvelopeFrame(
            predictor.contentType(),
            predictor.acceptType(),
            predictor.customAttributes(),
            predictor.targetModel());
    this.modelProcess = new ModelProcess(predictor, local, log);
  }

  @Override
  public int window() {
    return 3;
  }

  @Override
  public synchronized CompletableFuture<String> submit(ModelRequest request) {
    ModelInvocationException failure = requests.failure();
    if (failure != null) {
      return CompletableFuture.failedFuture(failure);
    }
    if (closing) {
      return CompletableFuture.failedFuture(
          new ModelInvocationException("Model process was shut down"));
    }
    if (!started) {
      try {
        started = true;
        modelProcess.start(this::close);
        writer = daemon("model-writer", () -> writeLoop(modelProcess.stdin()));
        reader =
            daemon(
                "model-reader",
                new ResponseReadLoop(
                    modelProcess.stdout(),
                    requests,
                    lines,
                    tally,
                    maxLineBytes,
                    () -> closing,
                    this::outputEnded));
        modelProcess.onExit(code -> requests.later(1, () -> outputStayedOpen(code)));
      } catch (ModelInvocationException e) {
        requests.fail(e);
        return CompletableFuture.failedFuture(e);
      }
    }
    return requests.add(request);
  }

  private void writeLoop(OutputStream stdin) {
    try (OutputStream out = new BufferedOutputStream(stdin, 1 << 16)) {
      while (true) {
        Pending p = requests.take();
        if (p.id < 0) {
          break;
        }
        requests.acquire(p);
        ModelInvocationException failure = requests.failure();
        if (failure != null) {
          p.future.completeExceptionally(failure);
          break;
        }
        requests.armIfHead(p);
        if (lines) {
          tally.sent(p.request.records());
          out.write(p.request.body(), 0, p.request.length());
          out.write('\n');
          out.flush();
        } else {
          frame.write(p.id, p.request, out);
        }
      }
    } catch (InterruptedException | IOException e) {
      // Closing, or the process went away: the reader or the timer reports it.
    }
  }

  /** The model's output ended: unless the transport is closing, the model exited. */
  private void outputEnded() {
    outputEnded = true;
    if (!closing) {
      exited();
    }
  }

  /**
   * The model exited a second ago but its output is still open: a process it started holds it.
   * Nothing more will come; say so now rather than at the request timeout, and end those processes.
   */
  private void outputStayedOpen(int code) {
    if (outputEnded || closing || requests.failure() != null) {
      return;
    }
    requests.fail(
        new ModelInvocationException(
            "Model process exited (code "
                + code
                + ") but its output stayed open, held by a process it started, while handling"
                + " request "
                + requests.oldestId()
                + "; end the model's background processes or close their standard output"));
    modelProcess.endDescendants();
  }

  private void exited() {
    requests.fail(modelProcess.exitError(requests.oldestId()));
  }

  @Override
  public void close() {
    boolean running;
    synchronized (this) {
      if (closing) {
        awaitClosed();
        return;
      }
      closing = true;
      running = writer != null;
    }
    requests.fail(new ModelInvocationException("Model process was shut down"));
    try {
      if (running) {
        requests.stopWriter();
        writer.interrupt();
        modelProcess.stop(stdinGrace, destroyGrace);
        join(writer);
        join(reader);
      }
    } finally {
      requests.close();
      closed.countDown();
    }
  }

  /**
   * Ends the model after the last answer (as {@link #close}) and, with {@code lines} framing,
   * throws when it wrote more lines than the rows it was sent: then the answers cannot be matched
   * to the rows (a banner line before the first answer shifts every one).
   *
   * @throws ModelInvocationException {@code Model wrote more lines than the <n> rows it was sent
   *     (its first line was "<text>") …}
   */
  @Override
  public void finish() {
    close();
    if (lines && tally.surplus()) {
      throw new ModelInvocationException(tally.surplusMessage());
    }
  }

  @Override
  public void kill() {
    modelProcess.kill();
  }

  private void awaitClosed() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void join(Thread t) {
    try {
      t.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Thread daemon(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static boolean lineBased(String type) {
    return type.equals("text/csv") || type.equals("application/jsonlines");
  }

  static String seconds(double s) {
    return s == Math.rint(s) && Math.abs(s) < 1e15
        ? Long.toString((long) s)
        : ValueText.renderDouble(s);
  }

  /** A request on its way: written, awaiting its response, or completed. */
  static final class Pending {
    final long id;
    final ModelRequest request;
    final CompletableFuture<String> future = new CompletableFuture<>();
    Object timeout;

    Pending(long id, ModelRequest request) {
      this.id = id;
      this.request = request;
    }
  }
}
