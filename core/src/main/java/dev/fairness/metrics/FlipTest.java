package dev.fairness.metrics;

import java.util.stream.IntStream;

/**
 * The Flip Test of spec §5.3 over a numeric feature matrix: for each row of d, the majority
 * predicted label of its k nearest rows of a (Euclidean distance on unscaled features, ties by
 * smaller row index; k = 5 when {@code n_a > 9}, else 1) is compared with its own prediction.
 *
 * <p>The search is exact ({@link KdTree}) and runs in parallel over blocks of distinct d points;
 * the result is the same as a brute-force scan, whatever the number of threads.
 */
public final class FlipTest {

  /** smclarify FT_DEFAULT_NEIGHBOR. */
  static final int DEFAULT_NEIGHBORS = 5;

  /** smclarify FT_SAMPLES_COUNT_THRESHOLD: more rows of a than this use 5 neighbours. */
  static final int SAMPLES_THRESHOLD = 9;

  private static final int BLOCK = 1024;

  private FlipTest() {}

  /** Returns the number of neighbours for a rest group of {@code na} rows. */
  public static int neighbours(long na) {
    return na > SAMPLES_THRESHOLD ? DEFAULT_NEIGHBORS : 1;
  }

  /**
   * Returns FT. Throws {@link MetricUndefinedException} when d or a is empty, or with
   * scikit-learn's text when the matrix has no column.
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
    // scikit-learn's check when the kNN is fitted on the rest group with no feature column left
    MetricUndefinedException.require(
        dims > 0,
        "Found array with 0 feature(s) (shape=("
            + na
            + ", 0)) while a minimum of 1 is required by KNeighborsClassifier.");
    int k = neighbours(na);
    int[] aRows = new int[na];
    int[] dRows = new int[nd];
    double[] aPoints = new double[na * dims];
    double[] dPoints = new double[nd * dims];
    int ia = 0;
    int id = 0;
    for (int i = 0; i < n; i++) {
      if (facet[i]) {
        System.arraycopy(features, i * dims, dPoints, id * dims, dims);
        dRows[id++] = i;
      } else {
        System.arraycopy(features, i * dims, aPoints, ia * dims, dims);
        aRows[ia++] = i;
      }
    }
    KdTree tree = new KdTree(aPoints, aRows, dims);
    // Identical d rows have identical neighbours: query each distinct point once, in a spatially
    // coherent order (the order of a k-d tree over the queries) so consecutive queries share cache.
    DistinctPoints queries = new DistinctPoints(dPoints, dRows, dims);
    int[] order = new KdTree(queries).order();
    int blocks = (order.length + BLOCK - 1) / BLOCK;
    long diff =
        IntStream.range(0, blocks)
            .parallel()
            .mapToLong(b -> flips(tree, queries, order, predicted, k, b))
            .sum();
    return (double) diff / nd;
  }

  /** Returns #{ŷ ∧ ¬knn} − #{¬ŷ ∧ knn} over the d rows of one block of distinct queries. */
  private static long flips(
      KdTree tree, DistinctPoints queries, int[] order, boolean[] predicted, int k, int block) {
    int[] ids = new int[k];
    double[] dist = new double[k];
    long diff = 0;
    int dims = queries.dims;
    int end = Math.min(order.length, (block + 1) * BLOCK);
    for (int t = block * BLOCK; t < end; t++) {
      int u = order[t];
      tree.nearest(queries.points, u * dims, k, ids, dist);
      int votes = 0;
      for (int j = 0; j < k; j++) {
        if (predicted[ids[j]]) {
          votes++;
        }
      }
      boolean knn = 2 * votes > k;
      for (int g = queries.start[u]; g < queries.start[u + 1]; g++) {
        boolean own = predicted[queries.ids[g]];
        if (own && !knn) {
          diff++;
        } else if (!own && knn) {
          diff--;
        }
      }
    }
    return diff;
  }
}
