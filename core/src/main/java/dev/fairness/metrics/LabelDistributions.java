package dev.fairness.metrics;

import dev.fairness.stats.FacetCounts;
import dev.fairness.stats.GroupCounts;
import dev.fairness.stats.Ratios;
import java.util.List;

/**
 * Formulas over label distributions and strata shared by several metrics (spec §5.2): the
 * distributions of the boolean positive label in a and d, restricted to the label values present in
 * both groups (in the order false, true) without renormalising, and conditional demographic
 * disparity.
 */
public final class LabelDistributions {

  /** smclarify's error when the groups share no label value. */
  public static final String NO_COMMON =
      "No instance of common facet found, dataset may be too small";

  /** The cell bit of a positive observed label (CDDL), for the cell-count CDD below. */
  public static final int LABEL_BIT = 2;

  /** The cell bit of a positive predicted label (CDDPL), for the cell-count CDD below. */
  public static final int PREDICTED_BIT = 1;

  private LabelDistributions() {}

  /**
   * Returns {@code {Pa, Pd}}: the probabilities of the label values with {@code Pa(v) > 0} and
   * {@code Pd(v) > 0}, in the order false, true. Throws {@link MetricUndefinedException} ({@link
   * #NO_COMMON}) when no value is kept.
   */
  static double[][] aligned(FacetCounts c) {
    GroupCounts a = c.rest();
    GroupCounts d = c.facet();
    double[] pa = {a.labelNegativeRate(), a.labelPositiveRate()};
    double[] pd = {d.labelNegativeRate(), d.labelPositiveRate()};
    int kept = 0;
    double[] ka = new double[2];
    double[] kd = new double[2];
    for (int v = 0; v < 2; v++) {
      if (pa[v] > 0 && pd[v] > 0) {
        ka[kept] = pa[v];
        kd[kept] = pd[v];
        kept++;
      }
    }
    MetricUndefinedException.require(kept > 0, NO_COMMON);
    return new double[][] {java.util.Arrays.copyOf(ka, kept), java.util.Arrays.copyOf(kd, kept)};
  }

  /** Returns KL = Σ Pa·ln(Pa/Pd) over the shared label values (may be negative, spec §5.2). */
  public static double kl(FacetCounts c) {
    double[][] p = aligned(c);
    return relativeEntropy(p[0], p[1]);
  }

  /** Returns JS = ½·[Σ Pa·ln(Pa/M) + Σ Pd·ln(Pd/M)], M = (Pa + Pd)/2. */
  public static double js(FacetCounts c) {
    double[][] p = aligned(c);
    double[] m = new double[p[0].length];
    for (int i = 0; i < m.length; i++) {
      m[i] = 0.5 * (p[0][i] + p[1][i]);
    }
    return 0.5 * (relativeEntropy(p[0], m) + relativeEntropy(p[1], m));
  }

  /** Returns LP = sqrt(Σ (Pa − Pd)²). */
  public static double lp(FacetCounts c) {
    double[][] p = aligned(c);
    double s = 0;
    for (int i = 0; i < p[0].length; i++) {
      double x = p[0][i] - p[1][i];
      s += x * x;
    }
    return Math.sqrt(s);
  }

  /** Returns TVD = ½·Σ |Pa − Pd|. */
  public static double tvd(FacetCounts c) {
    double[][] p = aligned(c);
    double s = 0;
    for (int i = 0; i < p[0].length; i++) {
      s += Math.abs(p[0][i] - p[1][i]);
    }
    return 0.5 * s;
  }

  /** Returns KS = max |Pa − Pd|. */
  public static double ks(FacetCounts c) {
    double[][] p = aligned(c);
    double m = 0;
    for (int i = 0; i < p[0].length; i++) {
      m = Math.max(m, Math.abs(p[0][i] - p[1][i]));
    }
    return m;
  }

  private static double relativeEntropy(double[] p, double[] q) {
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      s += p[i] * Math.log(p[i] / q[i]);
    }
    return s;
  }

  /**
   * Returns conditional demographic disparity (CDDL, or CDDPL when {@code predicted}): {@code
   * divide(Σ_g n_g·(D_g − A_g), Σ_g n_g)} with {@code A_g} the share of d among the positives of
   * stratum g and {@code D_g} its share among the negatives (0 for an empty denominator).
   *
   * @param view the facet group; its strata must be non-null and non-empty, else the error {@code
   *     Group variable is empty or not provided}
   * @param predicted whether to use predicted labels instead of observed labels
   */
  public static double conditionalDemographicDisparity(FacetView view, boolean predicted) {
    List<FacetCounts> strata = view.strata();
    MetricUndefinedException.require(
        strata != null && !strata.isEmpty(), "Group variable is empty or not provided");
    GroupCounts all = view.all();
    long pos = predicted ? all.predictedPositives() : all.labelPositives();
    long neg = all.n() - pos;
    MetricUndefinedException.require(pos > 0, "No positive labels in set");
    MetricUndefinedException.require(neg > 0, "No negative labels in set");
    double[] terms = new double[strata.size()];
    double total = 0;
    int i = 0;
    for (FacetCounts s : strata) {
      GroupCounts d = s.facet();
      GroupCounts g = s.total();
      long posD = predicted ? d.predictedPositives() : d.labelPositives();
      long posG = predicted ? g.predictedPositives() : g.labelPositives();
      double shareA = posG == 0 ? 0.0 : (double) posD / posG;
      double shareD = g.n() - posG == 0 ? 0.0 : (double) (d.n() - posD) / (g.n() - posG);
      // smclarify: np.sum(counts * (D - A)) / np.sum(counts)
      terms[i++] = g.n() * (shareD - shareA);
      total += g.n();
    }
    return Ratios.divide(PairwiseSum.sum(terms, 0, terms.length), total);
  }

  /**
   * Returns {@link #conditionalDemographicDisparity(FacetView, boolean)} computed straight from
   * bootstrap cell counts (issue 18: no allocation per replicate), bit for bit the same value, or
   * NaN where that method throws.
   *
   * @param cells counts laid out as {@code BiasAccumulator} slots: cell {@code slot·8 + facet·4 +
   *     label·2 + predicted}, slot 0 = no stratum, slot g + 1 = stratum g; a multiple of 8 long
   * @param strata the number of strata (≥ 1)
   * @param positiveBit {@link #LABEL_BIT} for CDDL (observed labels), {@link #PREDICTED_BIT} for
   *     CDDPL (predicted labels): an int, not a boolean, so the JIT sees no branch that the first
   *     stage never takes and the second stage then traps on
   * @param terms scratch space of at least {@code strata} doubles
   */
  public static double conditionalDemographicDisparity(
      long[] cells, int strata, int positiveBit, double[] terms) {
    long n = 0;
    long pos = 0;
    for (int base = 0; base < cells.length; base += 8) { // one slot: d and a × label × predicted
      n += cells[base] + cells[base + 1] + cells[base + 2] + cells[base + 3];
      n += cells[base + 4] + cells[base + 5] + cells[base + 6] + cells[base + 7];
      pos += positives(cells, base, positiveBit) + positives(cells, base + 4, positiveBit);
    }
    if (strata < 1 || pos <= 0 || n - pos <= 0) {
      return Double.NaN;
    }
    double total = 0;
    for (int g = 0; g < strata; g++) {
      int base = (g + 1) * 8;
      long nD = 0;
      long posD = 0;
      long nG = 0;
      long posG = 0;
      if (base < cells.length) { // a stratum beyond the table is empty
        nD = cells[base + 4] + cells[base + 5] + cells[base + 6] + cells[base + 7];
        nG = nD + cells[base] + cells[base + 1] + cells[base + 2] + cells[base + 3];
        posD = positives(cells, base + 4, positiveBit);
        posG = posD + positives(cells, base, positiveBit);
      }
      double shareA = posG == 0 ? 0.0 : (double) posD / posG;
      double shareD = nG - posG == 0 ? 0.0 : (double) (nD - posD) / (nG - posG);
      terms[g] = nG * (shareD - shareA);
      total += nG;
    }
    return Ratios.divide(PairwiseSum.sum(terms, 0, strata), total);
  }

  /**
   * Returns the positives among the four cells of one facet from {@code at} (cell y·2 + ŷ): the
   * cell with both bits and the cell with only {@code positiveBit}.
   */
  private static long positives(long[] cells, int at, int positiveBit) {
    return cells[at + 3] + cells[at + positiveBit];
  }
}
