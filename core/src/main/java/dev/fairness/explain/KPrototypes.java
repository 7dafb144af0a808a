package dev.fairness.explain;

import java.util.Arrays;
import java.util.Random;

/**
 * K-prototypes clustering (K-means when there is no categorical column) as spec §6.2 items 3–4:
 * squared Euclidean distance on raw numeric values plus {@code γ ×} mismatching categorical
 * columns, k-means++ seeding, Lloyd iterations (at most 300), mean / mode updates (mode ties to the
 * value whose text sorts first), empty clusters re-seeded with the row farthest from its centre.
 */
final class KPrototypes {

  static final int MAX_ITERATIONS = 300;

  /** One clustering: centres, assignment and total cost. */
  record Result(double[][] num, int[][] cat, int[] assign, double cost) {}

  private final double[][] num;
  private final int[][] cat;
  private final int[][] textRank;
  private final int[] cardinality;
  private final double gamma;
  private final int n;

  /**
   * Creates a clustering problem.
   *
   * @param num numeric values {@code num[row][p]}
   * @param cat categorical codes {@code cat[row][q]}, 0-based per column
   * @param textRank {@code textRank[q][code]} = rank of the code's text among the column's values
   * @param gamma weight of one categorical mismatch
   */
  KPrototypes(double[][] num, int[][] cat, int[][] textRank, double gamma) {
    this.num = num;
    this.cat = cat;
    this.textRank = textRank;
    this.gamma = gamma;
    this.n = num.length;
    this.cardinality = new int[textRank.length];
    for (int q = 0; q < textRank.length; q++) {
      cardinality[q] = textRank[q].length;
    }
  }

  /** Returns the distance of row i to a centre. */
  double distance(int i, double[] cn, int[] cc) {
    double d = 0;
    double[] x = num[i];
    for (int p = 0; p < x.length; p++) {
      double t = x[p] - cn[p];
      d += t * t;
    }
    int mismatches = 0;
    int[] c = cat[i];
    for (int q = 0; q < c.length; q++) {
      if (c[q] != cc[q]) {
        mismatches++;
      }
    }
    return d + gamma * mismatches;
  }

  /** Returns the lowest-cost result of {@code runs} runs with {@code k} clusters. */
  Result best(int k, int runs, Random rnd) {
    Result best = null;
    for (int r = 0; r < runs; r++) {
      Result res = run(k, rnd);
      if (best == null || res.cost() < best.cost()) {
        best = res;
      }
    }
    return best;
  }

  /** Returns one clustering run with {@code k} clusters. */
  Result run(int k, Random rnd) {
    double[][] cn = new double[k][];
    int[][] cc = new int[k][];
    int first = rnd.nextInt(n);
    cn[0] = num[first].clone();
    cc[0] = cat[first].clone();
    double[] dist = new double[n];
    for (int i = 0; i < n; i++) {
      dist[i] = distance(i, cn[0], cc[0]);
    }
    for (int c = 1; c < k; c++) {
      int pick = pickByDistance(dist, rnd);
      cn[c] = num[pick].clone();
      cc[c] = cat[pick].clone();
      for (int i = 0; i < n; i++) {
        dist[i] = Math.min(dist[i], distance(i, cn[c], cc[c]));
      }
    }
    int[] assign = new int[n];
    Arrays.fill(assign, -1);
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      if (!assignNearest(k, cn, cc, assign)) {
        break;
      }
      update(k, cn, cc, assign);
    }
    double cost = 0;
    for (int i = 0; i < n; i++) {
      cost += distance(i, cn[assign[i]], cc[assign[i]]);
    }
    return new Result(cn, cc, assign, cost);
  }

  /**
   * Returns a row drawn with probability proportional to {@code dist} (k-means++ seeding), or a
   * uniform row when every distance is 0.
   */
  private int pickByDistance(double[] dist, Random rnd) {
    double total = 0;
    for (double d : dist) {
      total += d;
    }
    if (total <= 0) {
      return rnd.nextInt(n);
    }
    double u = rnd.nextDouble() * total;
    double acc = 0;
    int lastPositive = 0;
    for (int i = 0; i < n; i++) {
      if (dist[i] > 0) {
        lastPositive = i;
      }
      acc += dist[i];
      if (u < acc && dist[i] > 0) {
        return i;
      }
    }
    return lastPositive;
  }

  /** Assigns every row to its nearest of the k prototypes; returns true when any row moved. */
  private boolean assignNearest(int k, double[][] cn, int[][] cc, int[] assign) {
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      int bestC = 0;
      double bestD = distance(i, cn[0], cc[0]);
      for (int c = 1; c < k; c++) {
        double d = distance(i, cn[c], cc[c]);
        if (d < bestD) {
          bestD = d;
          bestC = c;
        }
      }
      if (assign[i] != bestC) {
        assign[i] = bestC;
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Gives each empty prototype the row farthest from its own prototype (taken from a prototype with
   * more than one row); returns the number of rows per prototype afterwards.
   */
  private int[] refillEmpty(int k, double[][] cn, int[][] cc, int[] assign) {
    int[] size = new int[k];
    for (int a : assign) {
      size[a]++;
    }
    for (int c = 0; c < k; c++) {
      if (size[c] > 0) {
        continue;
      }
      int far = -1;
      double farD = -1;
      for (int i = 0; i < n; i++) {
        if (size[assign[i]] <= 1) {
          continue;
        }
        double d = distance(i, cn[assign[i]], cc[assign[i]]);
        if (d > farD) {
          farD = d;
          far = i;
        }
      }
      if (far < 0) {
        continue;
      }
      size[assign[far]]--;
      assign[far] = c;
      size[c] = 1;
    }
    return size;
  }

  private void update(int k, double[][] cn, int[][] cc, int[] assign) {
    int[] size = refillEmpty(k, cn, cc, assign);
    int p = num.length == 0 ? 0 : num[0].length;
    int qn = cardinality.length;
    for (int c = 0; c < k; c++) {
      if (size[c] == 0) {
        continue;
      }
      Arrays.fill(cn[c], 0);
    }
    int[][][] counts = new int[k][qn][];
    for (int c = 0; c < k; c++) {
      for (int q = 0; q < qn; q++) {
        counts[c][q] = new int[cardinality[q]];
      }
    }
    for (int i = 0; i < n; i++) {
      int c = assign[i];
      for (int j = 0; j < p; j++) {
        cn[c][j] += num[i][j];
      }
      for (int q = 0; q < qn; q++) {
        counts[c][q][cat[i][q]]++;
      }
    }
    for (int c = 0; c < k; c++) {
      if (size[c] == 0) {
        continue;
      }
      for (int j = 0; j < p; j++) {
        cn[c][j] /= size[c];
      }
      for (int q = 0; q < qn; q++) {
        int best = 0;
        for (int v = 1; v < cardinality[q]; v++) {
          int cv = counts[c][q][v];
          int cb = counts[c][q][best];
          if (cv > cb || (cv == cb && textRank[q][v] < textRank[q][best])) {
            best = v;
          }
        }
        cc[c][q] = best;
      }
    }
  }
}
