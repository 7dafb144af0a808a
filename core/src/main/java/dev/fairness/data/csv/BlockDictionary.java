package dev.fairness.data.csv;

import dev.fairness.data.CellKind;
import dev.fairness.data.TextCell;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The distinct byte strings of one column in one block, by first appearance. */
final class BlockDictionary {
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

  BlockDictionary(byte[] src) {
    this.src = src;
  }

  /**
   * Returns the id of a cell of at most 7 bytes, {@code key} being its bytes and length packed into
   * one long (never 0).
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

  TextCell[] typed(CellKind kind, TypedCellCache cache) {
    TextCell[] out = new TextCell[size];
    for (int e = 0; e < size; e++) {
      String raw = new String(src, starts[e], ends[e] - starts[e], StandardCharsets.ISO_8859_1);
      out[e] = cache.get(raw, kind);
    }
    return out;
  }
}
