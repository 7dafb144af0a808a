package dev.fairness.explain;

import java.util.Arrays;
import java.util.Random;

/**
 * Chooses the coalitions of one record (spec §6.4 steps 4, 6 and 7): full enumeration of the subset
 * sizes the budget can cover, in lexicographic order with complements, then sampling of the
 * remaining sizes with the random consumption order of spec §6.5 and the final reweighting.
 */
final class CoalitionSampler {

  private CoalitionSampler() {}

  /**
   * Returns the sample budget of step 4: {@code numSamples} (or {@code 2048 + 2M} when null),
   * capped at {@code 2^M - 2} when {@code M <= 30}.
   */
  static int budget(Integer numSamples, int m) {
    long n = numSamples != null ? numSamples : 2048L + 2L * m;
    if (m <= 30) {
      n = Math.min(n, (1L << m) - 2);
    }
    return (int) Math.min(n, Integer.MAX_VALUE);
  }

  /**
   * Returns the masks and weights for {@code m >= 2} varying features and budget {@code nsamples};
   * {@code rnd} is consumed only when sampling is needed.
   */
  static CoalitionSet choose(int m, int nsamples, Random rnd) {
    KernelWeights kw = new KernelWeights(m);
    int numSizes = kw.numSizes();
    int numPaired = kw.numPaired();
    double[] wv = kw.weights();
    CoalitionSet set = new CoalitionSet(m, Math.min(nsamples, 1 << 16));
    double left = nsamples;
    double[] rem = wv.clone();
    int nfull = 0;
    byte[] mask = new byte[m];
    for (int s = 1; s <= numSizes; s++) {
      boolean paired = s <= numPaired;
      double nsub = KernelWeights.binomial(m, s) * (paired ? 2 : 1);
      if (left * rem[s - 1] / nsub < 1 - 1e-8) {
        break;
      }
      nfull++;
      left -= nsub;
      if (rem[s - 1] < 1) {
        double div = 1 - rem[s - 1];
        for (int i = 0; i < rem.length; i++) {
          rem[i] /= div;
        }
      }
      double k = wv[s - 1] / KernelWeights.binomial(m, s);
      if (paired) {
        k /= 2;
      }
      enumerate(set, mask, m, s, k, paired);
    }
    if (nfull < numSizes) {
      sample(set, wv, nfull, numPaired, nsamples - set.size(), rnd);
    }
    return set;
  }

  private static void enumerate(
      CoalitionSet set, byte[] mask, int m, int s, double k, boolean paired) {
    int[] comb = new int[s];
    for (int i = 0; i < s; i++) {
      comb[i] = i;
    }
    while (true) {
      Arrays.fill(mask, (byte) 0);
      for (int c : comb) {
        mask[c] = 1;
      }
      set.add(mask, k);
      if (paired) {
        flip(mask);
        set.add(mask, k);
      }
      int i = s - 1;
      while (i >= 0 && comb[i] == m - s + i) {
        i--;
      }
      if (i < 0) {
        return;
      }
      comb[i]++;
      for (int j = i + 1; j < s; j++) {
        comb[j] = comb[j - 1] + 1;
      }
    }
  }

  private static void sample(
      CoalitionSet set, double[] wv, int nfull, int numPaired, int samplesLeft, Random rnd) {
    if (samplesLeft <= 0) {
      return;
    }
    int m = set.width();
    int ndraws = 4 * samplesLeft;
    int[] draws = drawSizes(wv, nfull, numPaired, ndraws, rnd);
    int firstSampled = set.size();
    MaskIndex seen = new MaskIndex(m, samplesLeft);
    int[] perm = new int[m];
    byte[] mask = new byte[m];
    for (int pos = 0; pos < ndraws && samplesLeft > 0; pos++) {
      int s = nfull + 1 + draws[pos];
      randomSubset(perm, mask, s, rnd);
      int at = seen.get(mask);
      boolean fresh = at < 0;
      if (fresh) {
        at = set.add(mask, 1.0);
        seen.putLast(at);
        samplesLeft--;
      } else {
        set.addWeight(at, 1.0);
      }
      if (samplesLeft > 0 && s <= numPaired) {
        if (fresh) {
          flip(mask);
          set.add(mask, 1.0);
          samplesLeft--;
        } else {
          set.addWeight(at + 1, 1.0);
        }
      }
    }
    double weightLeft = 0;
    for (int i = nfull; i < wv.length; i++) {
      weightLeft += wv[i];
    }
    double sum = set.weightSumFrom(firstSampled);
    if (sum > 0) {
      set.scaleFrom(firstSampled, weightLeft / sum);
    }
  }

  /**
   * Returns {@code ndraws} draws of a coalition size index (size = nfull + 1 + index) from the
   * kernel weights of the sizes not enumerated, a paired size's weight halved (shap's sampling).
   */
  private static int[] drawSizes(double[] wv, int nfull, int numPaired, int ndraws, Random rnd) {
    int sizes = wv.length - nfull;
    double[] cum = new double[sizes];
    double total = 0;
    for (int i = 0; i < sizes; i++) {
      int s = nfull + 1 + i;
      cum[i] = s <= numPaired ? wv[s - 1] / 2 : wv[s - 1];
      total += cum[i];
    }
    double acc = 0;
    for (int i = 0; i < sizes; i++) {
      acc += cum[i] / total;
      cum[i] = acc;
    }
    int[] draws = new int[ndraws];
    for (int d = 0; d < ndraws; d++) {
      double u = rnd.nextDouble();
      int idx = sizes - 1;
      for (int k = 0; k < sizes; k++) {
        if (u < cum[k]) {
          idx = k;
          break;
        }
      }
      draws[d] = idx;
    }
    return draws;
  }

  /** Sets {@code mask} to the first {@code s} features of a fresh random permutation (in perm). */
  private static void randomSubset(int[] perm, byte[] mask, int s, Random rnd) {
    int m = perm.length;
    for (int i = 0; i < m; i++) {
      perm[i] = i;
    }
    for (int i = m - 1; i >= 1; i--) {
      int j = rnd.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    Arrays.fill(mask, (byte) 0);
    for (int i = 0; i < s; i++) {
      mask[perm[i]] = 1;
    }
  }

  private static void flip(byte[] mask) {
    for (int i = 0; i < mask.length; i++) {
      mask[i] = (byte) (1 - mask[i]);
    }
  }
}
