package dev.fairness.data.csv;

import dev.fairness.data.DataException;
import dev.fairness.data.InputLimits;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader in front of the CSV parser that fails with a {@link DataException} naming {@code
 * file:line} as soon as one field grows past the limit, before the parser has buffered it. It
 * follows RFC 4180 quoting just enough to find field ends: a comma or line break outside quotes
 * ends a field; a doubled quote toggles twice and so stays inside. It also counts the cells of each
 * row and fails with the ragged-row error once a row has more than expected ({@link #expectCells};
 * {@value #MAX_CELLS} before that is known), so a row of a hundred million empty cells is refused
 * instead of filling the heap.
 */
final class CsvFieldLimit extends FilterReader {

  private final Object file;
  private final long limit;
  private long line = 1;
  private long fieldStartLine = 1;
  private long fieldBytes;
  private boolean quoted;
  private boolean afterCr;
  private long rowStartLine = 1;
  private long cells = 1;
  private long maxCells = MAX_CELLS;
  private long expected = -1;

  /** Most cells of one row while the expected number is not known. */
  static final long MAX_CELLS = 1L << 20;

  /**
   * Wraps {@code in}.
   *
   * @param in the decoded file text
   * @param file the file, for the message
   * @param limit most UTF-8 bytes of one field
   */
  CsvFieldLimit(Reader in, Object file, long limit) {
    super(in);
    this.file = file;
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int c = in.read();
    if (c >= 0) {
      see((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      see(buf[off + i]);
    }
    return n;
  }

  /**
   * Refuses, from now on, a row of far more than {@code expected} cells (4 × expected + 1024: a row
   * a few cells too long still gets the parser's exact count).
   */
  void expectCells(int expected) {
    this.expected = expected;
    maxCells = Math.min(MAX_CELLS, 4L * expected + 1024);
  }

  private void see(char c) {
    boolean lineBreak = c == '\n' || c == '\r';
    if (lineBreak && !(c == '\n' && afterCr)) {
      line++;
    }
    afterCr = c == '\r';
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == ',' || lineBreak)) {
      fieldBytes = 0;
      fieldStartLine = line;
      if (lineBreak) {
        cells = 1;
        rowStartLine = line;
      } else if (++cells > maxCells) {
        throw new DataException(
            "Row "
                + rowStartLine
                + " of "
                + file
                + " has more than "
                + maxCells
                + " cells, expected "
                + (expected < 0 ? "at most " + MAX_CELLS : expected));
      }
      return;
    }
    fieldBytes += InputLimits.utf8Length(c);
    if (fieldBytes > limit) {
      throw InputLimits.tooLong(
          file, fieldStartLine, "a CSV field", limit, InputLimits.FIELD_PROPERTY);
    }
  }
}
