package dev.fairness.bias.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.fairness.bias.TestColumns;
import dev.fairness.data.Column;
import dev.fairness.data.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The codes read from a column's one-byte storage ({@link Column#storedBytes}) equal those of the
 * row-by-row path, which the test-scope column (no stored bytes) takes.
 */
class ValueCodesTest {

  private static void assertSameCodes(List<Object> values, String what) {
    Column stored = Columns.fromValues("c", values);
    Column plain = TestColumns.of("c", values.toArray());
    assertEquals(plain.type(), stored.type(), what);
    ValueCodes e = ValueCodes.of(plain);
    ValueCodes a = ValueCodes.of(stored);
    if (e == null) {
      assertEquals(null, a, what);
      return;
    }
    assertNotNull(a, what);
    assertEquals(e.size(), a.size(), what);
    assertEquals(e.bytes() == null, a.bytes() == null, what);
    for (int i = 0; i < values.size(); i++) {
      assertEquals(e.raw(i), a.raw(i), what + " row " + i);
    }
    for (int c = 0; c < e.size(); c++) {
      assertEquals(e.rows(c), a.rows(c), what + " code " + c);
      if (e.rows(c) > 0) {
        assertEquals(e.value(c), a.value(c), what + " code " + c);
      }
    }
  }

  @Test
  void storedBytesGiveTheCodesOfTheRowByRowPath() {
    Random rnd = new Random(7);
    for (int t = 0; t < 300; t++) {
      int n = 1 + rnd.nextInt(500);
      List<Object> values = new ArrayList<>();
      int kind = t % 5;
      long first = rnd.nextInt(256) - 128;
      int spread = rnd.nextBoolean() ? 3 : 1 + rnd.nextInt(200);
      int distinct = rnd.nextBoolean() ? 1 + rnd.nextInt(5) : 200 + rnd.nextInt(100);
      for (int i = 0; i < n; i++) {
        Object v =
            switch (kind) {
              case 0, 1 -> // integers near the first one; sometimes beyond one byte's reach
                  Math.max(-128, Math.min(127, first + rnd.nextInt(2 * spread + 1) - spread));
              case 2 -> rnd.nextBoolean();
              case 3 -> "v" + rnd.nextInt(distinct);
              default -> rnd.nextInt(10) == 0 ? null : "w" + rnd.nextInt(distinct);
            };
        values.add(v instanceof Integer x ? Long.valueOf(x) : v);
      }
      if (kind == 1) {
        values.set(0, first); // the first value decides the byte window
      }
      assertSameCodes(values, "case " + t + " kind " + kind);
    }
  }

  @Test
  void wideIntegersKeepTheRowByRowPath() {
    assertSameCodes(Arrays.asList(1000L, 1001L, 999L), "two-byte storage");
    assertSameCodes(Arrays.asList(-128L, 127L, 0L), "range of 255");
    assertSameCodes(Arrays.asList(0L, 126L, 127L, -1L), "within 127 of the first");
  }
}
