package dev.fairness.model;

import dev.fairness.RunLog;
import dev.fairness.config.ConfigException;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import dev.fairness.data.InputLimits;
import dev.fairness.text.ValueText;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

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
  private final BlockingQueue<Pending> toWrite = new LinkedBlockingQueue<>();
  private final Deque<Pending> awaiting = new ConcurrentLinkedDeque<>();
  private final Semaphore permits;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final RequestTimer timer = new RequestTimer();

  private boolean started;
  private Thread writer;
  private Thread reader;
  private long nextId = 1;
  private volatile ModelInvocationException failure;
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
    this.permits = new Semaphore(2);
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
        reader = daemon("model-reader", () -> readLoop(modelProcess.stdout()));
        modelProcess.onExit(code -> timer.later(1, () -> outputStayedOpen(code)));
      } catch (ModelInvocationException e) {
        failure = e;
        return CompletableFuture.failedFuture(e);
      }
    }
    Pending p = new Pending(nextId++, request);
    toWrite.add(p);
    return p.future;
  }

  private void writeLoop(OutputStream stdin) {
    try (OutputStream out = new BufferedOutputStream(stdin, 1 << 16)) {
      while (true) {
        Pending p = toWrite.take();
        if (p.id < 0) {
          break;
        }
        permits.acquire();
        awaiting.add(p);
        if (failure != null) {
          p.future.completeExceptionally(failure);
          break;
        }
        if (awaiting.peek() == p) {
          arm(p);
        }
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

  private void readLoop(InputStream stdout) {
    LineReader in = new LineReader(stdout, maxLineBytes);
    PayloadBuffer line = new PayloadBuffer(1 << 16);
    PayloadBuffer joined = new PayloadBuffer(1 << 16);
    int got = 0;
    try {
      while (in.readLine(line)) {
        if (lines) {
          tally.line(line);
        }
        Pending p = awaiting.peek();
        if (p == null || failure != null) {
          if (lines && failure == null) {
            fail(new ModelInvocationException(tally.surplusMessage()));
          } else if (failure == null && !closing) {
            protocolError(nextIdSnapshot(), line);
          }
          if (lines && closing) {
            line.truncate(0);
            continue; // drain to the end: every line beyond the answers is counted
          }
          return;
        }
        if (lines) {
          if (got > 0) {
            joined.append((byte) '\n');
          }
          joined.append(line.array(), 0, line.length());
          if (++got == p.request.records()) {
            complete(p, joined.toString(), null);
            joined.truncate(0);
            got = 0;
          }
        } else {
          EnvelopeFrame.Response r = EnvelopeFrame.parse(line.array(), line.length());
          if (r == null || r.id() != p.id) {
            protocolError(p.id, line);
            return;
          }
          complete(p, r.body(), r.error());
        }
        line.truncate(0);
      }
    } catch (LineReader.TooLong e) {
      lineTooLong();
      return;
    } catch (IOException e) {
      // Treated as end of output below.
    }
    outputEnded = true;
    if (!closing) {
      exited();
    }
  }

  private void lineTooLong() {
    Pending p = awaiting.peek();
    fail(
        new ModelInvocationException(
            "Model wrote a response line longer than "
                + maxLineBytes
                + " bytes for request "
                + (p != null ? p.id : nextIdSnapshot())
                + "; "
                + InputLimits.raiseHint(InputLimits.LINE_PROPERTY)));
  }

  /**
   * The model exited a second ago but its output is still open: a process it started holds it.
   * Nothing more will come; say so now rather than at the request timeout, and end those processes.
   */
  private void outputStayedOpen(int code) {
    if (outputEnded || closing || failure != null) {
      return;
    }
    Pending head = awaiting.peek() != null ? awaiting.peek() : toWrite.peek();
    fail(
        new ModelInvocationException(
            "Model process exited (code "
                + code
                + ") but its output stayed open, held by a process it started, while handling"
                + " request "
                + (head != null ? head.id : nextIdSnapshot())
                + "; end the model's background processes or close their standard output"));
    modelProcess.endDescendants();
  }

  private void complete(Pending p, String body, String error) {
    awaiting.poll();
    timer.disarm(p);
    if (error != null) {
      p.future.completeExceptionally(new ModelResponseException(error));
    } else {
      p.future.complete(body);
    }
    permits.release();
    Pending next = awaiting.peek();
    if (next != null) {
      arm(next);
    }
  }

  private void arm(Pending p) {
    double seconds = p.id == 1 ? local.startupTimeoutSeconds() : local.timeoutSeconds();
    timer.arm(
        p,
        seconds,
        () ->
            fail(
                new ModelInvocationException(
                    "Model did not answer request "
                        + p.id
                        + " within "
                        + seconds(seconds)
                        + " s")));
  }

  private void protocolError(long id, PayloadBuffer line) {
    String text = line.toString();
    fail(
        new ModelInvocationException(
            "Model wrote an invalid response line for request "
                + id
                + ": "
                + (text.length() > 200 ? text.substring(0, 200) : text)));
  }

  private void exited() {
    Pending head = awaiting.peek() != null ? awaiting.peek() : toWrite.peek();
    long id = head != null ? head.id : nextIdSnapshot();
    fail(modelProcess.exitError(id));
  }

  private synchronized long nextIdSnapshot() {
    return nextId;
  }

  private void fail(ModelInvocationException e) {
    synchronized (this) {
      if (failure != null) {
        return;
      }
      failure = e;
    }
    permits.release(2);
    for (Pending p = awaiting.poll(); p != null; p = awaiting.poll()) {
      p.future.completeExceptionally(e);
    }
    for (Pending p : toWrite) {
      p.future.completeExceptionally(e);
    }
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
    fail(new ModelInvocationException("Model process was shut down"));
    try {
      if (running) {
        toWrite.clear();
        toWrite.add(new Pending(-1, null));
        writer.interrupt();
        modelProcess.stop(stdinGrace, destroyGrace);
        join(writer);
        join(reader);
      }
    } finally {
      timer.close();
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
