package dev.fairness.model;

import dev.fairness.config.LocalConfig;
import dev.fairness.model.SubprocessModelInvoker.Pending;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * The requests of one subprocess transport: queued to write, written and awaiting their answer (in
 * order), each with its timeout; and the one failure that fails every pending request at once. Two
 * requests at most are in the pipe ({@link #acquire}); the head of the awaiting ones is armed.
 */
final class SubprocessRequests {

  private final LocalConfig local;
  private final BlockingQueue<Pending> toWrite = new LinkedBlockingQueue<>();
  private final Deque<Pending> awaiting = new ConcurrentLinkedDeque<>();
  private final Semaphore permits = new Semaphore(2);
  private final RequestTimer timer = new RequestTimer();
  private long nextId = 1;
  private volatile ModelInvocationException failure;

  SubprocessRequests(LocalConfig local) {
    this.local = local;
  }

  /** Returns the failure that ended the transport, or null. */
  ModelInvocationException failure() {
    return failure;
  }

  /** Queues {@code request} for writing, or fails it at once when the transport has failed. */
  synchronized CompletableFuture<String> add(ModelRequest request) {
    if (failure != null) {
      return CompletableFuture.failedFuture(failure);
    }
    Pending p = new Pending(nextId++, request);
    toWrite.add(p);
    return p.future;
  }

  /** Returns the id the next request will get. */
  synchronized long nextId() {
    return nextId;
  }

  /** Returns the next request to write (the writer's stop mark has a negative id). */
  Pending take() throws InterruptedException {
    return toWrite.take();
  }

  /** Waits until fewer than two requests are in the pipe, then marks {@code p} as written. */
  void acquire(Pending p) throws InterruptedException {
    permits.acquire();
    awaiting.add(p);
  }

  /** Starts the timeout of {@code p} when it is the oldest request awaiting its answer. */
  void armIfHead(Pending p) {
    if (awaiting.peek() == p) {
      arm(p);
    }
  }

  /** Returns the oldest request awaiting its answer, or null. */
  Pending head() {
    return awaiting.peek();
  }

  /** Returns the id of the oldest request not answered yet (written or not), else the next id. */
  long oldestId() {
    Pending head = awaiting.peek() != null ? awaiting.peek() : toWrite.peek();
    return head != null ? head.id : nextId();
  }

  /** Completes the head request with {@code body}, or with {@code error} when not null. */
  void complete(Pending p, String body, String error) {
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
                        + SubprocessModelInvoker.seconds(seconds)
                        + " s")));
  }

  /** Runs {@code action} once after {@code seconds} on the timer thread. */
  void later(double seconds, Runnable action) {
    timer.later(seconds, action);
  }

  /** Fails every pending request with {@code e}; the first failure wins. */
  void fail(ModelInvocationException e) {
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

  /** Drops the requests not written yet and tells the writer to stop. */
  void stopWriter() {
    toWrite.clear();
    toWrite.add(new Pending(-1, null));
  }

  /** Stops the timer thread. */
  void close() {
    timer.close();
  }
}
