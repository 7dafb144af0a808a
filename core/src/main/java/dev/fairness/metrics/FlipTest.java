package dev.fairness.metrics;

import java.util.stream.IntStream;

/**
 * The Flip Test of spec §5.3 over a numeric feature matrix: for each row of d, the majority
 * predicted label of its k nearest rows of a (Euclidean distance on unscaled features, ties by
 * smaller row index; k = 5 when {@code n_a > 9}, else 1) is compared with its own prediction.
 *
 * <p>The search is exact ({@link KdTree}) and runs in parallel over blocks of d rows; the result is
 * the same as a brute-force scan, whatever the number of threads.
 */
public final class FlipTest {

  /** smclarify FT_DEFAULT_NEIGHBOR. */
  static final int DEFAULT_NEIGHBORS = 5;

  /** smclarify FT_SAMPLES_COUNT_THRESHOLD: more rows of a than this use 5 neighbours. */
  static final int SAMPLES_THRESHOLD = 9;

  private static final int BLOCK = 2048;

  private FlipTest() {}

  /** Returns the number of neighbours for a rest group of {@code na} rows. */
  public static int neighbours(long na) {
    return na > SAMPLES_THRESHOLD ? DEFAULT_NEIGHBORS : 1;
  }

  /**
   * Returns FT. Throws {@link MetricUndefinedException} when d or a is empty.
   *
   * @param features row-major matrix, {@code rows * dims} values, no NaN
   * @param dims columns of the matrix
   * @param facet membership of d per row
   * @param predicted positive predicted label per row
   */
  public static double compute(double[] features, int dims, boolean[] facet, boolean[] predicted) {
    int n = facet.length;
    int nd = 0;
    for (boolean f : facet) {
      if (f) {
        nd++;
      }
    }
    int na = n - nd;
    MetricUndefinedException.require(nd > 0, "Facet set is empty");
    MetricUndefinedException.require(na > 0, "Negated Facet set is empty");
    int k = neighbours(na);
    int[] aRows = new int[na];
    int[] dRows = new int[nd];
    double[] aPoints = new double[na * dims];
    int ia = 0;
    int id = 0;
    for (int i = 0; i < n; i++) {
      if (facet[i]) {
        dRows[id++] = i;
      } else {
        System.arraycopy(features, i * dims, aPoints, ia * dims, dims);
        aRows[ia++] = i;
      }
    }
    KdTree tree = new KdTree(aPoints, aRows, dims);
    int blocks = (nd + BLOCK - 1) / BLOCK;
    long diff =
        IntStream.range(0, blocks)
            .parallel()
            .mapToLong(b -> flips(tree, features, dims, dRows, predicted, k, b))
            .sum();
    return (double) diff / nd;
  }

  /** Returns #{ŷ ∧ ¬knn} − #{¬ŷ ∧ knn} over one block of d rows. */
  private static long flips(
      KdTree tree, double[] x, int dims, int[] dRows, boolean[] predicted, int k, int block) {
    int[] ids = new int[k];
    double[] dist = new double[k];
    long diff = 0;
    int end = Math.min(dRows.length, (block + 1) * BLOCK);
    for (int t = block * BLOCK; t < end; t++) {
      int row = dRows[t];
      tree.nearest(x, row * dims, k, ids, dist);
      int votes = 0;
      for (int j = 0; j < k; j++) {
        if (predicted[ids[j]]) {
          votes++;
        }
      }
      boolean knn = 2 * votes > k;
      if (predicted[row] && !knn) {
        diff++;
      } else if (!predicted[row] && knn) {
        diff--;
      }
    }
    return diff;
  }
}
