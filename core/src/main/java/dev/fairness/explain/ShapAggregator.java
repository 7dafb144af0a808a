package dev.fairness.explain;

import dev.fairness.result.ShapLabelResult;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Global SHAP values (spec §6.6) per output and explained feature: {@code mean_abs} and {@code
 * mean_sq} keep sums and are mergeable; {@code median} keeps every local value and is exact.
 */
public final class ShapAggregator {

  private final String method;
  private final int outputs;
  private final int features;
  private final double[][] sums;
  private final double[][][] values;
  private long count;

  /**
   * Creates an empty aggregator. Throws {@link IllegalArgumentException} for an unknown method.
   *
   * @param method {@code mean_abs}, {@code median} or {@code mean_sq}
   */
  public ShapAggregator(String method, int outputs, int features) {
    if (!List.of("mean_abs", "median", "mean_sq").contains(method)) {
      throw new IllegalArgumentException("unknown agg_method " + method);
    }
    this.method = method;
    this.outputs = outputs;
    this.features = features;
    this.sums = new double[outputs][features];
    this.values = method.equals("median") ? new double[outputs][features][16] : null;
  }

  /** Adds one record's local values {@code phi[j][e]}. */
  public void add(double[][] phi) {
    if (values != null && count == values[0][0].length) {
      for (double[][] out : values) {
        for (int e = 0; e < features; e++) {
          out[e] = Arrays.copyOf(out[e], (int) count * 2);
        }
      }
    }
    for (int j = 0; j < outputs; j++) {
      for (int e = 0; e < features; e++) {
        double v = phi[j][e];
        if (values != null) {
          values[j][e][(int) count] = v;
        } else {
          sums[j][e] += method.equals("mean_abs") ? Math.abs(v) : v * v;
        }
      }
    }
    count++;
  }

  /** Adds every record of {@code other} (same method and shape) to this aggregator. */
  public void merge(ShapAggregator other) {
    if (values != null) {
      for (int r = 0; r < other.count; r++) {
        double[][] phi = new double[outputs][features];
        for (int j = 0; j < outputs; j++) {
          for (int e = 0; e < features; e++) {
            phi[j][e] = other.values[j][e][r];
          }
        }
        add(phi);
      }
      return;
    }
    for (int j = 0; j < outputs; j++) {
      for (int e = 0; e < features; e++) {
        sums[j][e] += other.sums[j][e];
      }
    }
    count += other.count;
  }

  /** Returns the number of records added. */
  public long count() {
    return count;
  }

  /** Returns the global value of output j and explained feature e (0 when nothing was added). */
  public double value(int j, int e) {
    if (count == 0) {
      return 0;
    }
    if (values == null) {
      return sums[j][e] / count;
    }
    double[] v = Arrays.copyOf(values[j][e], (int) count);
    Arrays.sort(v);
    int mid = v.length / 2;
    return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  }

  /**
   * Returns label key to {@link ShapLabelResult}, in label-key order, with the features in the
   * given (feature) order.
   */
  public Map<String, ShapLabelResult> results(
      List<String> labelKeys, List<String> featureNames, double[] expectedValues) {
    Map<String, ShapLabelResult> out = new LinkedHashMap<>();
    for (int j = 0; j < outputs; j++) {
      Map<String, Double> global = new LinkedHashMap<>();
      for (int e = 0; e < features; e++) {
        global.put(featureNames.get(e), value(j, e));
      }
      out.put(labelKeys.get(j), new ShapLabelResult(global, expectedValues[j]));
    }
    return out;
  }
}
