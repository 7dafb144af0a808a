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
