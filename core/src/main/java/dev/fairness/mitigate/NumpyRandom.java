package dev.fairness.mitigate;

/**
 * numpy's legacy {@code RandomState(seed).rand()}: MT19937 seeded by {@code init_genrand} and
 * doubles of 53 random bits, so that a seeded draw equals Fairlearn's {@code
 * predict(random_state=seed)} on the same rows in the same order.
 */
public final class NumpyRandom {

  private static final int N = 624;
  private static final int M = 397;
  private final int[] mt = new int[N];
  private int index;

  /** Creates the generator of {@code numpy.random.RandomState(seed)}, 0 ≤ seed < 2^32. */
  public NumpyRandom(long seed) {
    if (seed < 0 || seed > 0xffffffffL) {
      throw new IllegalArgumentException("seed must be between 0 and 2**32 - 1");
    }
    mt[0] = (int) seed;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    index = N;
  }

  /** Returns the next double in [0, 1), as {@code RandomState.rand()} does. */
  public double nextDouble() {
    long a = (nextInt() & 0xffffffffL) >>> 5;
    long b = (nextInt() & 0xffffffffL) >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  private int nextInt() {
    if (index >= N) {
      twist();
    }
    int y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  private void twist() {
    for (int i = 0; i < N; i++) {
      int y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
      int next = mt[(i + M) % N] ^ (y >>> 1);
      mt[i] = (y & 1) != 0 ? next ^ 0x9908b0df : next;
    }
    index = 0;
  }
}
