package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairwiseSumTest {

  /** numpy's pairwise_sum (numpy/core/src/umath/loops_utils.h.src) written as plainly as numpy. */
  private static double numpy(double[] a, int from, int n) {
    if (n < 8) {
      double res = 0.;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    } else if (n <= 128) {
      double[] r = new double[8];
      for (int j = 0; j < 8; j++) {
        r[j] = a[from + j];
      }
      int i;
      for (i = 8; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[from + i + j];
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    } else {
      int n2 = n / 2;
      n2 -= n2 % 8;
      return numpy(a, from, n2) + numpy(a, from + n2, n - n2);
    }
  }

  @Test
  void addsInNumpysOrderBitForBit() {
    SplittableRandom random = new SplittableRandom(18);
    int differsFromLeftToRight = 0;
    for (int n = 0; n <= 400; n++) {
      double[] a = new double[n + 3];
      for (int i = 0; i < a.length; i++) { // mixed signs and magnitudes, so the order shows
        a[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-3, 9));
      }
      double expected = numpy(a, 3, n);
      assertEquals(
          Double.doubleToRawLongBits(expected),
          Double.doubleToRawLongBits(PairwiseSum.sum(a, 3, n)),
          "n = " + n);
      double plain = 0;
      for (int i = 3; i < n + 3; i++) {
        plain += a[i];
      }
      differsFromLeftToRight += plain != expected ? 1 : 0;
    }
    // the check has power: a left-to-right sum rounds differently on many of these inputs
    assertTrue(differsFromLeftToRight > 100, "left-to-right differs on " + differsFromLeftToRight);
  }
}
