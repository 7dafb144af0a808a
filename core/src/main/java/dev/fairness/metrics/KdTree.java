package dev.fairness.metrics;

/**
 * An exact k-nearest-neighbour index over points in R^dims (squared Euclidean distance), with ties
 * on distance broken by the smaller point id. Results equal those of a brute-force scan that
 * computes {@link #squaredDistance} and orders by (distance, id): pruning uses bounding boxes whose
 * lower bounds are computed with the same per-dimension summation order, which floating-point
 * rounding keeps monotone, and a node whose bound equals the current k-th distance is skipped only
 * when all its ids are larger than the k-th id.
 *
 * <p>Immutable after construction and safe for concurrent queries.
 */
public final class KdTree {

  private static final int LEAF = 16;

  private final int dims;
  private final double[] pts; // row-major, in tree order
  private final int[] ids; // point id per tree position
  private final int[] start;
  private final int[] end;
  private final int[] left; // -1 for a leaf; right child = left + 1 is not assumed
  private final int[] right;
  private final int[] minId;
  private final double[] lo; // nodes x dims
  private final double[] hi;
  private int nodes;

  /**
   * Builds the index.
   *
   * @param points row-major coordinates, {@code ids.length * dims} values (not modified)
   * @param pointIds the id of each point (used for tie-breaking and returned by queries)
   * @param dims number of dimensions (at least 1)
   */
  public KdTree(double[] points, int[] pointIds, int dims) {
    int m = pointIds.length;
    this.dims = dims;
    int[] perm = new int[m];
    for (int i = 0; i < m; i++) {
      perm[i] = i;
    }
    // a split node has more than LEAF points, so every leaf but a lone root holds > LEAF / 2
    int cap = 2 * (m / (LEAF / 2) + 1) + 1;
    start = new int[cap];
    end = new int[cap];
    left = new int[cap];
    right = new int[cap];
    minId = new int[cap];
    lo = new double[cap * dims];
    hi = new double[cap * dims];
    build(points, perm, 0, m);
    pts = new double[m * dims];
    ids = new int[m];
    for (int i = 0; i < m; i++) {
      System.arraycopy(points, perm[i] * dims, pts, i * dims, dims);
      ids[i] = pointIds[perm[i]];
    }
    for (int nd = nodes - 1; nd >= 0; nd--) {
      if (left[nd] < 0) {
        int mi = Integer.MAX_VALUE;
        for (int i = start[nd]; i < end[nd]; i++) {
          mi = Math.min(mi, ids[i]);
        }
        minId[nd] = mi;
      } else {
        minId[nd] = Math.min(minId[left[nd]], minId[right[nd]]);
      }
    }
  }

  /** Returns the number of indexed points. */
  public int size() {
    return ids.length;
  }

  private int build(double[] p, int[] perm, int from, int to) {
    int nd = nodes++;
    start[nd] = from;
    end[nd] = to;
    int bestDim = 0;
    double bestSpread = -1;
    for (int j = 0; j < dims; j++) {
      double a = Double.POSITIVE_INFINITY;
      double b = Double.NEGATIVE_INFINITY;
      for (int i = from; i < to; i++) {
        double x = p[perm[i] * dims + j];
        a = Math.min(a, x);
        b = Math.max(b, x);
      }
      lo[nd * dims + j] = a;
      hi[nd * dims + j] = b;
      if (b - a > bestSpread) {
        bestSpread = b - a;
        bestDim = j;
      }
    }
    if (to - from <= LEAF || bestSpread <= 0) {
      left[nd] = -1;
      right[nd] = -1;
      return nd;
    }
    int mid = (from + to) >>> 1;
    select(p, perm, from, to - 1, mid, bestDim);
    left[nd] = build(p, perm, from, mid);
    right[nd] = build(p, perm, mid, to);
    return nd;
  }

  /** Quickselect: puts the element of rank {@code k} (by coordinate {@code j}) at {@code k}. */
  private void select(double[] p, int[] perm, int l, int r, int k, int j) {
    while (r > l) {
      double pivot = p[perm[(l + r) >>> 1] * dims + j];
      int i = l;
      int q = r;
      while (i <= q) {
        while (p[perm[i] * dims + j] < pivot) {
          i++;
        }
        while (p[perm[q] * dims + j] > pivot) {
          q--;
        }
        if (i <= q) {
          int t = perm[i];
          perm[i] = perm[q];
          perm[q] = t;
          i++;
          q--;
        }
      }
      if (k <= q) {
        r = q;
      } else if (k >= i) {
        l = i;
      } else {
        return;
      }
    }
  }

  /** Returns the squared Euclidean distance, summed over dimensions in order 0..dims-1. */
  public static double squaredDistance(double[] a, int aOff, double[] b, int bOff, int dims) {
    double s = 0;
    for (int j = 0; j < dims; j++) {
      double x = a[aOff + j] - b[bOff + j];
      s += x * x;
    }
    return s;
  }

  /**
   * Finds the {@code k} nearest points of a query, ordered by (squared distance, id).
   *
   * @param q query coordinates at {@code q[qOff .. qOff+dims-1]}
   * @param k neighbours wanted ({@code 1 <= k <= size()})
   * @param outIds receives the ids, nearest first (length at least k)
   * @param outDist receives the squared distances (length at least k)
   */
  public void nearest(double[] q, int qOff, int k, int[] outIds, double[] outDist) {
    for (int i = 0; i < k; i++) {
      outIds[i] = Integer.MAX_VALUE;
      outDist[i] = Double.POSITIVE_INFINITY;
    }
    search(0, q, qOff, k, outIds, outDist);
  }

  private void search(int nd, double[] q, int qOff, int k, int[] bestId, double[] bestDist) {
    if (left[nd] < 0) {
      for (int i = start[nd]; i < end[nd]; i++) {
        double worst = bestDist[k - 1];
        int off = i * dims;
        double s = 0;
        int j = 0;
        for (; j < dims; j++) {
          double x = pts[off + j] - q[qOff + j];
          s += x * x;
          if (s > worst) {
            break;
          }
        }
        if (j == dims && (s < worst || (s == worst && ids[i] < bestId[k - 1]))) {
          insert(s, ids[i], k, bestId, bestDist);
        }
      }
      return;
    }
    int a = left[nd];
    int b = right[nd];
    double da = bound(a, q, qOff);
    double db = bound(b, q, qOff);
    if (db < da) {
      int t = a;
      a = b;
      b = t;
      double u = da;
      da = db;
      db = u;
    }
    if (visit(a, da, k, bestId, bestDist)) {
      search(a, q, qOff, k, bestId, bestDist);
    }
    if (visit(b, db, k, bestId, bestDist)) {
      search(b, q, qOff, k, bestId, bestDist);
    }
  }

  private boolean visit(int nd, double bound, int k, int[] bestId, double[] bestDist) {
    double worst = bestDist[k - 1];
    return bound < worst || (bound == worst && minId[nd] < bestId[k - 1]);
  }

  private double bound(int nd, double[] q, int qOff) {
    int off = nd * dims;
    double s = 0;
    for (int j = 0; j < dims; j++) {
      double x = q[qOff + j];
      double l = lo[off + j];
      double h = hi[off + j];
      double g = x < l ? l - x : (x > h ? x - h : 0.0);
      s += g * g;
    }
    return s;
  }

  private static void insert(double s, int id, int k, int[] bestId, double[] bestDist) {
    int i = k - 1;
    while (i > 0 && (bestDist[i - 1] > s || (bestDist[i - 1] == s && bestId[i - 1] > id))) {
      bestDist[i] = bestDist[i - 1];
      bestId[i] = bestId[i - 1];
      i--;
    }
    bestDist[i] = s;
    bestId[i] = id;
  }
}
