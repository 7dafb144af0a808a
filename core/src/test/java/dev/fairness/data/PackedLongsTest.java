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

  @ParameterizedTest
  @ValueSource(longs = {100, 30_000, 2_000_000_000L, 1L << 40})
  void reservedRoomKeepsValuesAndWidth(long widest) {
    PackedLongs p = new PackedLongs(4);
    p.add(-1);
    p.add(widest);
    int width = p.width();
    p.reserve(1000);
    p.reserve(10); // never shrinks
    long[] table = {3, -widest, 0};
    p.addAll(table, new int[] {2, 1, 0, 1}, 0, 4);
    assertEquals(width, p.width());
    long[] expected = {-1, widest, 0, -widest, 3, -widest};
    assertEquals(expected.length, p.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], p.get(i), "value " + i);
    }
    p.trim();
    assertEquals(expected.length, p.size());
    assertEquals(widest, p.get(1));
  }
}
