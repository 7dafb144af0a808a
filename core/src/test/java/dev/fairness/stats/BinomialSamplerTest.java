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
 * outcome is reproducible). The cases cover inversion ({@code n·p < 10}), BTRS from just above its
 * threshold (where only about a quarter of draws take the quick acceptance and the rest go through
 * the Stirling-series ratio) to {@code n} = 10^9, and {@code p > 0.5}.
 */
class BinomialSamplerTest {

  private static final int DRAWS = 100_000;

  @ParameterizedTest
  @CsvSource({
    "20, 0.3, 1", // inversion
    "100, 0.099, 2", // inversion, n·p = 9.9
    "20, 0.5, 3", // BTRS at its threshold, n·p = 10: the tails are wide against the box
    "1000000000, 0.00000001, 8", // BTRS, n·p = 10 with p tiny
    "200, 0.2, 9", // BTRS, small
    "1000, 0.4, 4", // BTRS, sd 15.5
    "1000000, 0.01, 5", // BTRS, sd 99.5
    "1000000, 0.3, 10", // BTRS, sd 458
    "5000, 0.93, 6", // BTRS on 1 − p
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
      observed[(int) Math.min(v, pmf.length - 1)]++; // beyond: mass < 1e-100, the last bin
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

  /**
   * The exact pmf by the recurrence in log space (exact up to rounding), up to 40 standard
   * deviations above the mean (the mass beyond is below 1e−100).
   */
  static double[] pmf(long n, double p) {
    long top = (long) Math.min(n, n * p + 40 * Math.sqrt(n * p * (1 - p)) + 50);
    double[] out = new double[(int) top + 1];
    double log = n * Math.log1p(-p);
    double ratio = Math.log(p) - Math.log1p(-p);
    for (int k = 0; k <= top; k++) {
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

  @ParameterizedTest
  @CsvSource({"20, 0.5", "200, 0.2", "1000, 0.4", "1000000, 0.01", "1000000, 0.3"})
  void acceptanceRatioIsTheExactPmfRatio(long n, double p) {
    // BTRS takes a draw outside its box when v <= f(k)/f(m): the Stirling-series log ratio must be
    // the pmf's own, to 1e-9, from the mode to far in both tails
    double[] pmf = pmf(n, p);
    long m = (long) Math.floor((n + 1) * p);
    double sd = Math.sqrt(n * p * (1 - p));
    for (double z = -8; z <= 8; z += 0.25) {
      long k = Math.max(0, Math.min(pmf.length - 1, Math.round(m + z * sd)));
      double exact = Math.log(pmf[(int) k]) - Math.log(pmf[(int) m]);
      double got = BinomialSampler.logRatio(n, p / (1 - p), m, k);
      assertEquals(exact, got, 1e-9 * Math.max(1, Math.abs(exact)), "k = " + k);
    }
  }

  @ParameterizedTest
  @CsvSource({"20, 0.5", "200, 0.2", "1000000, 0.01", "1000000000, 0.00000002"})
  void productRatioNearTheModeIsTheExactPmfRatio(long n, double p) {
    // within 20 of the mode BTRS compares v with f(k)/f(m) as a product of successive ratios
    double[] pmf = pmf(n, p);
    long m = (long) Math.floor((n + 1) * p);
    for (long k = Math.max(0, m - 20); k <= Math.min(pmf.length - 1, m + 20); k++) {
      double exact = pmf[(int) k] / pmf[(int) m];
      assertEquals(exact, BinomialSampler.ratio(n, p / (1 - p), m, k), 1e-12 * exact, "k = " + k);
    }
  }

  @Test
  void stirlingTailIsLogFactorialMinusStirling() {
    double logFactorial = 0;
    for (int k = 0; k <= 200; k++) {
      logFactorial += k == 0 ? 0 : Math.log(k);
      double stirling = 0.5 * Math.log(2 * Math.PI) + (k + 0.5) * Math.log(k + 1) - (k + 1);
      assertEquals(logFactorial - stirling, BinomialSampler.stirlingTail(k), 1e-12, "k = " + k);
    }
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
