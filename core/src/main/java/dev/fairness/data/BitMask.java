package dev.fairness.data;

import java.util.Arrays;

/** A growable set of row indices, one bit per row; marks missing cells of INT and BOOL columns. */
final class BitMask {

  private long[] words = new long[4];
  private int count;

  /** Marks a row; marking a row twice counts it once. */
  void set(int row) {
    int w = row >>> 6;
    if (w >= words.length) {
      words = Arrays.copyOf(words, Math.max(w + 1, words.length * 2));
    }
    long bit = 1L << row;
    if ((words[w] & bit) == 0) {
      words[w] |= bit;
      count++;
    }
  }

  /** Returns true when the row is marked. */
  boolean get(int row) {
    int w = row >>> 6;
    return w < words.length && (words[w] & (1L << row)) != 0;
  }

  /** Returns the number of marked rows. */
  int count() {
    return count;
  }

  /** Returns a mask whose row i is marked when row {@code rows[i]} of this mask is. */
  BitMask select(int[] rows) {
    BitMask out = new BitMask();
    for (int i = 0; i < rows.length; i++) {
      if (get(rows[i])) {
        out.set(i);
      }
    }
    return out;
  }
}
