package dev.fairness.data.csv;

import dev.fairness.data.CellKind;
import dev.fairness.data.TextCell;
import java.util.Arrays;

/**
 * The kept cells of one block of CSV lines (see {@link BlockCsvReader}): per kept column, one token
 * per row indexing the column's distinct cell texts of the block, each typed once.
 *
 * @param rows the number of rows in the block (empty lines skipped)
 * @param tokens per kept column, the token of each row (arrays may be longer than {@code rows})
 * @param typed per kept column, the typed cell of each token
 */
record BlockTokens(int rows, int[][] tokens, TextCell[][] typed) {

  /**
   * Splits {@code b[0, end)} — whole lines, the last one perhaps without its {@code \n} — into
   * cells; throws {@link AsciiCsvRows.Unsure} on a quote, CR or non-ASCII byte, a line without
   * {@code cells} cells, or a line longer than {@code maxLineBytes}. The tokens go into {@code
   * reuse} (the arrays of an earlier block, any length) when it is not null.
   */
  static BlockTokens split(
      byte[] b,
      int end,
      int cells,
      int[] kept,
      long maxLineBytes,
      TypedCellCache[] caches,
      int[][] reuse) {
    return new Splitter(b, end, cells, kept, maxLineBytes, reuse).run(caches);
  }

  /**
   * The state of splitting one block. Each line is one call of {@link #line}, a short method the
   * JIT compiles after a few thousand lines, long before a block-long loop would be compiled.
   */
  private static final class Splitter {
    private final byte[] b;
    private final int end;
    private final int cells;
    private final long maxLineBytes;
    private final int[] kept;
    private final BlockDictionary[] dicts;
    private int[][] tokens;
    private int cap;
    private int rows;
    private long packed; // set by cellEnd

    Splitter(byte[] b, int end, int cells, int[] kept, long maxLineBytes, int[][] reuse) {
      this.b = b;
      this.end = end;
      this.cells = cells;
      this.maxLineBytes = maxLineBytes;
      int nk = kept.length;
      this.kept = kept;
      if (reuse != null && reuse.length == nk && nk > 0) {
        tokens = reuse;
        cap = reuse[0].length;
      } else {
        cap = Math.max(16, end / 32);
        tokens = new int[nk][cap];
      }
      dicts = new BlockDictionary[nk];
      for (int k = 0; k < nk; k++) {
        dicts[k] = new BlockDictionary(b);
      }
    }

    BlockTokens run(TypedCellCache[] caches) {
      int i = 0;
      while (i < end) {
        if (b[i] == '\n') {
          i++; // a completely empty line: skipped
          continue;
        }
        if (rows == cap) {
          cap *= 2;
          for (int k = 0; k < tokens.length; k++) {
            tokens[k] = Arrays.copyOf(tokens[k], cap);
          }
        }
        i = line(i);
        rows++;
      }
      CellKind kind = new CellKind();
      TextCell[][] typed = new TextCell[dicts.length][];
      for (int k = 0; k < dicts.length; k++) {
        typed[k] = dicts[k].typed(kind, caches[k]);
      }
      return new BlockTokens(rows, tokens, typed);
    }

    /**
     * Splits the line at {@code start} into row {@link #rows}; returns the next line's start. The
     * byte loops are in small methods of their own ({@link #skipCells}, {@link #cellEnd}, {@link
     * #restOfLine}): they are compiled within a few lines, and this method, whose only loop runs
     * once per kept cell, is compiled once by the JIT rather than again for each of its loops.
     */
    private int line(int start) {
      int i = start;
      int[] kept = this.kept;
      int last = -1; // the index of the cell before the one i starts
      for (int k = 0; k < kept.length; k++) {
        i = skipCells(i, kept[k] - last - 1);
        int cellStart = i;
        i = cellEnd(i);
        int len = i - cellStart;
        tokens[k][rows] =
            len <= 7
                ? dicts[k].shortId(packed | ((long) (len + 1) << 56), cellStart, i)
                : dicts[k].id(cellStart, i);
        last = kept[k];
        if (i >= end || b[i] == '\n') {
          if (last != cells - 1) {
            throw AsciiCsvRows.Unsure.ragged();
          }
          return lineEnd(start, i);
        }
        i++; // the comma
      }
      // after the last kept cell (or at the line start): the other cells, to the line end
      return lineEnd(start, restOfLine(i, cells - 2 - last));
    }

    /**
     * Returns the index of the comma or line end that ends the cell at {@code i}; sets {@link
     * #packed} to the cell's bytes, the first ones shifted out when it has more than eight.
     */
    private int cellEnd(int i) {
      byte[] b = this.b;
      long p = 0;
      while (i < end) {
        byte c = b[i];
        if (c <= ',') {
          if (c == ',' || c == '\n') {
            break;
          }
          if (c == '"' || c == '\r' || c < 0) {
            throw AsciiCsvRows.Unsure.notPlain();
          }
        }
        p = (p << 8) | c;
        i++;
      }
      packed = p;
      return i;
    }

    /**
     * Returns the index of the line end after {@code i}, where the line must have {@code commas}
     * more commas.
     */
    private int restOfLine(int i, int commas) {
      byte[] b = this.b;
      int seen = 0;
      while (i < end) {
        byte c = b[i];
        if (c <= ',') {
          if (c == '\n') {
            break;
          }
          if (c == ',') {
            seen++;
          } else if (c == '"' || c == '\r' || c < 0) {
            throw AsciiCsvRows.Unsure.notPlain();
          }
        }
        i++;
      }
      if (seen != commas) {
        throw AsciiCsvRows.Unsure.ragged();
      }
      return i;
    }

    /** Returns the index after {@code n} more commas of the line; the line must have them. */
    private int skipCells(int i, int n) {
      byte[] b = this.b;
      while (n > 0) {
        if (i >= end) {
          throw AsciiCsvRows.Unsure.ragged();
        }
        byte c = b[i++];
        if (c <= ',') {
          if (c == ',') {
            n--;
          } else if (c == '\n') {
            throw AsciiCsvRows.Unsure.ragged();
          } else if (c == '"' || c == '\r' || c < 0) {
            throw AsciiCsvRows.Unsure.notPlain();
          }
        }
      }
      return i;
    }

    /** Checks the length of the line ending at {@code i}; returns the next line's start. */
    private int lineEnd(int start, int i) {
      if (i - start > maxLineBytes) {
        throw AsciiCsvRows.Unsure.tooLong();
      }
      return i + 1;
    }
  }
}
