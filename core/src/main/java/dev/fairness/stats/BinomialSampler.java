package dev.fairness.stats;

import java.util.SplittableRandom;

/**
 * Exact draws from the binomial distribution B(n, p) from one seeded {@link SplittableRandom}: the
 * same seed gives the same sequence of draws. Inversion (sequential search of the pmf) when {@code
 * n·min(p, 1−p) ≤ 30}, otherwise BTPE (Kachitvichyanukul and Schmeiser, "Binomial random variate
 * generation", CACM 31(2), 1988), as numpy's {@code random_binomial_btpe} implements it: constant
 * expected time in {@code n}. Not thread-safe.
 */
public final class BinomialSampler {

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
    long y = r * n <= 30 ? inversion(n, r) : btpe(n, r);
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

  /** BTPE for {@code n·p > 30}, {@code p ≤ 0.5}: triangle, parallelograms, exponential tails. */
  private long btpe(long n, double r) {
    double q = 1 - r;
    double fm = n * r + r;
    long m = (long) Math.floor(fm);
    double p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
    double xm = m + 0.5;
    double xl = xm - p1;
    double xr = xm + p1;
    double c = 0.134 + 20.5 / (15.3 + m);
    double a = (fm - xl) / (fm - xl * r);
    double laml = a * (1 + a / 2);
    a = (xr - fm) / (xr * q);
    double lamr = a * (1 + a / 2);
    double p2 = p1 * (1 + 2 * c);
    double p3 = p2 + c / laml;
    double p4 = p3 + c / lamr;
    double nrq = n * r * q;
    while (true) {
      double u = random.nextDouble() * p4;
      double v = random.nextDouble();
      long y;
      if (u <= p1) {
        return (long) Math.floor(xm - p1 * v + u); // triangle: accepted at once
      } else if (u <= p2) {
        double x = xl + (u - p1) / c;
        v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
        if (v > 1) {
          continue;
        }
        y = (long) Math.floor(x);
      } else if (u <= p3) {
        y = (long) Math.floor(xl + Math.log(v) / laml);
        if (y < 0 || v == 0) {
          continue;
        }
        v = v * (u - p2) * laml;
      } else {
        y = (long) Math.floor(xr - Math.log(v) / lamr);
        if (y > n || v == 0) {
          continue;
        }
        v = v * (u - p3) * lamr;
      }
      if (accept(n, r, q, m, xm, nrq, y, v)) {
        return y;
      }
    }
  }

  /** BTPE steps 5.0–5.3: is {@code v} under f(y)/f(m), exactly or by Stirling bounds. */
  private static boolean accept(
      long n, double r, double q, long m, double xm, double nrq, long y, double v) {
    long k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2 - 1)) {
      double s = r / q;
      double a = s * (n + 1);
      double f = 1;
      if (m < y) {
        for (long i = m + 1; i <= y; i++) {
          f *= a / i - s;
        }
      } else if (m > y) {
        for (long i = y + 1; i <= m; i++) {
          f /= a / i - s;
        }
      }
      return v <= f;
    }
    double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    double t = -(double) k * k / (2 * nrq);
    double logV = Math.log(v);
    if (logV < t - rho) {
      return true;
    }
    if (logV > t + rho) {
      return false;
    }
    double x1 = y + 1;
    double f1 = m + 1;
    double z = n + 1 - m;
    double w = n - y + 1;
    double bound =
        xm * Math.log(f1 / x1)
            + (n - m + 0.5) * Math.log(z / w)
            + (y - m) * Math.log(w * r / (x1 * q))
            + stirling(f1)
            + stirling(z)
            + stirling(x1)
            + stirling(w);
    return logV <= bound;
  }

  /** The Stirling series correction term of BTPE step 5.3 at {@code x}. */
  private static double stirling(double x) {
    double x2 = x * x;
    return (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x / 166320.;
  }
}
