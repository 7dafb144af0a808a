package dev.fairness.metrics;

import dev.fairness.RunLog;
import dev.fairness.result.MetricValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates requested metrics for one facet group (spec §5.1): each metric independently, a failure
 * becomes {@link MetricValue#failed} with the metric's error text plus a warn line {@code <NAME>
 * metrics failed}, NaN becomes the error {@code Metric value is NaN}, and the output is sorted by
 * name in ASCII order.
 */
public final class MetricEngine {

  private MetricEngine() {}

  /** Returns the metric of a stage with the given acronym; throws when there is none. */
  public static BiasMetric byId(Stage stage, String id) {
    return stage == Stage.PRE_TRAINING
        ? PreTrainingMetric.valueOf(id)
        : PostTrainingMetric.valueOf(id);
  }

  /** Returns the metric of either stage with the given acronym, or null for an unknown one. */
  public static BiasMetric find(String id) {
    for (Stage s : Stage.values()) {
      for (BiasMetric m : s.metrics()) {
        if (m.id().equals(id)) {
          return m;
        }
      }
    }
    return null;
  }

  /** Returns true when any of the given metrics of a stage reads the feature columns. */
  public static boolean readsFeatures(Stage stage, List<String> ids) {
    return ids != null && resolve(stage, ids).stream().anyMatch(BiasMetric::readsFeatures);
  }

  /** Returns the metrics of a stage for the given acronyms (duplicates kept once), ASCII-sorted. */
  public static List<BiasMetric> resolve(Stage stage, List<String> ids) {
    List<BiasMetric> out = new ArrayList<>();
    for (String id : ids) {
      BiasMetric m = byId(stage, id);
      if (!out.contains(m)) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(BiasMetric::id));
    return out;
  }

  /** Returns the values of {@code metrics} for one view, sorted by name, warning per failure. */
  public static List<MetricValue> evaluate(List<BiasMetric> metrics, FacetView view, RunLog log) {
    List<MetricValue> out = new ArrayList<>(metrics.size());
    for (BiasMetric m : sorted(metrics)) {
      MetricValue v;
      try {
        v = MetricValue.of(m.id(), m.description(), m.compute(view));
      } catch (MetricUndefinedException e) {
        v = MetricValue.failed(m.id(), m.description(), e.getMessage());
      }
      if (v.failed()) {
        log.warn(m.id() + " metrics failed");
      }
      out.add(v);
    }
    return out;
  }

  /**
   * Returns every metric failed with one error (e.g. predicted labels unusable, spec §4.4), sorted
   * by name, warning per metric.
   */
  public static List<MetricValue> failAll(List<BiasMetric> metrics, String error, RunLog log) {
    List<MetricValue> out = new ArrayList<>(metrics.size());
    for (BiasMetric m : sorted(metrics)) {
      log.warn(m.id() + " metrics failed");
      out.add(MetricValue.failed(m.id(), m.description(), error));
    }
    return out;
  }

  private static List<BiasMetric> sorted(List<BiasMetric> metrics) {
    List<BiasMetric> s = new ArrayList<>(metrics);
    s.sort(Comparator.comparing(BiasMetric::id));
    return s;
  }
}
