package dev.fairness.bias;

import dev.fairness.metrics.BiasMetric;
import dev.fairness.metrics.LabelDistributions;
import dev.fairness.metrics.MetricUndefinedException;
import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.MetricValue;
import dev.fairness.stats.BiasAccumulator;
import dev.fairness.stats.TableBootstrap;
import dev.fairness.stats.TailQuantiles;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence intervals of the count-based bias metrics of one facet group
 * ({@code methods.confidence}): {@code nBoot} table replicates ({@link TableBootstrap}), each
 * metric computed on each replicate by the metric's own formula, and the interval between the
 * {@code (1−level)/2} and {@code (1+level)/2} quantiles (linear interpolation, numpy's default).
 *
 * <p>Contract: the draws of a facet group depend only on the run seed and the group's stream
 * number, never on thread count or on other groups. A replicate on which a metric is undefined is
 * left out of that metric's quantiles; when more than half are undefined the metric gets no
 * interval. Failed metrics and metrics that read feature columns (FT) get no interval.
 */
public final class BootstrapIntervals {

  private final int nBoot;
  private final double level;
  private final long seed;

  /**
   * Creates intervals of {@code nBoot} replicates at coverage {@code level} from the run's {@code
   * seed}.
   */
  public BootstrapIntervals(int nBoot, double level, long seed) {
    if (nBoot < 2 || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException("need nBoot >= 2 and 0 < level < 1");
    }
    this.nBoot = nBoot;
    this.level = level;
    this.seed = seed;
  }

  /**
   * Returns {@code values} (one facet group's metrics) with an interval on each computed
   * count-based metric; {@code stream} numbers the facet group and stage within the run.
   */
  List<MetricValue> attach(
      List<MetricValue> values,
      List<BiasMetric> metrics,
      BiasAccumulator counts,
      GroupVariable.Strata strata,
      long stream) {
    List<BiasMetric> wanted = new ArrayList<>();
    for (MetricValue v : values) {
      BiasMetric m = find(metrics, v.name());
      if (!v.failed() && m != null && !m.readsFeatures()) {
        wanted.add(m);
      }
    }
    if (wanted.isEmpty()) {
      return values;
    }
    double[][] draws = replicates(wanted, counts, strata, stream);
    List<MetricValue> out = new ArrayList<>(values.size());
    for (MetricValue v : values) {
      int j = wanted.indexOf(find(metrics, v.name()));
      out.add(j < 0 || v.failed() ? v : withInterval(v, draws[j]));
    }
    return out;
  }

  /**
   * Returns the metric values on each replicate: {@code [metric][replicate]}, NaN = undefined.
   *
   * <p>Each metric is resampled from the smallest table that determines it, which has the same
   * distribution for that metric: CDDL reads facet × label per stratum, CDDPL facet × predicted per
   * stratum, every other metric only the 8 overall cells. So a replicate costs about 7 + 296
   * binomial draws on a 74-stratum group variable instead of 592. Tables are drawn from independent
   * streams split off the group's stream in a fixed order (overall first, then the CDD metrics in
   * metric order); each interval only depends on its own metric's draws.
   */
  double[][] replicates(
      List<BiasMetric> wanted, BiasAccumulator counts, GroupVariable.Strata strata, long stream) {
    SplittableRandom root = new SplittableRandom(streamSeed(stream));
    double[][] draws = new double[wanted.size()][];
    List<Integer> overall = new ArrayList<>();
    SplittableRandom overallRandom = root.split();
    for (int j = 0; j < wanted.size(); j++) {
      BiasMetric m = wanted.get(j);
      boolean cddl = m.id().equals("CDDL");
      if (strata != null && (cddl || m.id().equals("CDDPL"))) {
        BiasAccumulator table = collapse(counts, true, cddl, !cddl);
        draws[j] = replicates(List.of(m), table, strata.count(), root.split())[0];
      } else {
        overall.add(j);
      }
    }
    if (!overall.isEmpty()) {
      List<BiasMetric> plain = new ArrayList<>();
      for (int j : overall) {
        plain.add(wanted.get(j));
      }
      double[][] d = replicates(plain, collapse(counts, false, true, true), -1, overallRandom);
      for (int k = 0; k < overall.size(); k++) {
        draws[overall.get(k)] = d[k];
      }
    }
    return draws;
  }

  private double[][] replicates(
      List<BiasMetric> metrics, BiasAccumulator table, int strataCount, SplittableRandom random) {
    TableBootstrap boot = new TableBootstrap(table, random);
    BiasMetric only = metrics.size() == 1 ? metrics.get(0) : null;
    if (strataCount > 0 && only != null && only.id().startsWith("CDD")) {
      int bit =
          only.id().equals("CDDPL")
              ? LabelDistributions.PREDICTED_BIT
              : LabelDistributions.LABEL_BIT;
      return new double[][] {cddReplicates(boot, strataCount, bit)};
    }
    double[][] draws = new double[metrics.size()][nBoot];
    long[] cells = new long[boot.cellCount()];
    for (int r = 0; r < nBoot; r++) {
      boot.next(cells);
      var view = ReplicateView.of(cells, strataCount);
      for (int j = 0; j < metrics.size(); j++) {
        double x;
        try {
          x = metrics.get(j).compute(view);
        } catch (MetricUndefinedException e) {
          x = Double.NaN;
        }
        draws[j][r] = x;
      }
    }
    return draws;
  }

  /** Returns CDDL or CDDPL on each replicate, from primitive counts without building strata. */
  private double[] cddReplicates(TableBootstrap boot, int strataCount, int positiveBit) {
    double[] draws = new double[nBoot];
    long[] cells = new long[boot.cellCount()];
    double[] terms = new double[strataCount];
    for (int r = 0; r < nBoot; r++) {
      boot.next(cells);
      draws[r] =
          LabelDistributions.conditionalDemographicDisparity(
              cells, strataCount, positiveBit, terms);
    }
    return draws;
  }

  /**
   * Returns {@code counts} with the strata merged (unless {@code keepStrata}) and the label or the
   * predicted label dimension merged into "negative" (unless kept).
   */
  private static BiasAccumulator collapse(
      BiasAccumulator counts, boolean keepStrata, boolean keepLabel, boolean keepPredicted) {
    BiasAccumulator out = new BiasAccumulator();
    int strata = counts.strataCount(); // a scan of the table: once, not per stratum
    for (int s = BiasAccumulator.NO_STRATUM; s < strata; s++) {
      for (int c = 0; c < 8; c++) {
        boolean facet = (c & 4) != 0;
        boolean label = (c & 2) != 0;
        boolean predicted = (c & 1) != 0;
        long n = counts.count(facet, label, predicted, s);
        if (n > 0) {
          out.add(
              facet,
              label && keepLabel,
              predicted && keepPredicted,
              keepStrata ? s : BiasAccumulator.NO_STRATUM,
              n);
        }
      }
    }
    return out;
  }

  private MetricValue withInterval(MetricValue v, double[] draws) {
    ConfidenceInterval ci = interval(draws);
    return ci == null ? v : v.withInterval(ci);
  }

  /**
   * Returns the percentile interval of one value's replicates (NaN = undefined), or null when more
   * than half are undefined.
   */
  ConfidenceInterval interval(double[] draws) {
    double[] defined = new double[draws.length];
    int k = 0;
    for (double x : draws) { // a plain loop: no stream pipeline to load and compile per run
      if (!Double.isNaN(x)) {
        defined[k++] = x;
      }
    }
    if (k * 2 < draws.length || k < 2) {
      return null;
    }
    double tail = (1 - level) / 2;
    double[] bounds = TailQuantiles.of(defined, k, tail, 1 - tail);
    return new ConfidenceInterval(bounds[0], bounds[1], level);
  }

  /** Returns the number of replicates. */
  int nBoot() {
    return nBoot;
  }

  /** Returns the random stream numbered {@code stream} of this run. */
  SplittableRandom random(long stream) {
    return new SplittableRandom(streamSeed(stream));
  }

  /** Returns the seed of one stream: the run seed and the stream number, mixed (SplitMix64). */
  private long streamSeed(long stream) {
    return mix(mix(seed) + 0x9E3779B97F4A7C15L * (stream + 1));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static BiasMetric find(List<BiasMetric> metrics, String id) {
    for (BiasMetric m : metrics) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    return null;
  }
}
