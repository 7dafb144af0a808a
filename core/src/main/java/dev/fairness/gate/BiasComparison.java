package dev.fairness.gate;

import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A baseline analysis compared with a current one, metric by metric (Clarify's bias-drift check,
 * run locally): for every stage, facet, group and metric the two values and the change {@code
 * current − baseline}, flagged when the absolute change exceeds its {@link ChangeLimits limit},
 * when a metric is in one analysis only, or when the current metric newly carries an error; plus
 * absolute bounds, given as assertions (spec §10.3) evaluated on the current analysis; and, when
 * both analyses have SHAP results, the {@link AttributionDrift feature-attribution drift} of each
 * label key.
 *
 * <p>Order is deterministic: stage {@code pre} then {@code post}; within a stage the baseline's
 * facets, groups and metrics in file order, then those only the current analysis has.
 */
public final class BiasComparison {

  private final List<MetricChange> changes;
  private final List<AssertionCheck.Outcome> assertions;
  private final ChangeLimits limits;
  private final List<AttributionDrift> attributions;

  private BiasComparison(
      List<MetricChange> changes,
      List<AssertionCheck.Outcome> assertions,
      ChangeLimits limits,
      List<AttributionDrift> attributions) {
    this.changes = List.copyOf(changes);
    this.assertions = List.copyOf(assertions);
    this.limits = limits;
    this.attributions = List.copyOf(attributions);
  }

  /**
   * Returns the comparison of {@code current} against {@code baseline} under the limits, with the
   * assertions evaluated on {@code current}. Pure; neither result is modified.
   */
  public static BiasComparison compare(
      AnalysisResult baseline,
      AnalysisResult current,
      ChangeLimits limits,
      List<Assertion> assertions) {
    return compare(baseline, current, limits, assertions, AttributionDrift.DEFAULT_MIN_NDCG);
  }

  /**
   * Returns the comparison as {@link #compare(AnalysisResult, AnalysisResult, ChangeLimits, List)}
   * does, with feature-attribution drift judged against {@code minNdcg}.
   */
  public static BiasComparison compare(
      AnalysisResult baseline,
      AnalysisResult current,
      ChangeLimits limits,
      List<Assertion> assertions,
      double minNdcg) {
    List<MetricChange> changes = new ArrayList<>();
    stage(changes, "pre", baseline.preTraining(), current.preTraining(), limits);
    stage(changes, "post", baseline.postTraining(), current.postTraining(), limits);
    List<AttributionDrift> drift =
        AttributionDrift.compare(baseline.explanations(), current.explanations(), minNdcg);
    return new BiasComparison(changes, AssertionCheck.evaluate(assertions, current), limits, drift);
  }

  /** Returns the feature-attribution drift per SHAP label key; empty without SHAP on both sides. */
  public List<AttributionDrift> attributions() {
    return attributions;
  }

  /** Returns the label keys whose attributions drifted past the threshold. */
  public List<AttributionDrift> attributionViolations() {
    return attributions.stream().filter(AttributionDrift::violated).toList();
  }

  /** Returns every compared metric in order. */
  public List<MetricChange> changes() {
    return changes;
  }

  /** Returns the compared metrics that fail the comparison, in order. */
  public List<MetricChange> violations() {
    return changes.stream().filter(MetricChange::violated).toList();
  }

  /** Returns the outcome of each assertion on the current analysis, in the given order. */
  public List<AssertionCheck.Outcome> assertions() {
    return assertions;
  }

  /** Returns the assertions that failed. */
  public List<AssertionCheck.Outcome> failedAssertions() {
    return assertions.stream().filter(o -> !o.passed()).toList();
  }

  /** Returns the limits the changes were judged by. */
  public ChangeLimits limits() {
    return limits;
  }

  /** Returns whether any compared metric has intervals on both sides. */
  public boolean hasIntervals() {
    return changes.stream().anyMatch(m -> m.significant() != null);
  }

  /** Returns true when no metric or attribution violates and every assertion holds. */
  public boolean passed() {
    return violations().isEmpty()
        && failedAssertions().isEmpty()
        && attributionViolations().isEmpty();
  }

  private static void stage(
      List<MetricChange> out,
      String stage,
      BiasReport baseline,
      BiasReport current,
      ChangeLimits limits) {
    Map<String, Map<String, Map<String, MetricValue>>> base = index(baseline);
    Map<String, Map<String, Map<String, MetricValue>>> cur = index(current);
    for (String facet : union(base.keySet(), cur.keySet())) {
      Map<String, Map<String, MetricValue>> bf = base.getOrDefault(facet, Map.of());
      Map<String, Map<String, MetricValue>> cf = cur.getOrDefault(facet, Map.of());
      for (String group : union(bf.keySet(), cf.keySet())) {
        Map<String, MetricValue> bg = bf.getOrDefault(group, Map.of());
        Map<String, MetricValue> cg = cf.getOrDefault(group, Map.of());
        for (String metric : union(bg.keySet(), cg.keySet())) {
          out.add(
              change(
                  stage,
                  facet,
                  group,
                  metric,
                  bg.get(metric),
                  cg.get(metric),
                  limits.limitFor(metric),
                  limits.significantOnly()));
        }
      }
    }
  }

  /**
   * Returns {@link #change(String, String, String, String, MetricValue, MetricValue, Double,
   * boolean)} with the limit applied to every change.
   */
  static MetricChange change(
      String stage,
      String facet,
      String group,
      String metric,
      MetricValue baseline,
      MetricValue current,
      Double limit) {
    return change(stage, facet, group, metric, baseline, current, limit, false);
  }

  /**
   * Returns the comparison of one metric; {@code baseline} or {@code current} may be null (absent)
   * but not both.
   */
  static MetricChange change(
      String stage,
      String facet,
      String group,
      String metric,
      MetricValue baseline,
      MetricValue current,
      Double limit,
      boolean significantOnly) {
    Double change = null;
    Boolean significant = null;
    MetricChange.Status status;
    if (current == null) {
      status = MetricChange.Status.REMOVED;
    } else if (baseline == null) {
      status = MetricChange.Status.ADDED;
    } else if (current.failed()) {
      status = baseline.failed() ? MetricChange.Status.STILL_ERROR : MetricChange.Status.NEW_ERROR;
    } else if (baseline.failed()) {
      status = MetricChange.Status.RECOVERED;
    } else {
      change = difference(baseline.value(), current.value());
      significant = significant(baseline.ci(), current.ci());
      boolean exceeded = limit != null && Math.abs(change) > limit;
      if (exceeded && significantOnly && Boolean.FALSE.equals(significant)) {
        status = MetricChange.Status.NOT_SIGNIFICANT;
      } else {
        status = exceeded ? MetricChange.Status.EXCEEDED : MetricChange.Status.OK;
      }
    }
    return new MetricChange(
        stage, facet, group, metric, baseline, current, change, limit, status, significant);
  }

  /**
   * Returns whether two intervals do not overlap (a significant change), or null when either is
   * missing; intervals that touch at a bound overlap.
   */
  static Boolean significant(ConfidenceInterval baseline, ConfidenceInterval current) {
    if (baseline == null || current == null) {
      return null;
    }
    return baseline.high() < current.low() || current.high() < baseline.low();
  }

  /**
   * Returns {@code current − baseline}; equal values (equal infinities included) give exactly 0, so
   * the result is never NaN: a finite/infinite pair gives ±∞, opposite infinities the infinity of
   * the current side's sign.
   */
  static double difference(double baseline, double current) {
    return baseline == current ? 0.0 : current - baseline;
  }

  private static Map<String, Map<String, Map<String, MetricValue>>> index(BiasReport report) {
    Map<String, Map<String, Map<String, MetricValue>>> out = new LinkedHashMap<>();
    if (report == null) {
      return out;
    }
    for (Map.Entry<String, List<FacetGroupResult>> e : report.facets().entrySet()) {
      Map<String, Map<String, MetricValue>> groups =
          out.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>());
      for (FacetGroupResult g : e.getValue()) {
        Map<String, MetricValue> metrics =
            groups.computeIfAbsent(g.valueOrThreshold(), k -> new LinkedHashMap<>());
        for (MetricValue m : g.metrics()) {
          metrics.putIfAbsent(m.name(), m);
        }
      }
    }
    return out;
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> out = new LinkedHashSet<>(first);
    out.addAll(second);
    return out;
  }
}
