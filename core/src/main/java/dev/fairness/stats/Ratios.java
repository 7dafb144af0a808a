package dev.fairness.stats;

/**
 * The one convention for undefined ratios (spec §5.1, smclarify {@code common.divide}): {@code p/q}
 * when {@code q != 0}; {@code 0.0} when {@code p == q == 0}; {@code -Infinity} when {@code q == 0,
 * p < 0}; {@code +Infinity} when {@code q == 0, p > 0}.
 */
public final class Ratios {

  private Ratios() {}

  /** Returns {@code p / q} with the spec §5.1 convention for a zero denominator. */
  public static double divide(double p, double q) {
    if (q != 0.0) {
      return p / q;
    }
    if (p == 0.0) {
      return 0.0;
    }
    return p < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
  }

  /**
   * Returns {@code x - y}, except {@code 0.0} when both are {@code +Infinity} (the DCA/DCR/TE
   * special case of spec §5.3, where smclarify avoids {@code inf - inf}).
   */
  public static double differenceOfRatios(double x, double y) {
    if (x == Double.POSITIVE_INFINITY && y == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    return x - y;
  }
}
