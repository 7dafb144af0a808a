package dev.fairness.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The comparison of several models on one dataset (issue 19, {@code comparison.json}): per model
 * its performance over all rows (from label against predicted label), the chosen post-training
 * metrics per facet group, its disparity on the chart's y metric (the worst facet group), and
 * whether it is Pareto-optimal for "maximize the x performance, minimize the disparity".
 *
 * @param xAxis the performance on the x axis ({@code accuracy} or {@code balanced_accuracy})
 * @param yAxis the metric whose disparity is on the y axis
 * @param metrics the compared metrics, in order
 * @param models one entry per model, in configuration order
 */
public record ModelComparison(
    String xAxis, String yAxis, List<String> metrics, List<Entry> models) {

  /** Creates a comparison; the lists are copied. */
  public ModelComparison {
    metrics = List.copyOf(metrics);
    models = List.copyOf(models);
  }

  /**
   * One model.
   *
   * @param name model name
   * @param accuracy (TP + TN) / n, or null without a binary confusion matrix
   * @param balancedAccuracy (TPR + TNR) / 2, or null
   * @param selectionRate (TP + FP) / n, the share predicted positive, or null
   * @param values the compared metrics per facet group, metric order then facet and group order
   * @param disparity the y-axis disparity ({@link #disparity(String, double)} of the worst group),
   *     or null when every value of the metric failed
   * @param paretoOptimal whether no other model is at least as good on both axes and better on one
   */
  public record Entry(
      String name,
      Double accuracy,
      Double balancedAccuracy,
      Double selectionRate,
      List<GroupValue> values,
      Double disparity,
      boolean paretoOptimal) {

    /** Returns the performance on the x axis of {@code comparison}, or null. */
    public Double performance(String xAxis) {
      return xAxis.equals("balanced_accuracy") ? balancedAccuracy : accuracy;
    }
  }

  /**
   * One metric of one facet group.
   *
   * @param metric acronym
   * @param facet facet name
   * @param group group string
   * @param value the value, or null when the metric failed
   * @param error smclarify's error text, or null
   */
  public record GroupValue(String metric, String facet, String group, Double value, String error) {}

  /**
   * Returns the distance of {@code value} of {@code metric} from parity: for DI, {@code 1 - min(DI,
   * 1/DI)} (0 at parity, 1 when one group gets nothing; Fairlearn's ratio complement); for every
   * other metric {@code |value|}.
   */
  public static double disparity(String metric, double value) {
    if (metric.equals("DI")) {
      if (Double.isNaN(value)) {
        return Double.NaN;
      }
      return value <= 0 || Double.isInfinite(value) ? 1 : 1 - Math.min(value, 1 / value);
    }
    return Math.abs(value);
  }

  /**
   * Returns the comparison of {@code results} (one per name, same order) on {@code metrics}, with
   * {@code xAxis} and {@code yAxis} (one of {@code metrics}) as the Pareto objectives.
   */
  public static ModelComparison of(
      List<String> names,
      List<AnalysisResult> results,
      List<String> metrics,
      String xAxis,
      String yAxis) {
    List<Entry> raw = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      raw.add(entry(names.get(i), results.get(i).postTraining(), metrics, yAxis));
    }
    List<Entry> out = new ArrayList<>();
    for (Entry e : raw) {
      out.add(
          new Entry(
              e.name(),
              e.accuracy(),
              e.balancedAccuracy(),
              e.selectionRate(),
              e.values(),
              e.disparity(),
              optimal(e, raw, xAxis)));
    }
    return new ModelComparison(xAxis, yAxis, metrics, out);
  }

  private static Entry entry(String name, BiasReport post, List<String> metrics, String yAxis) {
    Double acc = null;
    Double bal = null;
    Double sel = null;
    if (post != null && post.performance() != null) {
      double[] c = post.performance().binaryConfusionMatrix(); // TP, FP, FN, TN as fractions
      if (c != null && c.length == 4) {
        acc = c[0] + c[3];
        sel = c[0] + c[1];
        bal = (c[0] / (c[0] + c[2]) + c[3] / (c[3] + c[1])) / 2;
        bal = bal.isNaN() ? null : bal;
      }
    }
    List<GroupValue> values = new ArrayList<>();
    Double worst = null;
    for (String metric : metrics) {
      if (post == null) {
        break;
      }
      for (Map.Entry<String, List<FacetGroupResult>> f : post.facets().entrySet()) {
        for (FacetGroupResult g : f.getValue()) {
          for (MetricValue m : g.metrics()) {
            if (!m.name().equals(metric)) {
              continue;
            }
            values.add(
                new GroupValue(metric, f.getKey(), g.valueOrThreshold(), m.value(), m.error()));
            if (metric.equals(yAxis) && m.value() != null) {
              double d = disparity(metric, m.value());
              if (!Double.isNaN(d) && (worst == null || d > worst)) {
                worst = d;
              }
            }
          }
        }
      }
    }
    return new Entry(name, acc, bal, sel, values, worst, false);
  }

  private static boolean optimal(Entry e, List<Entry> all, String xAxis) {
    Double p = e.performance(xAxis);
    Double d = e.disparity();
    if (p == null || d == null) {
      return false;
    }
    for (Entry o : all) {
      Double op = o.performance(xAxis);
      Double od = o.disparity();
      if (o == e || op == null || od == null) {
        continue;
      }
      if (op >= p && od <= d && (op > p || od < d)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the names of the Pareto-optimal models, in configuration order. */
  public List<String> paretoOptimal() {
    return models.stream().filter(Entry::paretoOptimal).map(Entry::name).toList();
  }

  /**
   * Returns the models ranked: higher x performance first, then smaller disparity, then
   * configuration order; a model without a value sorts after those with one.
   */
  public List<Entry> ranked() {
    Comparator<Entry> byPerformance =
        Comparator.comparing(
            (Entry e) -> e.performance(xAxis),
            Comparator.nullsLast(Comparator.<Double>reverseOrder()));
    Comparator<Entry> byDisparity =
        Comparator.comparing(Entry::disparity, Comparator.nullsLast(Comparator.naturalOrder()));
    return models.stream().sorted(byPerformance.thenComparing(byDisparity)).toList();
  }
}
