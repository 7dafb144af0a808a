package dev.fairness.model;

import java.io.IOException;
import java.io.InputStream;

/** Reads {@code \n}-terminated lines of bytes from a stream into a reusable buffer. */
final class LineReader {

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;

  LineReader(InputStream in) {
    this.in = in;
  }

  /**
   * Appends the next line (without its {@code \n} or {@code \r\n}) to {@code out}; returns false at
   * end of stream with nothing read.
   */
  boolean readLine(PayloadBuffer out) throws IOException {
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return any;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n') {
        pos++;
      }
      if (pos < end) {
        int stop = pos > start && buf[pos - 1] == '\r' ? pos - 1 : pos;
        out.append(buf, start, stop - start);
        pos++;
        return true;
      }
      out.append(buf, start, pos - start);
    }
  }
}
