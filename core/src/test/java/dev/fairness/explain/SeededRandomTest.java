package dev.fairness.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SeededRandomTest {

  @Test
  void lcgRandomRepeatsJavaUtilRandom() {
    for (long seed : new long[] {0, 1, -7, SeededRandom.mix64(42), Long.MIN_VALUE}) {
      Random a = new Random(seed);
      Random b = new LcgRandom(seed);
      for (int i = 0; i < 10_000; i++) {
        assertEquals(a.nextDouble(), b.nextDouble());
        int bound = 1 + (i % 37);
        assertEquals(a.nextInt(bound), b.nextInt(bound));
        assertEquals(a.nextInt(1 << 20), b.nextInt(1 << 20));
        assertEquals(a.nextInt(1_000_000_007), b.nextInt(1_000_000_007));
      }
    }
  }

  @Test
  void streamsAreSeededAsSpecified() {
    long z = 5 ^ (0x9E3779B97F4A7C15L * 4);
    Random expected = new Random(SeededRandom.mix64(z));
    Random actual = SeededRandom.forRecord(5, 3);
    assertEquals(expected.nextLong(), actual.nextLong());
    assertEquals(new Random(SeededRandom.mix64(9)).nextInt(), SeededRandom.forRun(9).nextInt());
    // SplitMix64 finaliser of 1
    assertEquals(0x5692161D100B05E5L, SeededRandom.mix64(1));
  }
}
