package dev.fairness.explain;

import java.util.Random;

/**
 * The seeded random streams of spec §6.5. Every random choice of this package comes from one of
 * these, so results depend only on the seed and the record's table row index, never on batching or
 * threads.
 */
public final class SeededRandom {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private SeededRandom() {}

  /** Returns the SplitMix64 finaliser of {@code z}. */
  public static long mix64(long z) {
    z ^= z >>> 30;
    z *= 0xBF58476D1CE4E5B9L;
    z ^= z >>> 27;
    z *= 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return z;
  }

  /**
   * Returns the generator for the explained record at 0-based table row {@code row}: the sequence
   * of {@code new Random(mix64(seed ^ (0x9E3779B97F4A7C15L * (row + 1))))}.
   */
  public static Random forRecord(long seed, int row) {
    return new LcgRandom(mix64(seed ^ (GOLDEN_GAMMA * (row + 1L))));
  }

  /**
   * Returns the run generator used by the auto-baseline clustering and PDP row sampling: the
   * sequence of {@code new Random(mix64(seed))}.
   */
  public static Random forRun(long seed) {
    return new LcgRandom(mix64(seed));
  }

  /**
   * Returns {@code k} of the indices {@code 0..n-1} chosen uniformly without replacement by
   * reservoir sampling (Algorithm R: {@code j = nextInt(i + 1)} for {@code i >= k}), sorted
   * ascending; all indices when {@code n <= k}.
   */
  public static int[] reservoir(int n, int k, Random rnd) {
    if (n <= k) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] res = new int[k];
    for (int i = 0; i < k; i++) {
      res[i] = i;
    }
    for (int i = k; i < n; i++) {
      int j = rnd.nextInt(i + 1);
      if (j < k) {
        res[j] = i;
      }
    }
    java.util.Arrays.sort(res);
    return res;
  }
}
