package dev.fairness.data.csv;

import dev.fairness.data.DatasetFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A fast {@link CsvRows} for the common case of spec §3.1: ASCII bytes, {@code \n} line ends, no
 * quote character. It splits lines on {@code ,} straight from a byte buffer and builds a {@link
 * String} only for the cells asked for. Whenever the file leaves that case — a {@code "}, a {@code
 * \r}, a byte ≥ 0x80 (UTF-8, BOM, invalid bytes) or a record with the wrong number of cells — it
 * throws {@link Unsure}, and the caller reads the whole dataset again with {@link CommonsCsvRows},
 * which gives the spec's results and messages for every file. On the files it accepts, both readers
 * yield the same records and cells.
 */
final class AsciiCsvRows implements CsvRows {

  /** Thrown when the file needs the full RFC 4180 reader; carries no stack trace. */
  static final class Unsure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Unsure(String why) {
      super(why, null, false, false);
    }

    /** A quote, a CR or a byte ≥ 0x80: quoting, CRLF and UTF-8 are the full reader's. */
    static Unsure notPlain() {
      return new Unsure("quote, CR or non-ASCII byte");
    }

    /** A record with the wrong number of cells: the full reader names its line. */
    static Unsure ragged() {
      return new Unsure("ragged row");
    }

    /** A line that may hold a field over the limit: the full reader measures it exactly. */
    static Unsure tooLong() {
      return new Unsure("line longer than the field limit");
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private byte[] buf = new byte[1 << 20];
  private int pos;
  private int limit;
  private boolean eof;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int cells;

  /** Opens a file's bytes ({@code .gz} gunzipped). */
  AsciiCsvRows(Path file, long maxFieldBytes) throws IOException {
    this.maxLineBytes = maxFieldBytes;
    in = DatasetFiles.openBytes(file);
  }

  @Override
  public boolean next() throws IOException {
    while (true) {
      int end = scanLine();
      if (end < 0) {
        if (eof) {
          if (pos == limit) {
            return false;
          }
          end = limit; // a last line without line end
        } else {
          refill();
          continue;
        }
      }
      ends[cells - 1] = end;
      int start = pos;
      pos = end < limit ? end + 1 : end;
      if (end > start) {
        return true;
      }
      // a completely empty line: skipped
    }
  }

  /**
   * Splits the line starting at {@code pos} into {@link #starts}/{@link #ends}; returns the index
   * of its {@code \n}, or -1 when the buffer ends first.
   */
  private int scanLine() {
    byte[] b = buf;
    int cell = 0;
    starts[0] = pos;
    for (int i = pos; i < limit; i++) {
      byte c = b[i];
      if (c == ',') {
        if (cell + 1 == starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
          ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[cell] = i;
        starts[++cell] = i + 1;
      } else if (c == '\n') {
        cells = cell + 1;
        return i;
      } else if (c == '"' || c == '\r' || c < 0) {
        throw Unsure.notPlain();
      }
    }
    cells = cell + 1;
    return -1;
  }

  private void refill() throws IOException {
    int keep = limit - pos;
    if (keep > maxLineBytes) {
      // a line this long may hold a field over the limit: the full reader measures it exactly
      throw Unsure.tooLong();
    }
    if (pos == 0 && keep == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    } else {
      System.arraycopy(buf, pos, buf, 0, keep);
    }
    pos = 0;
    limit = keep;
    int r = in.readNBytes(buf, limit, buf.length - limit);
    limit += r;
    eof = limit < buf.length;
  }

  @Override
  public int size() {
    return cells;
  }

  @Override
  public String cell(int j) {
    return new String(buf, starts[j], ends[j] - starts[j], StandardCharsets.ISO_8859_1);
  }

  @Override
  public RuntimeException ragged(Path file, int expected) {
    return Unsure.ragged();
  }

  /**
   * Returns the bytes after the current record: what is left in the buffer, then the rest of the
   * file. This reader must not be advanced afterwards.
   */
  InputStream remainder() {
    InputStream head = new ByteArrayInputStream(buf, pos, limit - pos);
    return eof ? head : new SequenceInputStream(head, in);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
