package dev.fairness.cli;

import dev.fairness.Analyzer;
import dev.fairness.OutputDirectory;
import java.io.PrintWriter;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Handles SIGINT and SIGTERM during a run (spec §10.1): stops the model process, removes the
 * staging directory so no output is half-written, and halts with 130 or 143.
 */
final class Interrupts implements AutoCloseable {

  private static volatile boolean signalled;

  private final SignalHandler previousInt;
  private final SignalHandler previousTerm;

  private Interrupts(SignalHandler previousInt, SignalHandler previousTerm) {
    this.previousInt = previousInt;
    this.previousTerm = previousTerm;
  }

  static Interrupts install(Analyzer analyzer, OutputDirectory dir, PrintWriter err) {
    SignalHandler pi = trySet("INT", 130, analyzer, dir, err);
    SignalHandler pt = trySet("TERM", 143, analyzer, dir, err);
    return new Interrupts(pi, pt);
  }

  private static SignalHandler trySet(
      String name, int code, Analyzer analyzer, OutputDirectory dir, PrintWriter err) {
    try {
      return Signal.handle(
          new Signal(name),
          sig -> {
            signalled = true;
            try {
              analyzer.close();
              dir.close();
              err.println("fairness: error: interrupted (SIG" + name + "); no output was written");
              err.flush();
            } finally {
              Runtime.getRuntime().halt(code);
            }
          });
    } catch (IllegalArgumentException e) {
      return null; // signal not available on this platform
    }
  }

  /**
   * Called by the main thread when the run failed: if a signal handler is stopping the run (its
   * shutdown of the model is what made the run fail), blocks until the handler halts the JVM with
   * 130 / 143, so the failure is neither reported nor turned into another exit code.
   */
  static void awaitHaltIfSignalled() {
    while (signalled) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
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
