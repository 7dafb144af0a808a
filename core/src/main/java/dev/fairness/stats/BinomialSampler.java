package dev.fairness.stats;

import java.util.SplittableRandom;

/**
 * Exact draws from the binomial distribution B(n, p) from one seeded {@link SplittableRandom}: the
 * same seed gives the same sequence of draws. Inversion (sequential search of the pmf) when {@code
 * n·min(p, 1−p) < 10}, otherwise BTRS, Hörmann's transformed rejection with squeeze (W. Hörmann,
 * "The generation of binomial random variates", J. Statist. Comput. Simul. 46, 1993), the method of
 * TensorFlow's, PyTorch's and JAX's binomial samplers: constant expected time in {@code n}, and
 * about 80 % of draws are accepted at once from two uniforms, one division and a floor. Not
 * thread-safe.
 */
public final class BinomialSampler {

  /** log k! − (log √(2π) + (k + ½)·log(k + 1) − (k + 1)) for k = 0…9 (the series is used above). */
  private static final double[] STIRLING_TAIL = {
    0.08106146679532733,
    0.04134069595540946,
    0.027677925684997717,
    0.020790672103765395,
    0.016644691189820815,
    0.013876128823072875,
    0.011896709945893313,
    0.010411265261971892,
    0.009255462182707674,
    0.008330563433357696
  };

  private final SplittableRandom random;

  /** Creates a sampler that takes its uniform numbers from {@code random}. */
  public BinomialSampler(SplittableRandom random) {
    this.random = random;
  }

  /**
   * Returns one draw of B(n, p): the number of successes in {@code n} independent trials of success
   * probability {@code p}; {@code n ≥ 0}, {@code 0 ≤ p ≤ 1}.
   */
  public long next(long n, double p) {
    if (n < 0 || !(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("binomial needs n >= 0 and 0 <= p <= 1: " + n + ", " + p);
    }
    if (n == 0 || p == 0) {
      return 0;
    }
    if (p == 1) {
      return n;
    }
    boolean flip = p > 0.5;
    double r = flip ? 1 - p : p;
    long y = r * n < 10 ? inversion(n, r) : btrs(n, r);
    return flip ? n - y : y;
  }

  /** Inversion for small {@code n·p}, {@code p ≤ 0.5}; restarts past a far tail bound. */
  private long inversion(long n, double p) {
    double q = 1 - p;
    double qn = Math.exp(n * Math.log(q));
    double np = n * p;
    long bound = (long) Math.min(n, np + 10 * Math.sqrt(np * q + 1));
    long x = 0;
    double px = qn;
    double u = random.nextDouble();
    while (u > px) {
      x++;
      if (x > bound) {
        x = 0;
        px = qn;
        u = random.nextDouble();
      } else {
        u -= px;
        px = ((n - x + 1) * p * px) / (x * q);
      }
    }
    return x;
  }

  /**
   * BTRS for {@code n·p ≥ 10}, {@code p ≤ 0.5}: a pair (u, v) of uniforms is mapped to k through
   * the transformation of the hat; inside the box of the hat that lies under the pmf k is taken at
   * once, elsewhere it is taken when v is under f(k)/f(m): decided by BTPE's bounds on log
   * f(k)/f(m) when k is far from the mode m (Kachitvichyanukul and Schmeiser, CACM 31(2), 1988,
   * step 5.2), else from Stirling's series.
   */
  private long btrs(long n, double p) {
    double q = 1 - p;
    double spq = Math.sqrt(n * p * q);
    double b = 1.15 + 2.53 * spq;
    double a = -0.0873 + 0.0248 * b + 0.01 * p;
    double c = n * p + 0.5;
    double inverseB = 1 / b;
    double vr = 0.92 - 4.2 * inverseB;
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + c);
      if (k < 0 || k > n) {
        continue;
      }
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      double alpha = (2.83 + 5.1 * inverseB) * spq;
      v = v * alpha / (a / (us * us) + b);
      long m = (long) Math.floor((n + 1) * p);
      long km = Math.abs(k - m);
      if (km <= 20) { // f(k)/f(m) as a product of km ratios of successive terms: exact, no logs
        if (v <= ratio(n, p / q, m, k)) {
          return k;
        }
        continue;
      }
      double logV = Math.log(v);
      double npq = spq * spq;
      if (km < npq / 2 - 1) { // BTPE's squeeze (step 5.2) around log f(k)/f(m)
        double rho = (km / npq) * ((km * (km / 3.0 + 0.625) + 0.16666666666666666) / npq + 0.5);
        double t = -(double) km * km / (2 * npq);
        if (logV < t - rho) {
          return k;
        }
        if (logV > t + rho) {
          continue;
        }
      }
      if (logV <= logRatio(n, p / q, m, k)) {
        return k;
      }
    }
  }

  /**
   * Returns f(k)/f(m) of B(n, p) with {@code r = p/q} as the product of the ratios f(i)/f(i − 1) =
   * ((n + 1)/i − 1)·r between them (BTPE's step 5.1): {@code |k − m|} multiplications.
   */
  static double ratio(long n, double r, long m, long k) {
    double f = 1;
    double a = r * (n + 1);
    for (long i = m + 1; i <= k; i++) {
      f *= a / i - r;
    }
    for (long i = k + 1; i <= m; i++) {
      f /= a / i - r;
    }
    return f;
  }

  /**
   * Returns log(f(k)/f(m)) of B(n, p) with {@code r = p/q}: log(m!·(n−m)!/(k!·(n−k)!)) + (k−m)·log
   * r, the factorials by Stirling's formula plus {@link #stirlingTail}, grouped so that the large
   * terms cancel inside the logarithms.
   */
  static double logRatio(long n, double r, long m, long k) {
    double nm = n - m + 1;
    double nk = n - k + 1;
    return (m + 0.5) * Math.log((m + 1) / (r * nm))
        + (n + 1) * Math.log(nm / nk)
        + (k + 0.5) * Math.log(nk * r / (k + 1))
        + stirlingTail(m)
        + stirlingTail(n - m)
        - stirlingTail(k)
        - stirlingTail(n - k);
  }

  /** Returns log k! − (log √(2π) + (k + ½)·log(k + 1) − (k + 1)), to about 1e−13. */
  static double stirlingTail(long k) {
    if (k < STIRLING_TAIL.length) {
      return STIRLING_TAIL[(int) k];
    }
    double inverse = 1.0 / (k + 1);
    double i2 = inverse * inverse;
    return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - i2 / 1680) * i2) * i2) * inverse;
  }
}
