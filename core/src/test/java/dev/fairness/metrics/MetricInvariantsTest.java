package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.stats.FacetCounts;
import dev.fairness.stats.GroupCounts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of every count-based metric over seeded random tables: swapping d and a flips the sign
 * of difference metrics, inverts DI and keeps divergences and GE; values stay in their spec range;
 * identical groups give 0 (1 for DI).
 */
class MetricInvariantsTest {

  static final Set<PreTrainingMetric> PRE_SYMMETRIC =
      EnumSet.of(
          PreTrainingMetric.JS, PreTrainingMetric.LP, PreTrainingMetric.TVD, PreTrainingMetric.KS);

  static Stream<BiasMetric> metrics() {
    List<BiasMetric> all = new ArrayList<>(List.of(PreTrainingMetric.values()));
    for (PostTrainingMetric m : PostTrainingMetric.values()) {
      if (m != PostTrainingMetric.FT) {
        all.add(m);
      }
    }
    return all.stream();
  }

  /** A random view with non-empty d and a, both label classes and both predicted classes. */
  static FacetView random(Random rnd) {
    while (true) {
      int n = 4 + rnd.nextInt(60);
      int strata = 1 + rnd.nextInt(4);
      boolean[] d = new boolean[n];
      boolean[] y = new boolean[n];
      boolean[] yhat = new boolean[n];
      int[] g = new int[n];
      double pd = rnd.nextDouble();
      double py = rnd.nextDouble();
      for (int i = 0; i < n; i++) {
        d[i] = rnd.nextDouble() < pd;
        y[i] = rnd.nextDouble() < py;
        yhat[i] = rnd.nextBoolean() ? y[i] : rnd.nextBoolean();
        g[i] = rnd.nextInt(strata);
      }
      FacetView v = Views.of(d, y, yhat, g, strata);
      GroupCounts all = v.all();
      if (v.facet().n() > 0
          && v.rest().n() > 0
          && all.labelPositives() > 0
          && all.labelNegatives() > 0
          && all.predictedPositives() > 0
          && all.predictedNegatives() > 0) {
        return v;
      }
    }
  }

  /** True when every stratum has positives and negatives (observed and predicted). */
  static boolean fullStrata(FacetView v) {
    for (FacetCounts s : v.strata()) {
      GroupCounts t = s.total();
      if (t.labelPositives() == 0
          || t.labelNegatives() == 0
          || t.predictedPositives() == 0
          || t.predictedNegatives() == 0) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest
  @MethodSource("metrics")
  void swappingGroupsFlipsSignOrInverts(BiasMetric m) {
    Random rnd = new Random(42 + m.id().hashCode());
    for (int trial = 0; trial < 300; trial++) {
      FacetView v = random(rnd);
      FacetView s = v.swapped();
      boolean cdd = m == PreTrainingMetric.CDDL || m == PostTrainingMetric.CDDPL;
      if (cdd && !fullStrata(v)) {
        continue;
      }
      double x = compute(m, v);
      double y = compute(m, s);
      if (Double.isNaN(x)) {
        assertTrue(Double.isNaN(y), m.id());
        continue;
      }
      if (m == PostTrainingMetric.DI) {
        expectClose(x == 0 ? Double.POSITIVE_INFINITY : 1 / x, y, m);
      } else if (m == PostTrainingMetric.GE || PRE_SYMMETRIC.contains(m)) {
        expectClose(x, y, m);
      } else if (m == PreTrainingMetric.KL) {
        continue; // KL is not symmetric and has no swap law
      } else {
        expectClose(-x, y, m);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("metrics")
  void valuesStayInRange(BiasMetric m) {
    Random rnd = new Random(7 + m.id().hashCode());
    for (int trial = 0; trial < 300; trial++) {
      FacetView v = random(rnd);
      double x = compute(m, v);
      if (Double.isNaN(x)) {
        continue; // the metric is undefined here (error)
      }
      double n = v.all().n();
      boolean ok =
          switch (m.id()) {
            case "CI" -> x > -1 && x < 1;
            case "JS" -> x >= 0 && x < Math.log(2);
            case "LP" -> x >= 0 && x < Math.sqrt(2);
            case "TVD" -> x >= 0 && x < 1;
            case "KS" -> x >= 0 && x <= 1;
            case "KL", "DCA", "DCR", "TE" -> !Double.isNaN(x);
            case "DI" -> x >= 0;
            case "GE" -> x >= 0 && x <= (n - 1) / 2;
            default -> x >= -1 && x <= 1;
          };
      assertTrue(ok, m.id() + " out of range: " + x);
    }
  }

  @ParameterizedTest
  @MethodSource("metrics")
  void identicalGroupsGiveParity(BiasMetric m) {
    if (m == PostTrainingMetric.GE || m == PreTrainingMetric.CI) {
      return; // GE does not compare groups; CI compares sizes (equal here, so 0, checked below)
    }
    // each row pattern appears once in d and once in a, in every stratum
    List<Boolean> d = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    List<Boolean> yhat = new ArrayList<>();
    List<Integer> g = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      for (int p = 0; p < 4; p++) {
        for (int side = 0; side < 2; side++) {
          d.add(side == 0);
          y.add((p & 2) != 0);
          yhat.add((p & 1) != 0);
          g.add(s);
        }
      }
    }
    FacetView v =
        Views.of(toArray(d), toArray(y), toArray(yhat), g.stream().mapToInt(i -> i).toArray(), 2);
    double expected = m == PostTrainingMetric.DI ? 1.0 : 0.0;
    assertEquals(expected, m.compute(v), 1e-12, m.id());
    assertEquals(0.0, PreTrainingMetric.CI.compute(v), 0.0);
  }

  static boolean[] toArray(List<Boolean> l) {
    boolean[] b = new boolean[l.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = l.get(i);
    }
    return b;
  }

  static double compute(BiasMetric m, FacetView v) {
    try {
      return m.compute(v);
    } catch (MetricUndefinedException e) {
      return Double.NaN;
    }
  }

  static void expectClose(double expected, double actual, BiasMetric m) {
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      assertEquals(expected, actual, m.id());
    } else {
      assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), m.id());
    }
  }
}
