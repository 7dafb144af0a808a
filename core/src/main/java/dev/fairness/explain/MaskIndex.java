package dev.fairness.explain;

import java.util.Arrays;

/**
 * Finds the index of a previously sampled mask (spec §6.4 step 7): an open-addressing hash table
 * from bit-packed masks to their position in the {@link CoalitionSet}, without per-lookup
 * allocation.
 */
final class MaskIndex {

  private final int words;
  private long[] keys;
  private int[] values;
  private int size;
  private final long[] probe;

  /** Creates an index for masks of width {@code m}, sized for about {@code expected} entries. */
  MaskIndex(int m, int expected) {
    this.words = (m + 63) >>> 6;
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    this.keys = new long[cap * words];
    this.values = new int[cap];
    Arrays.fill(values, -1);
    this.probe = new long[words];
  }

  /** Returns the index stored for the mask, or -1. */
  int get(byte[] mask) {
    pack(mask, probe);
    return values[slot(probe, keys, values)];
  }

  /** Stores the index of the mask last passed to {@link #get} (which must have returned -1). */
  void putLast(int index) {
    if ((size + 1) * 2 > values.length) {
      grow();
    }
    int s = slot(probe, keys, values);
    System.arraycopy(probe, 0, keys, s * words, words);
    values[s] = index;
    size++;
  }

  private int slot(long[] key, long[] ks, int[] vs) {
    int mask = vs.length - 1;
    long h = 0;
    for (long w : key) {
      h = SeededRandom.mix64(h ^ w);
    }
    int s = (int) h & mask;
    while (vs[s] >= 0 && !equal(ks, s, key)) {
      s = (s + 1) & mask;
    }
    return s;
  }

  private boolean equal(long[] ks, int s, long[] key) {
    for (int w = 0; w < words; w++) {
      if (ks[s * words + w] != key[w]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(values, -1);
    long[] key = new long[words];
    for (int s = 0; s < oldValues.length; s++) {
      if (oldValues[s] >= 0) {
        System.arraycopy(oldKeys, s * words, key, 0, words);
        int t = slot(key, keys, values);
        System.arraycopy(key, 0, keys, t * words, words);
        values[t] = oldValues[s];
      }
    }
  }

  private static void pack(byte[] mask, long[] out) {
    Arrays.fill(out, 0L);
    for (int i = 0; i < mask.length; i++) {
      if (mask[i] != 0) {
        out[i >>> 6] |= 1L << (i & 63);
      }
    }
  }
}
