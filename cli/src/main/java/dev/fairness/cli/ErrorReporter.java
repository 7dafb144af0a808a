package dev.fairness.cli;

import dev.fairness.FairnessException;
import dev.fairness.config.ConfigException;
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
      err.println("fairness: error: " + fe.getMessage());
      if (fe instanceof ConfigException ce) {
        for (String d : ce.details()) {
          err.println("  " + d);
        }
      }
      if (log != null && log.enabled(StderrLog.Level.DEBUG)) {
        log.debug(stackTrace(ex));
      }
      err.flush();
      return ExitCode.of(fe.kind());
    }
    err.println("fairness: internal error: " + ex.getClass().getName() + ": " + ex.getMessage());
    if (log != null) {
      log.debug(stackTrace(ex));
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  private static String stackTrace(Throwable ex) {
    StringWriter sw = new StringWriter();
    ex.printStackTrace(new PrintWriter(sw));
    return sw.toString();
  }
}
