package dev.fairness.report;

import java.util.Locale;

/** An output format of the {@code --format} option (spec §1, §9.1) and its file extension. */
public enum ReportFormat {
  /** {@code analysis.json}. */
  JSON("json"),
  /** The self-contained HTML report. */
  HTML("html"),
  /** The Markdown report (GitHub-flavoured tables), fit for a pull-request comment. */
  MARKDOWN("md");

  private final String id;

  ReportFormat(String id) {
    this.id = id;
  }

  /** Returns the name used by {@code --format} and as the file extension, e.g. {@code md}. */
  public String id() {
    return id;
  }

  /**
   * Returns the format whose {@link #id()} is {@code id} (case-insensitive).
   *
   * @throws IllegalArgumentException when no format has that id
   */
  public static ReportFormat fromId(String id) {
    for (ReportFormat f : values()) {
      if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown report format " + id + "; use json, html or md");
  }
}
