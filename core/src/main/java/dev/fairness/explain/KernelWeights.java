package dev.fairness.explain;

/**
 * Subset-size weights of the Shapley kernel for M varying features (spec §6.4 step 5): sizes {@code
 * s = 1..S}, {@code S = ceil((M-1)/2)}, of which the first {@code P = floor((M-1)/2)} are paired
 * with their complement size {@code M-s}; {@code wv[s] = (M-1)/(s(M-s))}, doubled when paired,
 * normalised to sum 1.
 */
final class KernelWeights {

  private final int m;
  private final int numSizes;
  private final int numPaired;
  private final double[] weights;

  /** Creates the weights for {@code m >= 2} varying features. */
  KernelWeights(int m) {
    if (m < 2) {
      throw new IllegalArgumentException("M must be at least 2, got " + m);
    }
    this.m = m;
    this.numSizes = m / 2; // ceil((m-1)/2)
    this.numPaired = (m - 1) / 2;
    this.weights = new double[numSizes];
    double sum = 0;
    for (int s = 1; s <= numSizes; s++) {
      double w = (m - 1.0) / (s * (double) (m - s));
      if (s <= numPaired) {
        w *= 2;
      }
      weights[s - 1] = w;
      sum += w;
    }
    for (int i = 0; i < numSizes; i++) {
      weights[i] /= sum;
    }
  }

  /** Returns M. */
  int m() {
    return m;
  }

  /** Returns S, the number of subset sizes. */
  int numSizes() {
    return numSizes;
  }

  /** Returns P, the number of paired sizes. */
  int numPaired() {
    return numPaired;
  }

  /** Returns the normalised weight of size {@code s} (1-based). */
  double weight(int s) {
    return weights[s - 1];
  }

  /** Returns a copy of the normalised weights, index {@code s-1}. */
  double[] weights() {
    return weights.clone();
  }

  /** Returns the binomial coefficient C(n, k) as a double. */
  static double binomial(int n, int k) {
    if (k < 0 || k > n) {
      return 0;
    }
    k = Math.min(k, n - k);
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }
}
