package dev.fairness;

import java.util.ArrayList;
import java.util.List;

/**
 * Where core code sends its log lines (spec §10.2); core never prints. The command line writes them
 * to stderr as {@code <UTC time> <LEVEL> <message>} and keeps the warnings for the reports.
 */
public interface RunLog {

  /** Logs a debug line. */
  void debug(String message);

  /** Logs an info line (progress, Clarify's classification lines, ignored keys). */
  void info(String message);

  /** Logs a warn line; every warn line also appears in the reports' warnings section. */
  void warn(String message);

  /**
   * Logs a {@link Finding}: by default its {@link Finding#text() text} as a warn line. Logs that
   * keep warnings for the reports keep the finding itself, with its code and fix.
   */
  default void finding(Finding finding) {
    warn(finding.text());
  }

  /** Returns a log that drops everything. */
  static RunLog silent() {
    return new Recording();
  }

  /** A log that keeps every line in memory, for tests and for collecting warnings. */
  final class Recording implements RunLog {
    private final List<String> lines = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    @Override
    public synchronized void debug(String message) {
      lines.add("DEBUG " + message);
    }

    @Override
    public synchronized void info(String message) {
      lines.add("INFO " + message);
    }

    @Override
    public synchronized void warn(String message) {
      lines.add("WARN " + message);
    }

    @Override
    public synchronized void finding(Finding finding) {
      findings.add(finding);
      warn(finding.text());
    }

    /** Returns the findings logged through {@link #finding}, in order. */
    public synchronized List<Finding> findings() {
      return List.copyOf(findings);
    }

    /** Returns every line, prefixed with its level and a space. */
    public synchronized List<String> lines() {
      return List.copyOf(lines);
    }

    /** Returns the messages of the warn lines. */
    public synchronized List<String> warnings() {
      return lines.stream().filter(l -> l.startsWith("WARN ")).map(l -> l.substring(5)).toList();
    }
  }
}
