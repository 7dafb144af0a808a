package dev.fairness.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

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
   * {@code cells} cells, or a line longer than {@code maxLineBytes}.
   */
  static BlockTokens split(
      byte[] b, int end, int cells, int[] kept, long maxLineBytes, TypedCache[] caches) {
    return split(b, end, cells, kept, maxLineBytes, caches, null);
  }

  /**
   * Same as {@link #split(byte[], int, int, int[], long, TypedCache[])}, writing the tokens into
   * {@code reuse} (arrays of an earlier block, any length) when not null.
   */
  static BlockTokens split(
      byte[] b,
      int end,
      int cells,
      int[] kept,
      long maxLineBytes,
      TypedCache[] caches,
      int[][] reuse) {
    return new Splitter(b, end, cells, kept, maxLineBytes, reuse).run(caches);
  }

  /**
   * The typed cells of one column shared by the blocks of a file, so that a cell text seen before
   * is not typed again (typing is a pure function of the text). Holds at most {@value #MAX} texts;
   * beyond that, new texts are typed per block.
   */
  static final class TypedCache {
    static final int MAX = 1 << 14;
    private final ConcurrentHashMap<String, TextCell> cells = new ConcurrentHashMap<>();

    TextCell get(String raw, CellKind kind) {
      TextCell c = cells.get(raw);
      if (c == null) {
        c = TextCell.of(raw, kind);
        if (cells.size() < MAX) {
          cells.putIfAbsent(raw, c);
        }
      }
      return c;
    }
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
    private final Dictionary[] dicts;
    private int[][] tokens;
    private int cap;
    private int rows;

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
      dicts = new Dictionary[nk];
      for (int k = 0; k < nk; k++) {
        dicts[k] = new Dictionary(b);
      }
    }

    BlockTokens run(TypedCache[] caches) {
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

    /** Splits the line at {@code start} into row {@link #rows}; returns the next line's start. */
    private int line(int start) {
      byte[] b = this.b;
      int i = start;
      int[] kept = this.kept;
      int last = -1; // the index of the cell before the one i starts
      for (int k = 0; k < kept.length; k++) {
        i = skipCells(i, kept[k] - last - 1);
        long packed = 0; // the first bytes, for the one-compare lookup of short cells
        int cellStart = i;
        byte c = '\n';
        while (i < end) {
          c = b[i];
          if (c <= ',') {
            if (c == ',' || c == '\n') {
              break;
            }
            if (c == '"' || c == '\r' || c < 0) {
              throw new AsciiCsvRows.Unsure("quote, CR or non-ASCII byte");
            }
          }
          packed = (packed << 8) | c;
          i++;
        }
        int len = i - cellStart;
        tokens[k][rows] =
            len <= 7
                ? dicts[k].shortId(packed | ((long) (len + 1) << 56), cellStart, i)
                : dicts[k].id(cellStart, i);
        last = kept[k];
        if (i >= end || c == '\n') {
          if (last != cells - 1) {
            throw new AsciiCsvRows.Unsure("ragged row");
          }
          return lineEnd(start, i);
        }
        i++; // the comma
      }
      // after the last kept cell (or at the line start): the other cells, to the line end
      int commas = 0;
      while (i < end) {
        byte c = b[i];
        if (c <= ',') {
          if (c == '\n') {
            break;
          }
          if (c == ',') {
            commas++;
          } else if (c == '"' || c == '\r' || c < 0) {
            throw new AsciiCsvRows.Unsure("quote, CR or non-ASCII byte");
          }
        }
        i++;
      }
      if (commas != cells - 2 - last) {
        throw new AsciiCsvRows.Unsure("ragged row");
      }
      return lineEnd(start, i);
    }

    /** Returns the index after {@code n} more commas of the line; the line must have them. */
    private int skipCells(int i, int n) {
      byte[] b = this.b;
      while (n > 0) {
        if (i >= end) {
          throw new AsciiCsvRows.Unsure("ragged row");
        }
        byte c = b[i++];
        if (c <= ',') {
          if (c == ',') {
            n--;
          } else if (c == '\n') {
            throw new AsciiCsvRows.Unsure("ragged row");
          } else if (c == '"' || c == '\r' || c < 0) {
            throw new AsciiCsvRows.Unsure("quote, CR or non-ASCII byte");
          }
        }
      }
      return i;
    }

    /** Checks the length of the line ending at {@code i}; returns the next line's start. */
    private int lineEnd(int start, int i) {
      if (i - start > maxLineBytes) {
        throw new AsciiCsvRows.Unsure("line longer than the field limit");
      }
      return i + 1;
    }
  }

  /** The distinct byte strings of one column in one block, by first appearance. */
  private static final class Dictionary {
    private final byte[] src;
    private int[] table = new int[64]; // entry + 1, 0 = free; cells of 8 bytes or more
    private int longSize;
    private long[] shortKeys = new long[64]; // packed cells of at most 7 bytes, 0 = free
    private int[] shortIds = new int[64];
    private int shortSize;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] hashes = new int[16];
    private int size;

    Dictionary(byte[] src) {
      this.src = src;
    }

    /**
     * Returns the id of a cell of at most 7 bytes, {@code key} being its bytes and length packed
     * into one long (never 0).
     */
    int shortId(long key, int from, int to) {
      long[] keys = shortKeys;
      int mask = keys.length - 1;
      int p = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
      while (true) {
        long k = keys[p];
        if (k == key) {
          return shortIds[p];
        }
        if (k == 0) {
          int e = append(from, to, 0);
          keys[p] = key;
          shortIds[p] = e;
          if (++shortSize * 2 > keys.length) {
            rehashShort();
          }
          return e;
        }
        p = (p + 1) & mask;
      }
    }

    private void rehashShort() {
      long[] keys = new long[shortKeys.length * 2];
      int[] ids = new int[keys.length];
      int mask = keys.length - 1;
      for (int q = 0; q < shortKeys.length; q++) {
        long key = shortKeys[q];
        if (key != 0) {
          int p = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
          while (keys[p] != 0) {
            p = (p + 1) & mask;
          }
          keys[p] = key;
          ids[p] = shortIds[q];
        }
      }
      shortKeys = keys;
      shortIds = ids;
    }

    /** Returns the id of a cell of 8 bytes or more. */
    int id(int from, int to) {
      byte[] b = src;
      int h = 1;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      int mask = table.length - 1;
      int p = (h ^ (h >>> 16)) & mask;
      while (true) {
        int e = table[p] - 1;
        if (e < 0) {
          return add(from, to, h, p);
        }
        if (hashes[e] == h && Arrays.equals(b, starts[e], ends[e], b, from, to)) {
          return e;
        }
        p = (p + 1) & mask;
      }
    }

    private int add(int from, int to, int h, int p) {
      int e = append(from, to, h);
      table[p] = e + 1;
      if (++longSize * 2 > table.length) {
        rehash();
      }
      return e;
    }

    /** Appends a new distinct cell; returns its id. */
    private int append(int from, int to, int h) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      starts[size] = from;
      ends[size] = to;
      hashes[size] = h;
      return size++;
    }

    private void rehash() {
      int[] t = new int[table.length * 2];
      int mask = t.length - 1;
      for (int e = 0; e < size; e++) {
        if (ends[e] - starts[e] <= 7) {
          continue; // in the short-cell table
        }
        int h = hashes[e];
        int p = (h ^ (h >>> 16)) & mask;
        while (t[p] != 0) {
          p = (p + 1) & mask;
        }
        t[p] = e + 1;
      }
      table = t;
    }

    TextCell[] typed(CellKind kind, TypedCache cache) {
      TextCell[] out = new TextCell[size];
      for (int e = 0; e < size; e++) {
        String raw = new String(src, starts[e], ends[e] - starts[e], StandardCharsets.ISO_8859_1);
        out[e] = cache.get(raw, kind);
      }
      return out;
    }
  }
}
