package dev.fairness.model;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Fails a request that is not answered in time: one daemon timer thread per transport. */
final class RequestTimer implements AutoCloseable {

  private final ScheduledThreadPoolExecutor executor;

  RequestTimer() {
    executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "model-timer");
              t.setDaemon(true);
              return t;
            });
    executor.setRemoveOnCancelPolicy(true);
  }

  /** Runs {@code onTimeout} after {@code seconds} unless the request completes first; once only. */
  void arm(SubprocessModelInvoker.Pending p, double seconds, Runnable onTimeout) {
    synchronized (p) {
      if (p.timeout != null || p.future.isDone()) {
        return;
      }
      p.timeout =
          executor.schedule(
              () -> {
                if (!p.future.isDone()) {
                  onTimeout.run();
                }
              },
              (long) (seconds * 1e9),
              TimeUnit.NANOSECONDS);
    }
  }

  /** Runs {@code action} once after {@code seconds}. */
  void later(double seconds, Runnable action) {
    executor.schedule(action, (long) (seconds * 1e9), TimeUnit.NANOSECONDS);
  }

  /** Cancels the timeout of a completed request. */
  void disarm(SubprocessModelInvoker.Pending p) {
    synchronized (p) {
      if (p.timeout instanceof ScheduledFuture<?> f) {
        f.cancel(false);
      }
      p.timeout = Boolean.TRUE;
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
