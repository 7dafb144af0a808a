package dev.fairness.mitigate;

/**
 * Counts of positive and negative rows per distinct (score, group), in an open-addressing table:
 * rows that share a score are counted once per score rather than sorted one by one. Scores equal by
 * {@code ==} share an entry ({@code -0.0} is stored as {@code 0.0}).
 */
final class ScoreTally {

  private static final long MIX = 0x9E3779B97F4A7C15L;

  private long[] bits;
  private int[] group;
  private int[] pos;
  private int[] neg;
  private int size;

  ScoreTally() {
    allocate(1 << 12);
  }

  private void allocate(int capacity) {
    bits = new long[capacity];
    group = new int[capacity];
    pos = new int[capacity];
    neg = new int[capacity];
    java.util.Arrays.fill(group, -1);
    size = 0;
  }

  /** Counts one row. */
  void add(double score, int g, boolean positive) {
    long b = Double.doubleToRawLongBits(score == 0.0 ? 0.0 : score);
    int slot = find(b, g);
    if (group[slot] < 0) {
      bits[slot] = b;
      group[slot] = g;
      size++;
    }
    if (positive) {
      pos[slot]++;
    } else {
      neg[slot]++;
    }
    if (size * 2 > bits.length) {
      grow();
    }
  }

  private int find(long b, int g) {
    int mask = bits.length - 1;
    long h = (b ^ ((long) g * MIX)) * MIX;
    int slot = (int) (h >>> 40) & mask;
    while (group[slot] >= 0 && (bits[slot] != b || group[slot] != g)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] ob = bits;
    int[] og = group;
    int[] op = pos;
    int[] on = neg;
    allocate(ob.length * 2);
    for (int i = 0; i < ob.length; i++) {
      if (og[i] >= 0) {
        int slot = find(ob[i], og[i]);
        bits[slot] = ob[i];
        group[slot] = og[i];
        pos[slot] = op[i];
        neg[slot] = on[i];
        size++;
      }
    }
  }

  /** Returns per group its distinct scores, ascending. */
  double[][] distinctScores(int groups) {
    int[] n = new int[groups];
    for (int i = 0; i < bits.length; i++) {
      if (group[i] >= 0) {
        n[group[i]]++;
      }
    }
    double[][] out = new double[groups][];
    for (int g = 0; g < groups; g++) {
      out[g] = new double[n[g]];
      n[g] = 0;
    }
    for (int i = 0; i < bits.length; i++) {
      if (group[i] >= 0) {
        out[group[i]][n[group[i]]++] = Double.longBitsToDouble(bits[i]);
      }
    }
    for (double[] v : out) {
      java.util.Arrays.sort(v);
    }
    return out;
  }

  /** Returns the positive rows of (score, group). */
  int positives(double score, int g) {
    return pos[find(Double.doubleToRawLongBits(score), g)];
  }

  /** Returns the negative rows of (score, group). */
  int negatives(double score, int g) {
    return neg[find(Double.doubleToRawLongBits(score), g)];
  }
}
