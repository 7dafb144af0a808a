package dev.fairness.model;

import java.util.concurrent.CompletableFuture;

/**
 * A transport to the user's model: sends request bodies and delivers response bodies, owning the
 * timeouts, retries and the process or connection lifecycle (spec §8.5, §8.6). Requests are
 * answered in submission order as far as the caller can tell: each has its own future.
 */
public interface ModelInvoker extends AutoCloseable {

  /**
   * Returns how many requests a caller should keep submitted ahead of the one it waits for, so that
   * encoding and parsing overlap with the model's work.
   */
  int window();

  /**
   * Submits a request and returns its response body. The future fails with a {@link
   * ModelResponseException} for a model error that per-record requests may avoid ({@code
   * {"error":…}}, HTTP errors after retries), or with a {@link ModelInvocationException} for a
   * fatal failure (cannot start, process exited, timeout, protocol error); after a fatal failure
   * every later request fails the same way.
   */
  CompletableFuture<String> submit(ModelRequest request);

  /**
   * Releases the model: ends the subprocess (close stdin, wait, destroy, wait, destroy forcibly) or
   * the HTTP client. Requests still pending fail. Safe to call more than once and from any thread.
   */
  @Override
  void close();

  /**
   * Releases the model after the last response was used, as {@link #close}, and throws a {@link
   * ModelInvocationException} when the model's output shows that the responses did not belong to
   * the requests they answered. The default only closes.
   */
  default void finish() {
    close();
  }

  /**
   * Ends the model at once, without grace periods (a subprocess and its descendants are killed);
   * safe from any thread while {@link #close} waits. The default does nothing.
   */
  default void kill() {}
}
