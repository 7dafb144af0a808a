package dev.fairness.cli;

import dev.fairness.OutputDirectory;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Handles SIGINT and SIGTERM during a run (spec §10.1): stops the model process, removes the
 * staging directory so no output is half-written, and halts with 130 or 143. A second signal while
 * the model is given its grace period to end kills it at once. A signal after the outputs were
 * moved into place still exits 130 / 143, saying that they are complete.
 */
final class Interrupts implements AutoCloseable {

  private final AtomicInteger signalled = new AtomicInteger();
  private final AtomicInteger received = new AtomicInteger();
  private SignalHandler previousInt;
  private SignalHandler previousTerm;

  private Interrupts() {}

  /**
   * Installs the handlers for a run without a model process ({@code fairness mitigate}): a signal
   * removes the staging directory and halts with 130 or 143.
   */
  static Interrupts install(OutputDirectory dir, PrintWriter err) {
    return install(() -> {}, () -> {}, dir, err);
  }

  static Interrupts install(Runnable close, Runnable kill, OutputDirectory dir, PrintWriter err) {
    Interrupts in = new Interrupts();
    in.previousInt = in.trySet("INT", 130, close, kill, dir, err);
    in.previousTerm = in.trySet("TERM", 143, close, kill, dir, err);
    return in;
  }

  /**
   * Returns the exit code of the signal being handled (130 or 143), or 0 when none arrived. A
   * failure the main thread sees after a signal (the model it was waiting for was stopped) is a
   * consequence of the signal, not a model error: the caller leaves the exit to the handler.
   */
  int signalled() {
    return signalled.get();
  }

  /** Waits for the handler to halt the JVM; returns the signal's code if it has not after 30 s. */
  int awaitHalt() {
    try {
      Thread.sleep(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return signalled.get();
  }

  private SignalHandler trySet(
      String name, int code, Runnable close, Runnable kill, OutputDirectory dir, PrintWriter err) {
    try {
      return Signal.handle(
          new Signal(name),
          sig -> {
            if (received.getAndIncrement() > 0) {
              kill.run(); // the first handler is waiting for the model: end its grace now
              return;
            }
            signalled.compareAndSet(0, code);
            try {
              close.run();
              boolean complete = dir.closeAndTell();
              err.println(
                  "fairness: error: interrupted (SIG"
                      + name
                      + (complete
                          ? ") after the outputs were moved into place; they are complete"
                          : "); no output was written"));
              err.flush();
            } finally {
              Runtime.getRuntime().halt(code);
            }
          });
    } catch (IllegalArgumentException e) {
      return null; // signal not available on this platform
    }
  }

  @Override
  public void close() {
    if (previousInt != null) {
      Signal.handle(new Signal("INT"), previousInt);
    }
    if (previousTerm != null) {
      Signal.handle(new Signal("TERM"), previousTerm);
    }
  }
}
