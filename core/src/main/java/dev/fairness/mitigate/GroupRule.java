package dev.fairness.mitigate;

/**
 * One group's randomized threshold rule (an entry of Fairlearn's {@code interpolation_dict}): with
 * probability {@code p0} predict positive when score > {@code threshold0}, with probability {@code
 * p1} when score > {@code threshold1}; for equalized odds the result is then replaced by {@code
 * predictionConstant} with probability {@code pIgnore}.
 *
 * @param p0 probability of the first rule
 * @param threshold0 its threshold (may be ±∞)
 * @param p1 probability of the second rule
 * @param threshold1 its threshold (may be ±∞)
 * @param pIgnore probability of ignoring the score (equalized odds), or null
 * @param predictionConstant the positive probability used then (equalized odds), or null
 */
public record GroupRule(
    double p0,
    double threshold0,
    double p1,
    double threshold1,
    Double pIgnore,
    Double predictionConstant) {

  /**
   * Returns the probability that a row with this score is predicted positive, computed as
   * Fairlearn's {@code _pmf_predict} computes it.
   */
  public double positiveProbability(double score) {
    double v = p0 * (score > threshold0 ? 1.0 : 0.0) + p1 * (score > threshold1 ? 1.0 : 0.0);
    if (pIgnore != null) {
      double q = pIgnore;
      v = q * predictionConstant + (1 - q) * v;
    }
    return v;
  }
}
