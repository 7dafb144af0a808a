package dev.fairness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link TailQuantiles} against the quantiles read from the fully sorted array (numpy's linear
 * interpolation): bit for bit, on arrays with ties, −0.0 beside 0.0 and infinities, at the levels
 * users set, both by the tail buffers and by the sort it falls back to.
 */
class TailQuantilesTest {

  @Test
  void equalsTheSortedArrayBitForBit() {
    SplittableRandom random = new SplittableRandom(11);
    double[] levels = {0.5, 0.8, 0.9, 0.95, 0.99, 0.999};
    int checked = 0;
    for (int trial = 0; trial < 3000; trial++) {
      int n = 2 + random.nextInt(trial % 10 == 0 ? 3000 : 1200);
      double[] v = new double[n];
      int kind = trial % 4;
      for (int i = 0; i < n; i++) {
        v[i] =
            switch (kind) {
              case 0 -> random.nextGaussian();
              case 1 -> random.nextInt(7) - 3; // many ties
              case 2 -> random.nextBoolean() ? 0.0 : -0.0; // signed zeros only
              default ->
                  random.nextInt(50) == 0
                      ? (random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
                      : random.nextDouble();
            };
      }
      double[] copy = v.clone();
      double level = levels[trial % levels.length];
      double tail = (1 - level) / 2;
      double[] got = TailQuantiles.of(v, n, tail, 1 - tail);
      double[] sorted = v.clone();
      Arrays.sort(sorted);
      assertEquals(bits(expected(sorted, tail)), bits(got[0]), "n " + n + " level " + level);
      assertEquals(bits(expected(sorted, 1 - tail)), bits(got[1]), "n " + n + " level " + level);
      assertEquals(Arrays.toString(copy), Arrays.toString(v), "input unchanged");
      checked++;
    }
    assertEquals(3000, checked);
  }

  @Test
  void interpolatesLikeNumpy() {
    double[] q = TailQuantiles.of(new double[] {1, 2, 3, 4}, 4, 0.025, 0.975);
    assertEquals(1.075, q[0], 1e-12);
    assertEquals(3.925, q[1], 1e-12);
    double[] inf = {Double.NEGATIVE_INFINITY, 0, 1, Double.POSITIVE_INFINITY};
    double[] wide = TailQuantiles.of(inf, 4, 0.025, 0.975); // no interpolation with infinity
    assertEquals(Double.NEGATIVE_INFINITY, wide[0]);
    assertEquals(Double.POSITIVE_INFINITY, wide[1]);
  }

  @Test
  void readsOnlyTheFirstNValues() {
    double[] v = {5, 1, 3, 2, 4, -100, 100};
    double[] q = TailQuantiles.of(v, 5, 0.25, 0.75);
    assertEquals(2.0, q[0], 0.0);
    assertEquals(4.0, q[1], 0.0);
  }

  /** numpy's quantile (method "linear") on a sorted array, written out independently. */
  private static double expected(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    double a = sorted[lo];
    double b = sorted[hi];
    if (a == b || h == lo) {
      return a;
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return q < 0.5 ? a : b;
    }
    return a + (h - lo) * (b - a);
  }

  private static long bits(double x) {
    return Double.doubleToRawLongBits(x);
  }
}
