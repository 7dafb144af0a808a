package dev.fairness.cli;

import dev.fairness.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows progress (rows done, rate, ETA) on one rewritten stderr line, only when stderr is a
 * terminal; silent otherwise so logs and CI output stay clean.
 */
final class TerminalProgress implements Progress {

  private final PrintWriter err;
  private final boolean enabled;
  private long startNanos;
  private long lastPrint;

  TerminalProgress(PrintWriter err) {
    this.err = err;
    this.enabled = System.console() != null && System.getenv("CI") == null;
  }

  @Override
  public synchronized void start(String task, long total) {
    startNanos = System.nanoTime();
    lastPrint = 0;
  }

  @Override
  public synchronized void advance(String task, long done, long total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrint < 250_000_000L && done < total) {
      return;
    }
    lastPrint = now;
    double secs = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = done / secs;
    String eta =
        total > 0 && rate > 0
            ? String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate)
            : "";
    err.print(
        String.format(Locale.ROOT, "\r%s: %d/%d (%.0f/s%s)   ", task, done, total, rate, eta));
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}
