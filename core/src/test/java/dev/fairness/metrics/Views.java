package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.stats.BiasAccumulator;
import dev.fairness.stats.BiasCounter;

/** Builds {@link FacetView}s from per-row booleans for metric tests. */
final class Views {

  private Views() {}

  static boolean[] bits(String s) {
    String t = s.replace(" ", "");
    boolean[] b = new boolean[t.length()];
    for (int i = 0; i < b.length; i++) {
      char c = t.charAt(i);
      b[i] = c == '1' || c == 'T';
    }
    return b;
  }

  static FacetView of(boolean[] d, boolean[] y, boolean[] yhat, int[] strata, int count) {
    BiasAccumulator acc = BiasCounter.count(d, y, yhat, strata, 3);
    return new FacetView(acc.overall(), strata == null ? null : acc.byStratum(count), null);
  }

  static double value(BiasMetric m, FacetView v) {
    return m.compute(v);
  }

  static void close(double expected, double actual, String what) {
    if (Double.isInfinite(expected)) {
      assertTrue(expected == actual, what + ": expected " + expected + " but was " + actual);
      return;
    }
    double tol = Math.max(1e-12, 1e-12 * Math.abs(expected));
    assertTrue(
        Math.abs(expected - actual) <= tol, what + ": expected " + expected + " but was " + actual);
  }
}
