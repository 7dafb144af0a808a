package dev.fairness.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Packed storage keeps every value at every width, and counts the negative ones (missing codes).
 */
class PackedLongsTest {

  @ParameterizedTest
  @ValueSource(longs = {100, 30_000, 2_000_000_000L, 1L << 40})
  void keepsValuesAndCountsNegativesAtEveryWidth(long widest) {
    PackedLongs p = new PackedLongs(4);
    long[] values = {-1, 0, 5, -1, 7, -128, widest, -widest, 3};
    for (long v : values) {
      p.add(v);
    }
    p.trim();
    assertEquals(values.length, p.size());
    for (int i = 0; i < values.length; i++) {
      assertEquals(values[i], p.get(i));
    }
    assertEquals(4, p.countNegative());
  }
}
