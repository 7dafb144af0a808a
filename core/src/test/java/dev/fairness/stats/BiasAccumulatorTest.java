package dev.fairness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The merge law of {@link BiasAccumulator} and the rates of {@link GroupCounts}. */
class BiasAccumulatorTest {

  record Rows(boolean[] d, boolean[] y, boolean[] yhat, int[] g) {}

  static Rows rows(Random rnd, int n) {
    boolean[] d = new boolean[n];
    boolean[] y = new boolean[n];
    boolean[] yhat = new boolean[n];
    int[] g = new int[n];
    for (int i = 0; i < n; i++) {
      d[i] = rnd.nextBoolean();
      y[i] = rnd.nextDouble() < 0.3;
      yhat[i] = rnd.nextDouble() < 0.4;
      g[i] = rnd.nextInt(6) - 1; // includes NO_STRATUM
    }
    return new Rows(d, y, yhat, g);
  }

  static BiasAccumulator accumulate(Rows r, int from, int to) {
    BiasAccumulator a = new BiasAccumulator();
    for (int i = from; i < to; i++) {
      a.add(r.d[i], r.y[i], r.yhat[i], r.g[i]);
    }
    return a;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void mergingRandomPartitionsInRandomOrderGivesTheSameCounts(int k) {
    Random rnd = new Random(1000 + k);
    for (int trial = 0; trial < 20; trial++) {
      int n = rnd.nextInt(500);
      Rows r = rows(rnd, n);
      BiasAccumulator whole = accumulate(r, 0, n);
      List<Integer> cuts = new ArrayList<>();
      cuts.add(0);
      for (int c = 1; c < k; c++) {
        cuts.add(n == 0 ? 0 : rnd.nextInt(n + 1));
      }
      cuts.add(n);
      Collections.sort(cuts);
      List<BiasAccumulator> parts = new ArrayList<>();
      for (int c = 0; c < k; c++) {
        parts.add(accumulate(r, cuts.get(c), cuts.get(c + 1)));
      }
      Collections.shuffle(parts, rnd);
      // merge in a random tree shape: repeatedly merge two random partials
      while (parts.size() > 1) {
        BiasAccumulator a = parts.remove(rnd.nextInt(parts.size()));
        BiasAccumulator b = parts.remove(rnd.nextInt(parts.size()));
        parts.add(rnd.nextBoolean() ? a.merge(b) : b.merge(a));
      }
      BiasAccumulator merged = parts.get(0);
      assertEquals(whole, merged);
      assertEquals(whole.hashCode(), merged.hashCode());
      assertEquals(whole.overall(), merged.overall());
      assertEquals(whole.byStratum(5), merged.byStratum(5));
      assertEquals(whole, BiasCounter.count(r.d, r.y, r.yhat, r.g, 1 + rnd.nextInt(64)));
    }
  }

  @Test
  void newInstanceIsTheIdentity() {
    Rows r = rows(new Random(5), 100);
    BiasAccumulator a = accumulate(r, 0, 100);
    BiasAccumulator copy = new BiasAccumulator().merge(a);
    assertNotSame(a, copy);
    assertEquals(a, copy);
    assertEquals(a, copy.merge(new BiasAccumulator()));
    assertEquals(new BiasAccumulator(), new BiasAccumulator().merge(new BiasAccumulator()));
  }

  @Test
  void countsAndStrata() {
    BiasAccumulator a = new BiasAccumulator();
    a.add(true, true, true, 0); // d TP
    a.add(true, false, true, 0); // d FP
    a.add(false, true, false, 2); // a FN
    a.add(false, false, false, BiasAccumulator.NO_STRATUM); // a TN, no stratum
    assertEquals(3, a.strataCount());
    assertEquals(GroupCounts.ofConfusion(1, 1, 0, 0), a.overall().facet());
    assertEquals(GroupCounts.ofConfusion(0, 0, 1, 1), a.overall().rest());
    assertEquals(GroupCounts.EMPTY, a.byStratum(3).get(1).facet());
    assertEquals(GroupCounts.ofConfusion(0, 0, 1, 0), a.byStratum(3).get(2).rest());
    assertEquals(1, a.count(false, false, false, BiasAccumulator.NO_STRATUM));
  }

  @Test
  void ratesFollowTheDivideConvention() {
    GroupCounts g = GroupCounts.ofConfusion(2, 3, 1, 2);
    assertEquals(8, g.n());
    assertEquals(3, g.labelPositives());
    assertEquals(5, g.predictedPositives());
    assertEquals(3.0 / 8, g.labelPositiveRate());
    assertEquals(2.0 / 5, g.precision());
    assertEquals(2.0 / 3, g.recall());
    assertEquals(0.0, GroupCounts.EMPTY.labelPositiveRate());
    assertEquals(
        Double.POSITIVE_INFINITY,
        GroupCounts.ofConfusion(0, 0, 2, 0).falseNegativeToPositiveRatio());
    assertEquals(Double.NEGATIVE_INFINITY, Ratios.divide(-1, 0));
    assertEquals(0.0, Ratios.divide(0, 0));
    assertEquals(
        0.0, Ratios.differenceOfRatios(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
  }
}
