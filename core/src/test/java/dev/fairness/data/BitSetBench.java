package dev.fairness.data;

import dev.fairness.bias.count.RowBits;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark, not a test: {@link RowBits} and the former {@code data.BitMask} (kept below as {@link
 * OldBitMask}, verbatim, so the figures can be re-taken) against {@link java.util.BitSet} on their
 * two workloads, in the same JVM, alternating, after a warm-up. Group bits: set ~30% of n rows in a
 * sized set, then read every row 5 times and count. Missing mask: a growing set marked at ~1% of n
 * rows in row order (as a column is built), then every row read and counted. Prints the median
 * milliseconds of 9 rounds per variant.
 *
 * <p>Run: {@code java -cp core/target/classes:core/target/test-classes
 * dev.fairness.data.BitSetBench 10000000}
 */
public final class BitSetBench {

  private static long sink;

  private BitSetBench() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    boolean[] group = new boolean[n];
    boolean[] miss = new boolean[n];
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      group[i] = r.nextInt(10) < 3;
      miss[i] = r.nextInt(100) == 0;
    }
    long[][] t = new long[4][9];
    for (int round = -3; round < 9; round++) {
      long[] ms = {
        time(() -> rowBits(group)),
        time(() -> bitSetGroup(group)),
        time(() -> bitMask(miss)),
        time(() -> bitSetMissing(miss))
      };
      if (round >= 0) {
        for (int k = 0; k < 4; k++) {
          t[k][round] = ms[k];
        }
      }
    }
    String[] names = {"RowBits", "BitSet (group)", "BitMask (old)", "BitSet (missing)"};
    for (int k = 0; k < 4; k++) {
      Arrays.sort(t[k]);
      System.out.printf(
          Locale.ROOT,
          "%-18s n=%d  median %d ms  (min %d, max %d)%n",
          names[k],
          n,
          t[k][4],
          t[k][0],
          t[k][8]);
    }
    System.out.println("checksum " + sink);
  }

  private static long time(Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static void rowBits(boolean[] in) {
    RowBits b = new RowBits(in.length);
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        b.set(i);
      }
    }
    long s = 0;
    for (int pass = 0; pass < 5; pass++) {
      for (int i = 0; i < in.length; i++) {
        s += b.get(i) ? 1 : 0;
      }
    }
    sink += s + b.count();
  }

  private static void bitSetGroup(boolean[] in) {
    BitSet b = new BitSet(in.length);
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        b.set(i);
      }
    }
    long s = 0;
    for (int pass = 0; pass < 5; pass++) {
      for (int i = 0; i < in.length; i++) {
        s += b.get(i) ? 1 : 0;
      }
    }
    sink += s + b.cardinality();
  }

  private static void bitMask(boolean[] in) {
    OldBitMask b = new OldBitMask();
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        b.set(i);
      }
    }
    long s = 0;
    for (int i = 0; i < in.length; i++) {
      s += b.get(i) ? 1 : 0;
    }
    sink += s + b.count();
  }

  private static void bitSetMissing(boolean[] in) {
    BitSet b = new BitSet();
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        b.set(i);
      }
    }
    long s = 0;
    for (int i = 0; i < in.length; i++) {
      s += b.get(i) ? 1 : 0;
    }
    sink += s + b.cardinality();
  }

  /** The growable missing-row mask that data used before java.util.BitSet (issue 16). */
  static final class OldBitMask {

    private long[] words = new long[4];
    private int count;

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

    boolean get(int row) {
      int w = row >>> 6;
      return w < words.length && (words[w] & (1L << row)) != 0;
    }

    int count() {
      return count;
    }
  }
}
