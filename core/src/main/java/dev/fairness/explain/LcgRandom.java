package dev.fairness.explain;

import java.util.Random;

/**
 * A {@link java.util.Random} whose 48-bit linear congruential state is a plain field instead of an
 * {@code AtomicLong}: the sequence of every method is exactly {@code java.util.Random}'s (its
 * algorithm is fixed by the Java API contract and all methods used here go through {@link
 * #next(int)}), without the compare-and-set cost on each draw. Not thread-safe; each instance
 * belongs to one record or one run.
 */
final class LcgRandom extends Random {

  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;

  // No initializer: Random's constructor calls setSeed before this class's initializers would run.
  private long state;

  /** Creates a generator equal to {@code new Random(seed)}. */
  LcgRandom(long seed) {
    super(seed);
  }

  @Override
  public synchronized void setSeed(long seed) {
    super.setSeed(seed);
    state = (seed ^ MULTIPLIER) & MASK;
  }

  @Override
  protected int next(int bits) {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return (int) (state >>> (48 - bits));
  }

  @Override
  public double nextGaussian() {
    throw new UnsupportedOperationException("not used by this package");
  }
}
