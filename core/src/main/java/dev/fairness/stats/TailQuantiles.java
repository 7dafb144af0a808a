package dev.fairness.stats;

import java.util.Arrays;

/**
 * The two quantiles of a percentile interval, numpy's default linear interpolation between order
 * statistics, found without sorting every value: a percentile bootstrap interval only reads the few
 * smallest and largest of its replicates (the 26 smallest and 26 largest of 1,000 at 95 %). The
 * values equal those read from the array sorted by {@link Arrays#sort(double[])} (so −0.0 sorts
 * before 0.0), which is used instead when the tails are not small against the array.
 */
public final class TailQuantiles {

  private TailQuantiles() {}

  /**
   * Returns the {@code low} and {@code high} quantiles ({@code low ≤ 0.5 ≤ high}) of the first
   * {@code n ≥ 1} values, none NaN; {@code values} is left unchanged.
   */
  public static double[] of(double[] values, int n, double low, double high) {
    double hLow = (n - 1) * low;
    double hHigh = (n - 1) * high;
    int loLow = (int) Math.floor(hLow);
    int loHigh = (int) Math.floor(hHigh);
    int small = Math.min(loLow + 1, n - 1) + 1; // ranks 0 .. loLow + 1
    int large = n - loHigh; // ranks loHigh .. n - 1
    double[] bottom;
    double[] top;
    if (4 * (small + large) > n) {
      bottom = Arrays.copyOf(values, n);
      Arrays.sort(bottom);
      top = reversed(bottom);
    } else {
      bottom = extreme(values, n, small, 1);
      top = extreme(values, n, large, -1);
    }
    return new double[] {
      interpolate(bottom[loLow], bottom[Math.min(loLow + 1, n - 1)], hLow - loLow, low),
      interpolate(
          top[n - 1 - loHigh], top[n - 1 - Math.min(loHigh + 1, n - 1)], hHigh - loHigh, high)
    };
  }

  /**
   * Returns the value at fraction {@code f} from {@code a} (rank ⌊h⌋) to {@code b} (the next rank),
   * as numpy does; with an infinite bound the wider side, as no interpolation is defined.
   */
  private static double interpolate(double a, double b, double f, double q) {
    if (a == b || f == 0) {
      return a;
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return q < 0.5 ? a : b;
    }
    return a + f * (b - a);
  }

  /**
   * Returns the {@code m} smallest values ({@code sign} 1) in ascending order, or the {@code m}
   * largest ({@code sign} −1) in descending order: one pass with a sorted buffer of {@code m}.
   */
  private static double[] extreme(double[] values, int n, int m, int sign) {
    double[] buf = new double[m];
    int count = 0;
    for (int i = 0; i < n; i++) {
      double x = values[i];
      if (count == m && sign * Double.compare(x, buf[m - 1]) >= 0) {
        continue; // not among the m most extreme so far
      }
      int j = count < m ? count++ : m - 1;
      while (j > 0 && sign * Double.compare(buf[j - 1], x) > 0) {
        buf[j] = buf[j - 1];
        j--;
      }
      buf[j] = x;
    }
    return buf;
  }

  private static double[] reversed(double[] sorted) {
    double[] out = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      out[i] = sorted[sorted.length - 1 - i];
    }
    return out;
  }
}
