package dev.fairness.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads {@code \n}-terminated lines of bytes from a stream into a reusable buffer, none longer than
 * a limit: a model that never ends its line must not fill the heap.
 */
final class LineReader {

  /** A line longer than the limit; nothing more is read. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong(long limit) {
      super("line longer than " + limit + " bytes");
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;

  /** Reads lines of at most {@code maxBytes} bytes (line end not counted). */
  LineReader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * Appends the next line (without its {@code \n} or {@code \r\n}) to {@code out}, which must be
   * empty; returns false at end of stream with nothing read.
   *
   * @throws TooLong once the line has more than the limit's bytes
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
      out.append(buf, start, pos - start);
      if (pos < end) {
        pos++;
        int n = out.length();
        if (n > 0 && out.array()[n - 1] == '\r') { // also when \r and \n came in separate reads
          out.truncate(n - 1);
        }
        check(out.length());
        return true;
      }
      check(out.length() - 1L); // its last byte may be the \r of a \r\n
    }
  }

  private void check(long length) throws TooLong {
    if (length > maxBytes) {
      throw new TooLong(maxBytes);
    }
  }
}
