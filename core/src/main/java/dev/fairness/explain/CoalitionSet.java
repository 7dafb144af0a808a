package dev.fairness.explain;

import java.util.Arrays;

/**
 * The masks of one record and their kernel weights (spec §6.4 steps 6–7), in the order they were
 * added. Mask {@code r} has a 1 at column {@code c} when varying feature {@code V_c} takes the
 * record's value.
 */
final class CoalitionSet {

  private final int m;
  private byte[] masks;
  private double[] weights;
  private int size;

  /** Creates an empty set for masks of width {@code m}, sized for {@code capacity} masks. */
  CoalitionSet(int m, int capacity) {
    this.m = m;
    this.masks = new byte[Math.max(1, capacity) * m];
    this.weights = new double[Math.max(1, capacity)];
  }

  /** Appends a mask (copied) with a weight and returns its index. */
  int add(byte[] mask, double weight) {
    if (size == weights.length) {
      int cap = size * 2;
      masks = Arrays.copyOf(masks, cap * m);
      weights = Arrays.copyOf(weights, cap);
    }
    System.arraycopy(mask, 0, masks, size * m, m);
    weights[size] = weight;
    return size++;
  }

  /** Adds {@code delta} to the weight of mask {@code index}. */
  void addWeight(int index, double delta) {
    weights[index] += delta;
  }

  /** Multiplies the weights of masks {@code from..size-1} by {@code factor}. */
  void scaleFrom(int from, double factor) {
    for (int i = from; i < size; i++) {
      weights[i] *= factor;
    }
  }

  /** Returns the sum of the weights of masks {@code from..size-1}. */
  double weightSumFrom(int from) {
    double s = 0;
    for (int i = from; i < size; i++) {
      s += weights[i];
    }
    return s;
  }

  /** Returns the mask width M. */
  int width() {
    return m;
  }

  /** Returns the number of masks. */
  int size() {
    return size;
  }

  /** Returns entry {@code c} (0 or 1) of mask {@code r}. */
  int get(int r, int c) {
    return masks[r * m + c];
  }

  /** Returns the number of ones in mask {@code r}. */
  int ones(int r) {
    int n = 0;
    for (int c = 0; c < m; c++) {
      n += masks[r * m + c];
    }
    return n;
  }

  /** Returns the weight of mask {@code r}. */
  double weight(int r) {
    return weights[r];
  }
}
