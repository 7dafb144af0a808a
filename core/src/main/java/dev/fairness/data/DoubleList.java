package dev.fairness.data;

import java.util.Arrays;

/** A growable list of {@code double} values: the storage of a FLOAT column being built. */
final class DoubleList {

  private double[] values;
  private int size;

  /** Creates an empty list with room for {@code capacity} values. */
  DoubleList(int capacity) {
    values = new double[Math.max(16, capacity)];
  }

  /** Returns the number of values. */
  int size() {
    return size;
  }

  /** Returns the value at a 0-based index. */
  double get(int i) {
    return values[i];
  }

  /** Makes room for {@code capacity} values; a hint, never a limit. */
  void reserve(int capacity) {
    if (capacity > values.length) {
      values = Arrays.copyOf(values, capacity);
    }
  }

  /** Appends a value. */
  void add(double v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size + Math.max(16, size >> 1));
    }
    values[size++] = v;
  }

  /** Appends {@code table[tokens[i]]} for each {@code i} in {@code [from, to)}. */
  void addAll(double[] table, int[] tokens, int from, int to) {
    int cap = size + to - from;
    if (cap > values.length) {
      values = Arrays.copyOf(values, Math.max(cap, size + Math.max(16, size >> 1)));
    }
    copy(table, tokens, from, to, values, size);
    size = cap;
  }

  /** The copy loop, in a small method of its own that the JIT compiles at once. */
  private static void copy(double[] t, int[] tokens, int from, int to, double[] out, int o) {
    for (int i = from; i < to; i++, o++) {
      out[o] = t[tokens[i]];
    }
  }

  /** Returns the values as an array of exactly {@link #size} elements. */
  double[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
