package dev.fairness.cli;

import dev.fairness.RunLog;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Writes log lines to stderr as {@code <UTC time> <LEVEL> <message>} (spec §10.2) at or above the
 * chosen level. (The Analyzer collects the warnings for the reports.)
 */
final class StderrLog implements RunLog {

  /** Log levels, least severe first. */
  enum Level {
    DEBUG,
    INFO,
    WARN,
    ERROR;

    static Level parse(String s) {
      return Level.valueOf(s.toUpperCase(Locale.ROOT));
    }
  }

  private final PrintWriter err;
  private final Level threshold;

  StderrLog(PrintWriter err, Level threshold) {
    this.err = err;
    this.threshold = threshold;
  }

  @Override
  public void debug(String message) {
    emit(Level.DEBUG, message);
  }

  @Override
  public void info(String message) {
    emit(Level.INFO, message);
  }

  @Override
  public void warn(String message) {
    emit(Level.WARN, message);
  }

  boolean enabled(Level level) {
    return level.compareTo(threshold) >= 0;
  }

  private synchronized void emit(Level level, String message) {
    if (enabled(level)) {
      err.println(
          Instant.now().truncatedTo(ChronoUnit.MILLIS)
              + " "
              + level
              + " "
              + TerminalText.line(message));
      err.flush();
    }
  }
}
