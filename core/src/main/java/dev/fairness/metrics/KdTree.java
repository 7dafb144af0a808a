package dev.fairness.metrics;

/**
 * An exact k-nearest-neighbour index over points in R^dims (squared Euclidean distance), with ties
 * on distance broken by the smaller point id. Results equal those of a brute-force scan that
 * computes {@link #squaredDistance} and orders by (distance, id): pruning uses bounding boxes whose
 * lower bounds are computed with the same per-dimension summation order, which floating-point
 * rounding keeps monotone, and a node whose bound equals the current k-th distance is skipped only
 * when all its ids are larger than the k-th id. Identical points are stored once with their ids.
 *
 * <p>Immutable after construction and safe for concurrent queries.
 */
public final class KdTree {

  private static final int LEAF = 16;

  private final int dims;
  private final double[] pts; // distinct points, row-major, in tree order
  private final int[] uid; // distinct-point index per tree position
  private final DistinctPoints groups;
  private final int[] start;
  private final int[] end;
  private final int[] left; // -1 for a leaf
  private final int[] right;
  private final int[] minId;
  private final double[] lo; // nodes x dims
  private final double[] hi;
  private int nodes;

  /**
   * Builds the index. Identical points are stored once with all their ids.
   *
   * @param points row-major coordinates, {@code pointIds.length * dims} values (not modified)
   * @param pointIds the id of each point (used for tie-breaking and returned by queries)
   * @param dims number of dimensions
   */
  public KdTree(double[] points, int[] pointIds, int dims) {
    this(new DistinctPoints(points, pointIds, dims));
  }

  KdTree(DistinctPoints groups) {
    this.groups = groups;
    this.dims = groups.dims;
    int m = groups.size();
    pts = groups.points.clone();
    uid = new int[m];
    for (int i = 0; i < m; i++) {
      uid[i] = i;
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
    build(0, m);
    for (int nd = nodes - 1; nd >= 0; nd--) {
      if (left[nd] < 0) {
        int mi = Integer.MAX_VALUE;
        for (int i = start[nd]; i < end[nd]; i++) {
          mi = Math.min(mi, groups.ids[groups.start[uid[i]]]);
        }
        minId[nd] = mi;
      } else {
        minId[nd] = Math.min(minId[left[nd]], minId[right[nd]]);
      }
    }
  }

  /** Returns the number of distinct indexed points. */
  public int size() {
    return uid.length;
  }

  /** Returns the distinct-point indexes in tree order (a spatially coherent order). */
  int[] order() {
    return uid.clone();
  }

  private int build(int from, int to) {
    int nd = nodes++;
    start[nd] = from;
    end[nd] = to;
    int off = nd * dims;
    for (int j = 0; j < dims; j++) {
      lo[off + j] = Double.POSITIVE_INFINITY;
      hi[off + j] = Double.NEGATIVE_INFINITY;
    }
    // points are moved in place, so the box scan reads memory sequentially
    for (int i = from; i < to; i++) {
      int p = i * dims;
      for (int j = 0; j < dims; j++) {
        double x = pts[p + j];
        if (x < lo[off + j]) {
          lo[off + j] = x;
        }
        if (x > hi[off + j]) {
          hi[off + j] = x;
        }
      }
    }
    int bestDim = 0;
    double bestSpread = -1;
    for (int j = 0; j < dims; j++) {
      double spread = hi[off + j] - lo[off + j];
      if (spread > bestSpread) {
        bestSpread = spread;
        bestDim = j;
      }
    }
    if (to - from <= LEAF || bestSpread <= 0) {
      left[nd] = -1;
      right[nd] = -1;
      return nd;
    }
    int mid = (from + to) >>> 1;
    select(from, to - 1, mid, bestDim);
    left[nd] = build(from, mid);
    right[nd] = build(mid, to);
    return nd;
  }

  /** Quickselect: puts the point of rank {@code k} (by coordinate {@code j}) at {@code k}. */
  private void select(int l, int r, int k, int j) {
    while (r > l) {
      double pivot = pts[((l + r) >>> 1) * dims + j];
      int i = l;
      int q = r;
      while (i <= q) {
        while (pts[i * dims + j] < pivot) {
          i++;
        }
        while (pts[q * dims + j] > pivot) {
          q--;
        }
        if (i <= q) {
          swap(i, q);
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

  private void swap(int a, int b) {
    int pa = a * dims;
    int pb = b * dims;
    for (int j = 0; j < dims; j++) {
      double t = pts[pa + j];
      pts[pa + j] = pts[pb + j];
      pts[pb + j] = t;
    }
    int t = uid[a];
    uid[a] = uid[b];
    uid[b] = t;
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
   * @param k neighbours wanted (at least 1, at most the number of indexed ids)
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
        if (j == dims) {
          // the rows of one distinct point, ascending ids: stop at the first that does not fit
          int u = uid[i];
          for (int g = groups.start[u]; g < groups.start[u + 1]; g++) {
            int id = groups.ids[g];
            if (s < bestDist[k - 1] || (s == bestDist[k - 1] && id < bestId[k - 1])) {
              insert(s, id, k, bestId, bestDist);
            } else {
              break;
            }
          }
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
