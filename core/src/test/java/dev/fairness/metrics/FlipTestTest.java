package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The k-d tree and FT against brute force, including ties on distance and duplicate points. */
class FlipTestTest {

  /** Brute force: all points ordered by (squared distance, id), first k ids. */
  static int[] bruteForce(double[] pts, int[] ids, int dims, double[] q, int qOff, int k) {
    double[] dist = new double[ids.length];
    for (int i = 0; i < ids.length; i++) {
      dist[i] = KdTree.squaredDistance(pts, i * dims, q, qOff, dims);
    }
    boolean[] taken = new boolean[ids.length];
    int[] out = new int[k];
    for (int j = 0; j < k; j++) {
      int best = -1;
      for (int i = 0; i < ids.length; i++) {
        if (!taken[i]
            && (best < 0
                || dist[i] < dist[best]
                || (dist[i] == dist[best] && ids[i] < ids[best]))) {
          best = i;
        }
      }
      taken[best] = true;
      out[j] = ids[best];
    }
    return out;
  }

  static double bruteForceFlipTest(double[] x, int dims, boolean[] d, boolean[] yhat) {
    int n = d.length;
    int[] aIds = IntStream.range(0, n).filter(i -> !d[i]).toArray();
    double[] aPts = new double[aIds.length * dims];
    for (int j = 0; j < aIds.length; j++) {
      System.arraycopy(x, aIds[j] * dims, aPts, j * dims, dims);
    }
    int k = aIds.length > 9 ? 5 : 1;
    long diff = 0;
    int nd = 0;
    for (int i = 0; i < n; i++) {
      if (!d[i]) {
        continue;
      }
      nd++;
      int votes = 0;
      for (int id : bruteForce(aPts, aIds, dims, x, i * dims, k)) {
        votes += yhat[id] ? 1 : 0;
      }
      boolean knn = 2 * votes > k;
      diff += yhat[i] && !knn ? 1 : (!yhat[i] && knn ? -1 : 0);
    }
    return (double) diff / nd;
  }

  /** Points on a coarse integer grid (many ties and duplicates), or continuous values. */
  static double[] points(Random rnd, int n, int dims, boolean grid) {
    double[] p = new double[n * dims];
    for (int i = 0; i < p.length; i++) {
      p[i] = grid ? rnd.nextInt(3) : rnd.nextGaussian() * (1 + i % dims);
    }
    return p;
  }

  @Test
  void treeEqualsBruteForceWithTies() {
    Random rnd = new Random(2024);
    for (int trial = 0; trial < 60; trial++) {
      int dims = 1 + rnd.nextInt(5);
      int m = 1 + rnd.nextInt(400);
      boolean grid = trial % 2 == 0;
      double[] pts = points(rnd, m, dims, grid);
      int[] ids = new int[m];
      for (int i = 0; i < m; i++) {
        ids[i] = 3 * i + rnd.nextInt(3); // increasing ids with gaps, as row indexes are
      }
      KdTree tree = new KdTree(pts, ids, dims);
      int k = Math.min(m, trial % 3 == 0 ? 1 : 5);
      double[] q = points(rnd, 50, dims, grid);
      int[] got = new int[k];
      double[] dist = new double[k];
      for (int j = 0; j < 50; j++) {
        tree.nearest(q, j * dims, k, got, dist);
        assertArrayEquals(bruteForce(pts, ids, dims, q, j * dims, k), got, "trial " + trial);
      }
    }
  }

  @Test
  void flipTestEqualsBruteForce() {
    Random rnd = new Random(99);
    for (int trial = 0; trial < 30; trial++) {
      int n = 2 + rnd.nextInt(1200);
      int dims = 1 + rnd.nextInt(6);
      double[] x = points(rnd, n, dims, trial % 2 == 0);
      boolean[] d = new boolean[n];
      boolean[] yhat = new boolean[n];
      for (int i = 0; i < n; i++) {
        d[i] = rnd.nextDouble() < 0.3;
        yhat[i] = rnd.nextBoolean();
      }
      d[0] = true;
      d[1] = false;
      assertEquals(bruteForceFlipTest(x, dims, d, yhat), FlipTest.compute(x, dims, d, yhat), 0.0);
    }
  }

  @Test
  void tiesGoToTheSmallerRowIndex() {
    // spec §5.5 V4: one d row at distance 1 from all four a rows; k = 1 picks row 0
    double[] z = {1, 1, 0, 1, 1};
    boolean[] d = {false, false, true, false, false};
    boolean[] yhat = {true, false, false, true, true};
    assertEquals(-1.0, FlipTest.compute(z, 1, d, yhat), 0.0);
    yhat[0] = false;
    assertEquals(0.0, FlipTest.compute(z, 1, d, yhat), 0.0);
  }

  @Test
  void neighbourCount() {
    assertEquals(1, FlipTest.neighbours(9));
    assertEquals(5, FlipTest.neighbours(10));
  }
}
