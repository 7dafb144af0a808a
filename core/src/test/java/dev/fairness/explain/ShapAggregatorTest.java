package dev.fairness.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShapAggregatorTest {

  static ShapAggregator filled(String method, double... values) {
    ShapAggregator a = new ShapAggregator(method, 1, 1);
    for (double v : values) {
      a.add(new double[][] {{v}});
    }
    return a;
  }

  @Test
  void meanAbsAndMeanSq() {
    assertEquals(2.0, filled("mean_abs", 1, -3, 2).value(0, 0), 1e-15);
    assertEquals(14.0 / 3, filled("mean_sq", 1, -3, 2).value(0, 0), 1e-15);
  }

  @Test
  void medianIsExactAndSigned() {
    assertEquals(1.0, filled("median", 5, -3, 1).value(0, 0));
    assertEquals(-1.0, filled("median", 5, -3, 1, -5).value(0, 0));
    double[] many = new double[101];
    for (int i = 0; i < many.length; i++) {
      many[i] = 100 - i;
    }
    assertEquals(50.0, filled("median", many).value(0, 0));
  }

  @Test
  void mergeEqualsOneAggregator() {
    for (String m : new String[] {"mean_abs", "mean_sq", "median"}) {
      ShapAggregator a = filled(m, 1, -2);
      a.merge(filled(m, 4, 0.5, -7));
      assertEquals(filled(m, 1, -2, 4, 0.5, -7).value(0, 0), a.value(0, 0), 1e-15, m);
      assertEquals(5, a.count());
    }
  }
}
