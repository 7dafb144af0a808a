package dev.fairness.model;

/**
 * Counts, for {@code lines} framing (spec §8.5), the rows written to the model and the lines it
 * wrote back, and keeps its first line: a model must print exactly one line per row, so any line
 * beyond the rows sent (a banner such as {@code ready} before the first answer) means the answers
 * cannot be matched to the rows.
 */
final class LinesTally {

  private static final int SHOWN = 200;

  private long rowsSent;
  private long linesRead;
  private String firstLine;

  /** Records that a request of {@code rows} rows was written. */
  synchronized void sent(int rows) {
    rowsSent += rows;
  }

  /** Records a line read from the model. */
  synchronized void line(PayloadBuffer line) {
    if (linesRead++ == 0) {
      String text = line.toString();
      firstLine = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
  }

  /** Returns true when the model wrote more lines than rows were sent to it. */
  synchronized boolean surplus() {
    return linesRead > rowsSent;
  }

  /** Returns the error for a model that wrote more lines than rows were sent. */
  synchronized String surplusMessage() {
    return "Model wrote more lines than the "
        + rowsSent
        + " rows it was sent (its first line was "
        + "\""
        + firstLine
        + "\""
        + "); with local.framing lines the model must print exactly one line per row, and"
        + " banners or logs to stderr; or use envelope framing";
  }
}
