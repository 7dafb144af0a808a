package dev.fairness.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.RunLog;
import dev.fairness.metrics.BiasMetric;
import dev.fairness.metrics.MetricEngine;
import dev.fairness.metrics.PostTrainingMetric;
import dev.fairness.metrics.Stage;
import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.MetricValue;
import dev.fairness.stats.BiasAccumulator;
import dev.fairness.stats.BinomialSampler;
import dev.fairness.stats.TableBootstrap;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Table bootstrap against row bootstrap, determinism and coverage of the percentile intervals. */
class BootstrapIntervalsTest {

  /** 60 rows: facet, label, predicted as bits; two groups with different rates. */
  private static boolean[][] rows() {
    boolean[][] rows = new boolean[60][];
    for (int i = 0; i < 60; i++) {
      boolean facet = i < 25;
      boolean predicted = facet ? i % 5 < 2 : i % 3 < 2; // 10/25 vs 24/35
      boolean label = facet ? i % 4 == 0 : i % 2 == 0;
      rows[i] = new boolean[] {facet, label, predicted};
    }
    return rows;
  }

  private static BiasAccumulator count(boolean[][] rows, int[] picks) {
    BiasAccumulator acc = new BiasAccumulator();
    for (int i : picks) {
      acc.add(rows[i][0], rows[i][1], rows[i][2], BiasAccumulator.NO_STRATUM);
    }
    return acc;
  }

  private static double dppl(BiasAccumulator acc) {
    return PostTrainingMetric.DPPL.compute(BiasAnalysis.view(acc, null, null));
  }

  /** Two-sample Kolmogorov-Smirnov statistic sup |F1 − F2| of the empirical distributions. */
  static double ks(double[] a, double[] b) {
    double[] x = a.clone();
    double[] y = b.clone();
    Arrays.sort(x);
    Arrays.sort(y);
    int i = 0;
    int j = 0;
    double d = 0;
    while (i < x.length && j < y.length) {
      double v = Math.min(x[i], y[j]);
      while (i < x.length && x[i] == v) {
        i++;
      }
      while (j < y.length && y[j] == v) {
        j++;
      }
      d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
    }
    return d;
  }

  /** The KS critical value at α = 0.01 for samples of sizes n and m: 1.628·√((n+m)/(n·m)). */
  static double ksCritical01(int n, int m) {
    return 1.628 * Math.sqrt((double) (n + m) / ((double) n * m));
  }

  @Test
  void tableBootstrapHasTheRowBootstrapDistribution() {
    boolean[][] rows = rows();
    int[] all = new int[rows.length];
    Arrays.setAll(all, i -> i);
    int reps = 4000;
    SplittableRandom random = new SplittableRandom(11);
    double[] byRow = new double[reps];
    for (int r = 0; r < reps; r++) {
      int[] picks = new int[rows.length];
      Arrays.setAll(picks, i -> random.nextInt(rows.length));
      byRow[r] = dppl(count(rows, picks));
    }
    TableBootstrap table = new TableBootstrap(count(rows, all), new SplittableRandom(12));
    double[] byTable = new double[reps];
    for (int r = 0; r < reps; r++) {
      BiasAccumulator rep = table.next();
      assertEquals(rows.length, rep.overall().total().n());
      byTable[r] = dppl(rep);
    }
    double critical = ksCritical01(reps, reps);
    assertTrue(ks(byRow, byTable) < critical, "KS " + ks(byRow, byTable) + " >= " + critical);
    // the test has power: the bootstrap of the same rates on twice the rows is rejected
    int[] twice = new int[rows.length * 2];
    Arrays.setAll(twice, i -> i % rows.length);
    TableBootstrap doubled = new TableBootstrap(count(rows, twice), new SplittableRandom(13));
    double[] narrow = new double[reps];
    for (int r = 0; r < reps; r++) {
      narrow[r] = dppl(doubled.next());
    }
    assertTrue(ks(byRow, narrow) > critical, "KS " + ks(byRow, narrow));
  }

  private static List<MetricValue> intervals(long seed, BiasAccumulator acc) {
    List<BiasMetric> metrics =
        MetricEngine.resolve(Stage.POST_TRAINING, List.of("DPPL", "DI", "FT", "RD"));
    List<MetricValue> values =
        MetricEngine.evaluate(metrics, BiasAnalysis.view(acc, null, null), RunLog.silent());
    return new BootstrapIntervals(500, 0.95, seed).attach(values, metrics, acc, null, 3);
  }

  @Test
  void sameSeedSameIntervalsAndFailedMetricsGetNone() {
    int[] all = new int[60];
    Arrays.setAll(all, i -> i);
    BiasAccumulator acc = count(rows(), all);
    List<MetricValue> a = intervals(7, acc);
    assertEquals(a, intervals(7, acc));
    assertNotEquals(a, intervals(8, acc));
    MetricValue dppl = a.stream().filter(v -> v.name().equals("DPPL")).findFirst().orElseThrow();
    assertNotNull(dppl.ci());
    assertTrue(dppl.ci().low() < dppl.value() && dppl.value() < dppl.ci().high());
    MetricValue ft = a.stream().filter(v -> v.name().equals("FT")).findFirst().orElseThrow();
    assertTrue(ft.failed()); // no FT source here: an error, so no interval
    assertNull(ft.ci());
  }

  /**
   * Coverage: rows are d with probability 0.4; d is predicted positive with probability 0.3, a with
   * 0.5; so DPPL = 0.2 and DI = 0.6 in the population. Over 1,000 datasets of 500 rows the 95 %
   * interval must contain the truth in 93–97 % of them.
   */
  @Test
  void ninetyFivePercentIntervalsCoverTheTruth() {
    BinomialSampler sampler = new BinomialSampler(new SplittableRandom(2026));
    int datasets = 1000;
    int dpplHits = 0;
    int diHits = 0;
    List<BiasMetric> metrics = MetricEngine.resolve(Stage.POST_TRAINING, List.of("DI", "DPPL"));
    BootstrapIntervals boot = new BootstrapIntervals(1000, 0.95, 5);
    for (int k = 0; k < datasets; k++) {
      long d = sampler.next(500, 0.4);
      long dPos = sampler.next(d, 0.3);
      long aPos = sampler.next(500 - d, 0.5);
      BiasAccumulator acc = new BiasAccumulator();
      acc.add(true, false, true, BiasAccumulator.NO_STRATUM, dPos);
      acc.add(true, false, false, BiasAccumulator.NO_STRATUM, d - dPos);
      acc.add(false, false, true, BiasAccumulator.NO_STRATUM, aPos);
      acc.add(false, false, false, BiasAccumulator.NO_STRATUM, 500 - d - aPos);
      List<MetricValue> values =
          MetricEngine.evaluate(metrics, BiasAnalysis.view(acc, null, null), RunLog.silent());
      for (MetricValue v : boot.attach(values, metrics, acc, null, k)) {
        ConfidenceInterval ci = v.ci();
        double truth = v.name().equals("DI") ? 0.6 : 0.2;
        if (ci.low() <= truth && truth <= ci.high()) {
          if (v.name().equals("DI")) {
            diHits++;
          } else {
            dpplHits++;
          }
        }
      }
    }
    System.out.println("coverage DPPL " + dpplHits + "/1000, DI " + diHits + "/1000");
    assertTrue(dpplHits >= 930 && dpplHits <= 970, "DPPL coverage " + dpplHits + "/1000");
    assertTrue(diHits >= 930 && diHits <= 970, "DI coverage " + diHits + "/1000");
  }
}
