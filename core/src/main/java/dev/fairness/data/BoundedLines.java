package dev.fairness.data;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into lines like {@link java.io.BufferedReader#readLine()} ({@code \n}, {@code \r} or
 * {@code \r\n} end a line) but fails with a {@link DataException} naming {@code file:line} as soon
 * as one line grows past the limit, so a file without line breaks cannot exhaust the heap.
 */
final class BoundedLines implements AutoCloseable {

  private final Reader in;
  private final Object file;
  private final long limit;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int end;
  private long line;
  private boolean skipLf;

  /**
   * Reads lines of {@code in}.
   *
   * @param in the decoded file text
   * @param file the file, for the message
   * @param limit most UTF-8 bytes of one line
   */
  BoundedLines(Reader in, Object file, long limit) {
    this.in = in;
    this.file = file;
    this.limit = limit;
  }

  /** Returns the next line without its terminator, or null at the end of the input. */
  String next() throws IOException {
    StringBuilder sb = null;
    long bytes = 0;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (sb == null) {
            return null;
          }
          line++;
          return sb.toString();
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      if (sb == null) {
        sb = new StringBuilder();
      }
      int start = pos;
      while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
        bytes += InputLimits.utf8Length(buf[pos]);
        pos++;
      }
      if (bytes > limit) {
        throw InputLimits.tooLong(
            file, line + 1, "a JSON Lines line", limit, InputLimits.LINE_PROPERTY);
      }
      sb.append(buf, start, pos - start);
      if (pos < end) {
        skipLf = buf[pos] == '\r';
        pos++;
        line++;
        return sb.toString();
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
