package dev.fairness.cli;

import dev.fairness.FairnessException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Maps an exception to its exit code and prints the one-line error of spec §10.2 ({@code fairness:
 * error: <message>}, detail lines indented by two spaces). Unknown exceptions are bugs: exit 1,
 * with the stack trace at debug level.
 */
final class ErrorReporter {

  private ErrorReporter() {}

  static ExitCode report(Throwable ex, PrintWriter err, StderrLog log) {
    if (ex instanceof FairnessException fe) {
      err.println(TerminalText.line("fairness: error: " + fe.getMessage()));
      for (String d : fe.details()) {
        err.println("  " + TerminalText.line(d));
      }
      if (log != null && log.enabled(StderrLog.Level.DEBUG)) {
        logTrace(log, ex);
      }
      err.flush();
      return ExitCode.of(fe.kind());
    }
    err.println(
        TerminalText.line(
            "fairness: internal error: "
                + FairnessException.internalReason(ex)
                + "; this is a bug: rerun with --log-level debug for the stack trace and report"
                + " it"));
    if (log != null) {
      logTrace(log, ex);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  /** Logs the stack trace at debug level, one log line per line of it. */
  private static void logTrace(StderrLog log, Throwable ex) {
    for (String line : stackTrace(ex).split("\n")) {
      log.debug(line.stripTrailing());
    }
  }

  private static String stackTrace(Throwable ex) {
    StringWriter sw = new StringWriter();
    ex.printStackTrace(new PrintWriter(sw));
    return sw.toString();
  }
}
