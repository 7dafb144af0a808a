package dev.fairness.cli;

import dev.fairness.Progress;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Shows progress (rows done, rate, ETA): on a terminal on one rewritten stderr line; otherwise (CI
 * logs) as a log line at most every 10 s ({@code -Dfairness.progress_seconds=N} changes it), so a
 * long run is never silent and a short one adds nothing.
 */
final class TerminalProgress implements Progress {

  private final PrintWriter err;
  private final boolean enabled;
  private final long lineNanos;
  private long startNanos;
  private long lastPrint;
  private boolean printedLine;

  TerminalProgress(PrintWriter err) {
    this.err = err;
    this.enabled = System.console() != null && System.getenv("CI") == null;
    this.lineNanos = (long) (lineSeconds() * 1e9);
  }

  private static double lineSeconds() {
    try {
      return Math.max(0, Double.parseDouble(System.getProperty("fairness.progress_seconds", "10")));
    } catch (NumberFormatException e) {
      return 10;
    }
  }

  @Override
  public synchronized void start(String task, long total) {
    startNanos = System.nanoTime();
    lastPrint = startNanos;
    printedLine = false;
  }

  @Override
  public synchronized void advance(String task, long done, long total) {
    if (!enabled) {
      logLine(task, done, total);
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

  /** Without a terminal: one log line per interval, and the last one when a line was printed. */
  private void logLine(String task, long done, long total) {
    long now = System.nanoTime();
    boolean last = done >= total && printedLine;
    if (now - lastPrint < lineNanos && !last) {
      return;
    }
    lastPrint = now;
    printedLine = true;
    double secs = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = done / secs;
    String eta =
        total > 0 && rate > 0 && done < total
            ? String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate)
            : "";
    err.println(
        Instant.now().truncatedTo(ChronoUnit.MILLIS)
            + " INFO progress: "
            + String.format(Locale.ROOT, "%s %d/%d (%.1f/s%s)", task, done, total, rate, eta));
    err.flush();
  }
}
