package dev.fairness.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.RunLog;
import dev.fairness.data.Column;
import dev.fairness.data.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoBaselineTest {

  /** Three prototypes A (50%), B (30%), C (20%, colour missing), interleaved. */
  static Table prototypes(int n) {
    List<Object> a = new ArrayList<>();
    List<Object> b = new ArrayList<>();
    List<Object> flag = new ArrayList<>();
    List<Object> colour = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int kind = i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2;
      a.add(kind == 0 ? 10.0 : kind == 1 ? -10.0 : -12.0);
      b.add(kind == 0 ? 100L : kind == 1 ? 0L : 2L);
      flag.add(kind == 0);
      colour.add(kind == 0 ? "red" : kind == 1 ? "green" : null);
    }
    List<Column> cols =
        List.of(
            TestColumn.of("a", a),
            TestColumn.of("b", b),
            TestColumn.of("flag", flag),
            TestColumn.of("colour", colour));
    return new Table("t", n, List.of("a", "b", "flag", "colour"), cols);
  }

  static final List<String> FEATURES = List.of("a", "b", "flag", "colour");

  @Test
  void elbowFindsThePrototypesOrderedBySize() {
    Baseline base = AutoBaseline.compute(prototypes(100), FEATURES, null, 0L, RunLog.silent());
    assertEquals(3, base.size());
    assertArrayEquals(new Object[] {10.0, 100.0, true, "red"}, base.rows().get(0));
    assertArrayEquals(new Object[] {-10.0, 0.0, false, "green"}, base.rows().get(1));
    assertArrayEquals(new Object[] {-12.0, 2.0, false, null}, base.rows().get(2));
  }

  @Test
  void givenKMergesTheClosestPrototypes() {
    Baseline base = AutoBaseline.compute(prototypes(100), FEATURES, 2, 0L, RunLog.silent());
    assertEquals(2, base.size());
    assertArrayEquals(new Object[] {10.0, 100.0, true, "red"}, base.rows().get(0));
    Object[] merged = base.rows().get(1);
    assertEquals(-10.8, (Double) merged[0], 1e-12);
    assertEquals(0.8, (Double) merged[1], 1e-12);
    assertEquals(false, merged[2]);
    assertEquals("green", merged[3]);
  }

  @Test
  void sameSeedSameBaselineAndGivenK() {
    Table t = prototypes(300);
    Baseline x = AutoBaseline.compute(t, FEATURES, 4, 9L, RunLog.silent());
    Baseline y = AutoBaseline.compute(t, FEATURES, 4, 9L, RunLog.silent());
    assertEquals(4, x.size());
    for (int r = 0; r < 4; r++) {
      assertArrayEquals(x.rows().get(r), y.rows().get(r));
    }
  }

  @Test
  void reservoirIsSortedUniformSample() {
    int[] s = SeededRandom.reservoir(50_000, 10_000, SeededRandom.forRun(0));
    assertEquals(10_000, s.length);
    for (int i = 1; i < s.length; i++) {
      assertEquals(true, s[i] > s[i - 1]);
    }
    assertArrayEquals(s, SeededRandom.reservoir(50_000, 10_000, SeededRandom.forRun(0)));
  }
}
