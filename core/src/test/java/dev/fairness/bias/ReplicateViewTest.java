package dev.fairness.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.fairness.metrics.FacetView;
import dev.fairness.metrics.LabelDistributions;
import dev.fairness.stats.BiasAccumulator;
import dev.fairness.stats.TableBootstrap;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free replicate loop (issue 18 speed) draws and sees exactly what the accumulator
 * path did: same cells from the same seed, same overall and per-stratum counts.
 */
class ReplicateViewTest {

  private static BiasAccumulator table() {
    SplittableRandom r = new SplittableRandom(3);
    BiasAccumulator acc = new BiasAccumulator();
    for (int i = 0; i < 5_000; i++) {
      int stratum = r.nextInt(12) - 1; // NO_STRATUM and strata 0..10
      acc.add(r.nextInt(3) == 0, r.nextInt(4) == 0, r.nextInt(3) == 0, stratum, 1 + r.nextInt(3));
    }
    return acc;
  }

  @Test
  void fillDrawsWhatNextDrawsAndTheViewMatchesTheAccumulator() {
    BiasAccumulator acc = table();
    TableBootstrap a = new TableBootstrap(acc, new SplittableRandom(99));
    TableBootstrap b = new TableBootstrap(acc, new SplittableRandom(99));
    long[] cells = new long[b.cellCount()];
    int strata = 12; // one more than seen: an empty stratum gives zero counts
    for (int r = 0; r < 200; r++) {
      BiasAccumulator rep = a.next();
      b.next(cells);
      long n = 0;
      for (long c : cells) {
        n += c;
      }
      assertEquals(acc.overall().total().n(), n);
      FacetView view = ReplicateView.of(cells, strata);
      assertEquals(rep.overall(), view.counts());
      assertEquals(rep.byStratum(strata), List.copyOf(view.strata()));
    }
    assertNull(ReplicateView.of(cells, -1).strata());
  }

  @Test
  void primitiveCddEqualsTheMetricOnTheView() {
    BiasAccumulator acc = table();
    TableBootstrap b = new TableBootstrap(acc, new SplittableRandom(5));
    long[] cells = new long[b.cellCount()];
    double[] terms = new double[12];
    for (int r = 0; r < 200; r++) {
      b.next(cells);
      FacetView view = ReplicateView.of(cells, 12);
      for (boolean predicted : new boolean[] {false, true}) {
        double expected = LabelDistributions.conditionalDemographicDisparity(view, predicted);
        assertEquals(
            expected,
            LabelDistributions.conditionalDemographicDisparity(
                cells,
                12,
                predicted ? LabelDistributions.PREDICTED_BIT : LabelDistributions.LABEL_BIT,
                terms),
            0.0);
      }
    }
    long[] noPositives = new long[16];
    noPositives[8] = 5; // stratum 0, facet a, negative label, negative prediction
    assertEquals(
        Double.NaN,
        LabelDistributions.conditionalDemographicDisparity(
            noPositives, 1, LabelDistributions.PREDICTED_BIT, terms));
  }
}
