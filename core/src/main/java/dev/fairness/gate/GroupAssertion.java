package dev.fairness.gate;

import dev.fairness.result.AnalysisResult;
import dev.fairness.result.GroupMetricsResult;
import dev.fairness.result.MetricValue;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an assertion of the stage {@code group} (issue 17) against {@code group_metrics}:
 * without a group it checks each facet's {@code summary} value of that name, with a group the
 * group's {@code by_group} value. An undefined (null) value fails like a metric error.
 */
final class GroupAssertion {

  private GroupAssertion() {}

  /** Adds the values the assertion matches, and the failed checks among them. */
  static void collect(
      Assertion a,
      AnalysisResult result,
      List<AssertionCheck.Match> matches,
      List<AssertionFailure> failures) {
    if (result.groupMetrics() == null) {
      return;
    }
    for (Map.Entry<String, GroupMetricsResult> e : result.groupMetrics().entrySet()) {
      if (a.facet() != null && !a.facet().equals(e.getKey())) {
        continue;
      }
      GroupMetricsResult r = e.getValue();
      if (a.group() == null) {
        check(a, e.getKey(), null, r, r.summary(), matches, failures);
      } else if (r.byGroup().containsKey(a.group())) {
        check(a, e.getKey(), a.group(), r, r.byGroup().get(a.group()), matches, failures);
      }
    }
  }

  private static void check(
      Assertion a,
      String facet,
      String group,
      GroupMetricsResult r,
      Map<String, Double> values,
      List<AssertionCheck.Match> matches,
      List<AssertionFailure> failures) {
    if (!values.containsKey(a.metric())) {
      return;
    }
    Double v = values.get(a.metric());
    MetricValue m =
        v == null
            ? MetricValue.failed(a.metric(), a.metric(), "undefined")
            : MetricValue.of(a.metric(), a.metric(), v).withInterval(r.interval(group, a.metric()));
    matches.add(new AssertionCheck.Match(facet, group, m));
    if (v == null) {
      failures.add(new AssertionFailure(a, facet, group, "error: undefined"));
    } else if (!AssertionCheck.holds(a, m)) {
      failures.add(new AssertionFailure(a, facet, group, AssertionCheck.shown(a, m)));
    }
  }
}
