package dev.fairness.data;

import java.util.Arrays;

/**
 * A growable list of {@code long} values stored with the narrowest element width (1, 2, 4 or 8
 * bytes) that holds every value added so far; the width only ever grows. This keeps INT, BOOL and
 * dictionary-code columns small (spec §3.6): a 0/1 label over 10 million rows takes 10 MB.
 */
final class PackedLongs {

  private byte[] bytes;
  private short[] shorts;
  private int[] ints;
  private long[] longs;
  private int width = 1;
  private int size;

  /** Creates an empty list with room for {@code capacity} values of one byte. */
  PackedLongs(int capacity) {
    bytes = new byte[Math.max(capacity, 16)];
  }

  /** Returns the number of values. */
  int size() {
    return size;
  }

  /** Appends a value, widening the storage when it does not fit. */
  void add(long v) {
    int need = widthOf(v);
    if (need > width) {
      widen(need);
    }
    switch (width) {
      case 1 -> {
        if (size == bytes.length) {
          bytes = Arrays.copyOf(bytes, grow(size));
        }
        bytes[size] = (byte) v;
      }
      case 2 -> {
        if (size == shorts.length) {
          shorts = Arrays.copyOf(shorts, grow(size));
        }
        shorts[size] = (short) v;
      }
      case 4 -> {
        if (size == ints.length) {
          ints = Arrays.copyOf(ints, grow(size));
        }
        ints[size] = (int) v;
      }
      default -> {
        if (size == longs.length) {
          longs = Arrays.copyOf(longs, grow(size));
        }
        longs[size] = v;
      }
    }
    size++;
  }

  /**
   * Appends {@code table[tokens[i]]} for each {@code i} in {@code [from, to)}: the same values as
   * that many {@link #add} calls, widened once and copied in one plain loop (each in a small method
   * of its own, which the JIT compiles at once).
   */
  void addAll(long[] table, int[] tokens, int from, int to) {
    int need = width;
    for (long v : table) {
      need = Math.max(need, widthOf(v));
    }
    widen(need);
    int cap = size + to - from;
    int room = Math.max(cap, grow(size));
    switch (width) {
      case 1 -> {
        bytes = cap > bytes.length ? Arrays.copyOf(bytes, room) : bytes;
        byte[] t = new byte[table.length];
        for (int j = 0; j < t.length; j++) {
          t[j] = (byte) table[j];
        }
        copyBytes(t, tokens, from, to, bytes, size);
      }
      case 2 -> {
        shorts = cap > shorts.length ? Arrays.copyOf(shorts, room) : shorts;
        short[] t = new short[table.length];
        for (int j = 0; j < t.length; j++) {
          t[j] = (short) table[j];
        }
        copyShorts(t, tokens, from, to, shorts, size);
      }
      case 4 -> {
        ints = cap > ints.length ? Arrays.copyOf(ints, room) : ints;
        int[] t = new int[table.length];
        for (int j = 0; j < t.length; j++) {
          t[j] = (int) table[j];
        }
        copyInts(t, tokens, from, to, ints, size);
      }
      default -> {
        longs = cap > longs.length ? Arrays.copyOf(longs, room) : longs;
        copyLongs(table, tokens, from, to, longs, size);
      }
    }
    size = cap;
  }

  private static void copyBytes(byte[] t, int[] tokens, int from, int to, byte[] out, int o) {
    for (int i = from; i < to; i++, o++) {
      out[o] = t[tokens[i]];
    }
  }

  private static void copyShorts(short[] t, int[] tokens, int from, int to, short[] out, int o) {
    for (int i = from; i < to; i++, o++) {
      out[o] = t[tokens[i]];
    }
  }

  private static void copyInts(int[] t, int[] tokens, int from, int to, int[] out, int o) {
    for (int i = from; i < to; i++, o++) {
      out[o] = t[tokens[i]];
    }
  }

  private static void copyLongs(long[] t, int[] tokens, int from, int to, long[] out, int o) {
    for (int i = from; i < to; i++, o++) {
      out[o] = t[tokens[i]];
    }
  }

  /**
   * Returns the storage when every value takes one byte (it may be longer than size), else null.
   */
  byte[] bytesOrNull() {
    return width == 1 ? bytes : null;
  }

  /** Returns the value at a 0-based index. */
  long get(int i) {
    return switch (width) {
      case 1 -> bytes[i];
      case 2 -> shorts[i];
      case 4 -> ints[i];
      default -> longs[i];
    };
  }

  /** Returns a new list holding the values at the given indices, in that order. */
  PackedLongs select(int[] rows) {
    PackedLongs out = new PackedLongs(rows.length);
    out.widen(width);
    for (int r : rows) {
      out.add(get(r));
    }
    return out;
  }

  /** Returns how many values are negative (one plain loop over the storage). */
  int countNegative() {
    int n = 0;
    switch (width) {
      case 1 -> {
        for (int i = 0; i < size; i++) {
          n += bytes[i] >>> 31;
        }
      }
      case 2 -> {
        for (int i = 0; i < size; i++) {
          n += shorts[i] >>> 31;
        }
      }
      case 4 -> {
        for (int i = 0; i < size; i++) {
          n += ints[i] >>> 31;
        }
      }
      default -> {
        for (int i = 0; i < size; i++) {
          n += (int) (longs[i] >>> 63);
        }
      }
    }
    return n;
  }

  /**
   * Makes room for {@code capacity} values of the current width, so that adding up to that many
   * does not copy the storage again; a hint, never a limit.
   */
  void reserve(int capacity) {
    if (capacity <= currentCapacity()) {
      return;
    }
    switch (width) {
      case 1 -> bytes = Arrays.copyOf(bytes, capacity);
      case 2 -> shorts = Arrays.copyOf(shorts, capacity);
      case 4 -> ints = Arrays.copyOf(ints, capacity);
      default -> longs = Arrays.copyOf(longs, capacity);
    }
  }

  /** Returns the bytes one value takes now (1, 2, 4 or 8). */
  int width() {
    return width;
  }

  /** Releases unused capacity; call once no more values will be added. */
  PackedLongs trim() {
    switch (width) {
      case 1 -> bytes = bytes.length == size ? bytes : Arrays.copyOf(bytes, size);
      case 2 -> shorts = shorts.length == size ? shorts : Arrays.copyOf(shorts, size);
      case 4 -> ints = ints.length == size ? ints : Arrays.copyOf(ints, size);
      default -> longs = longs.length == size ? longs : Arrays.copyOf(longs, size);
    }
    return this;
  }

  private static int widthOf(long v) {
    if (v == (byte) v) {
      return 1;
    }
    if (v == (short) v) {
      return 2;
    }
    return v == (int) v ? 4 : 8;
  }

  private static int grow(int n) {
    return n + Math.max(16, n >> 1);
  }

  private void widen(int to) {
    if (to <= width) {
      return;
    }
    int cap = Math.max(16, currentCapacity());
    switch (to) {
      case 2 -> {
        shorts = new short[cap];
        for (int i = 0; i < size; i++) {
          shorts[i] = (short) get(i);
        }
      }
      case 4 -> {
        ints = new int[cap];
        for (int i = 0; i < size; i++) {
          ints[i] = (int) get(i);
        }
      }
      default -> {
        longs = new long[cap];
        for (int i = 0; i < size; i++) {
          longs[i] = get(i);
        }
      }
    }
    if (width == 1) {
      bytes = null;
    } else if (width == 2) {
      shorts = null;
    } else if (width == 4) {
      ints = null;
    }
    width = to;
  }

  private int currentCapacity() {
    return switch (width) {
      case 1 -> bytes.length;
      case 2 -> shorts.length;
      case 4 -> ints.length;
      default -> longs.length;
    };
  }
}
