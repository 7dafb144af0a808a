package dev.fairness.explain;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** In-process scorers for tests. */
final class Scorers {

  private Scorers() {}

  /** Returns a single-output scorer from a function of the numeric feature vector. */
  static BatchScorer of(ToDoubleFunction<double[]> f) {
    return rows -> {
      double[][] out = new double[rows.size()][];
      for (int r = 0; r < rows.size(); r++) {
        out[r] = new double[] {f.applyAsDouble(numeric(rows.get(r)))};
      }
      return out;
    };
  }

  /** Returns the row as doubles (booleans 1/0). */
  static double[] numeric(Object[] row) {
    double[] z = new double[row.length];
    for (int i = 0; i < row.length; i++) {
      Object v = row[i];
      z[i] =
          v instanceof Boolean b
              ? (b ? 1 : 0)
              : v == null ? Double.NaN : ((Number) v).doubleValue();
    }
    return z;
  }

  static double sigmoid(double t) {
    return 1 / (1 + Math.exp(-t));
  }

  /** Returns rows of Doubles. */
  static List<Object[]> rows(double[]... rows) {
    return java.util.Arrays.stream(rows)
        .map(r -> java.util.Arrays.stream(r).boxed().toArray(Object[]::new))
        .toList();
  }
}
