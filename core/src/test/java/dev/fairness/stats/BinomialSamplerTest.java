package dev.fairness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link BinomialSampler} against the exact B(n, p): mean and variance, and a chi-square
 * goodness-of-fit test against the exact pmf at significance level 0.001 (fixed seeds, so the
 * outcome is reproducible). The cases cover inversion ({@code n·p ≤ 30}), BTPE with its exact
 * acceptance (|y − m| ≤ 20) and its Stirling bounds (|y − m| > 20), and {@code p > 0.5}.
 */
class BinomialSamplerTest {

  private static final int DRAWS = 100_000;

  @ParameterizedTest
  @CsvSource({
    "20, 0.3, 1", // inversion
    "100, 0.25, 2", // inversion, n·p = 25
    "200, 0.2, 3", // BTPE, small
    "1000, 0.4, 4", // BTPE, sd 15.5
    "1000000, 0.01, 5", // BTPE, sd 99.5: Stirling bounds
    "5000, 0.93, 6", // BTPE on 1 − p
    "60, 0.9, 7" // inversion on 1 − p
  })
  void matchesTheExactDistribution(long n, double p, long seed) {
    BinomialSampler s = new BinomialSampler(new SplittableRandom(seed));
    long[] x = new long[DRAWS];
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      x[i] = s.next(n, p);
      assertTrue(x[i] >= 0 && x[i] <= n);
      sum += x[i];
    }
    double mean = sum / DRAWS;
    double var = 0;
    for (long v : x) {
      var += (v - mean) * (v - mean);
    }
    var /= DRAWS - 1;
    double trueVar = n * p * (1 - p);
    // 5 standard errors of the mean; the sample variance within 5 % (its sd here is < 1 %)
    assertEquals(n * p, mean, 5 * Math.sqrt(trueVar / DRAWS), "mean");
    assertEquals(trueVar, var, 0.05 * trueVar, "variance");
    chiSquare(x, n, p);
  }

  /** Chi-square goodness of fit, bins of expected count ≥ 5 (tails pooled), α = 0.001. */
  private static void chiSquare(long[] x, long n, double p) {
    double[] pmf = pmf(n, p);
    long[] observed = new long[pmf.length];
    for (long v : x) {
      observed[(int) v]++;
    }
    List<double[]> bins = new ArrayList<>(); // {expected, observed}
    double[] above = new double[pmf.length + 1]; // above[k] = P(X >= k)
    for (int k = pmf.length - 1; k >= 0; k--) {
      above[k] = above[k + 1] + pmf[k];
    }
    double e = 0;
    double o = 0;
    for (int k = 0; k < pmf.length; k++) {
      e += pmf[k] * DRAWS;
      o += observed[k];
      if (e >= 5 && above[k + 1] * DRAWS >= 5) {
        bins.add(new double[] {e, o});
        e = 0;
        o = 0;
      }
    }
    bins.get(bins.size() - 1)[0] += e; // the upper tail joins the last bin
    bins.get(bins.size() - 1)[1] += o;
    double stat = 0;
    for (double[] b : bins) {
      stat += (b[1] - b[0]) * (b[1] - b[0]) / b[0];
    }
    int df = bins.size() - 1;
    assertTrue(df >= 3, "enough bins");
    double critical = chiSquareQuantile999(df);
    assertTrue(stat < critical, "chi-square " + stat + " >= " + critical + " (df " + df + ")");
  }

  /** The exact pmf by the recurrence in log space (exact up to rounding). */
  static double[] pmf(long n, double p) {
    double[] out = new double[(int) n + 1];
    double log = n * Math.log1p(-p);
    double ratio = Math.log(p) - Math.log1p(-p);
    for (int k = 0; k <= n; k++) {
      out[k] = Math.exp(log);
      log += Math.log((double) (n - k) / (k + 1)) + ratio;
    }
    return out;
  }

  /** The 0.999 quantile of chi-square(df) by Wilson–Hilferty (z = 3.0902); good for df ≥ 3. */
  static double chiSquareQuantile999(int df) {
    double a = 2.0 / (9 * df);
    return df * Math.pow(1 - a + 3.0902 * Math.sqrt(a), 3);
  }

  @Test
  void wrongFrequenciesFailTheChiSquareCheck() {
    // the check has power: draws of B(1000, 0.4) judged against B(1000, 0.41) are rejected
    BinomialSampler s = new BinomialSampler(new SplittableRandom(9));
    long[] x = new long[DRAWS];
    for (int i = 0; i < DRAWS; i++) {
      x[i] = s.next(1000, 0.4);
    }
    assertThrows(AssertionError.class, () -> chiSquare(x, 1000, 0.41));
  }

  @Test
  void edgesAndSeeds() {
    BinomialSampler s = new BinomialSampler(new SplittableRandom(1));
    assertEquals(0, s.next(0, 0.5));
    assertEquals(0, s.next(10, 0));
    assertEquals(10, s.next(10, 1));
    assertThrows(IllegalArgumentException.class, () -> s.next(-1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> s.next(5, Double.NaN));
    BinomialSampler a = new BinomialSampler(new SplittableRandom(42));
    BinomialSampler b = new BinomialSampler(new SplittableRandom(42));
    for (int i = 0; i < 100; i++) {
      assertEquals(a.next(10_000, 0.3), b.next(10_000, 0.3));
    }
  }
}
