package dev.fairness.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.gate.Assertion;
import dev.fairness.gate.AssertionCheck;
import dev.fairness.groups.GroupMetric;
import dev.fairness.groups.MetricFrame;
import dev.fairness.result.AnalysisJsonWriter;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.GroupMetricsResult;
import dev.fairness.stats.BinomialSampler;
import dev.fairness.stats.GroupCounts;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Intervals on the Fairlearn-style group metrics (issue 18). */
class GroupIntervalsTest {

  // group A: 400 rows, 120 predicted positive (rate 0.3); group B: 600 rows, 300 (rate 0.5);
  // 50 rows in no group
  private static final List<String> GROUPS = List.of("A", "B");
  private static final List<GroupCounts> COUNTS =
      List.of(GroupCounts.ofConfusion(80, 40, 60, 220), GroupCounts.ofConfusion(200, 100, 50, 250));
  private static final GroupCounts OVERALL = GroupCounts.ofConfusion(290, 150, 120, 490);
  private static final List<GroupMetric> METRICS =
      List.of(GroupMetric.byId("selection_rate"), GroupMetric.byId("true_positive_rate"));

  private static GroupMetricsResult run(long seed) {
    GroupMetricsResult r = MetricFrame.compute(GROUPS, COUNTS, OVERALL, METRICS);
    return GroupIntervals.attach(
        r, GROUPS, COUNTS, OVERALL, METRICS, new BootstrapIntervals(2000, 0.95, seed), 0);
  }

  @Test
  void selectionRateIntervalHasTheBinomialWidth() {
    GroupMetricsResult r = run(1);
    assertEquals(r.values().size(), r.intervals().size());
    ConfidenceInterval a = r.interval("A", "selection_rate");
    // sd of a rate 0.3 on 400 rows = 0.0229; 95 % interval about 2 x 1.96 x 0.0229 = 0.0898 wide
    assertEquals(0.0898, a.high() - a.low(), 0.009);
    assertTrue(a.low() < 0.3 && 0.3 < a.high(), a.toString());
    ConfidenceInterval dpd = r.interval(null, "demographic_parity_difference");
    // 0.5 - 0.3 = 0.2; sd = sqrt(0.3*0.7/400 + 0.5*0.5/600) = 0.0312 -> width about 0.122
    assertEquals(0.122, dpd.high() - dpd.low(), 0.012);
    assertEquals(r.intervals(), run(1).intervals());
    assertTrue(!r.intervals().equals(run(2).intervals()));
    assertNull(MetricFrame.compute(GROUPS, COUNTS, OVERALL, METRICS).intervals());
  }

  @Test
  void analysisJsonGetsACiMirrorAndGatesReadIt() throws Exception {
    GroupMetricsResult r = run(1);
    AnalysisResult result = new AnalysisResult(null, null, null, null, Map.of("Race", r));
    StringWriter w = new StringWriter();
    new AnalysisJsonWriter().write(result, w);
    String json = w.toString().replaceAll("\\s+", "");
    ConfidenceInterval a = r.interval("A", "selection_rate");
    assertTrue(
        json.contains("\"ci\":{\"by_group\":{\"A\":{\"selection_rate\":[" + a.low() + ","), json);
    assertTrue(json.contains("\"summary\":{\"demographic_parity_difference\":["), json);
    AssertionCheck.Outcome o =
        AssertionCheck.evaluate(
            Assertion.parse("upper(group.selection_rate@Race=A) <= 0.3"), result);
    assertEquals(1, o.failures().size());
    assertTrue(o.failures().get(0).detail().startsWith("0.3 ["), o.failures().get(0).detail());
    assertNotNull(
        AssertionCheck.evaluate(
                Assertion.parse("lower(group.demographic_parity_difference@Race) >= 0.1"), result)
            .matches());
    assertTrue(
        AssertionCheck.evaluate(
                Assertion.parse("lower(group.demographic_parity_difference@Race) >= 0.1"), result)
            .passed());
  }

  /**
   * Coverage of the group selection-rate difference: groups A (probability 0.4 of a row) and B with
   * selection rates 0.3 and 0.5, so difference_between_groups.selection_rate = 0.2 in the
   * population; over 1,000 datasets of 500 rows the 95 % interval (1,000 replicates) must contain
   * 0.2 in 93–97 % of them.
   */
  @Test
  void selectionRateDifferenceIntervalsCoverTheTruth() {
    BinomialSampler sampler = new BinomialSampler(new SplittableRandom(2027));
    List<GroupMetric> rate = List.of(GroupMetric.byId("selection_rate"));
    BootstrapIntervals boot = new BootstrapIntervals(1000, 0.95, 6);
    int hits = 0;
    for (int k = 0; k < 1000; k++) {
      long a = sampler.next(500, 0.4);
      long aPos = sampler.next(a, 0.3);
      long bPos = sampler.next(500 - a, 0.5);
      List<GroupCounts> counts =
          List.of(
              GroupCounts.ofConfusion(0, aPos, 0, a - aPos),
              GroupCounts.ofConfusion(0, bPos, 0, 500 - a - bPos));
      GroupCounts all = counts.get(0).plus(counts.get(1));
      GroupMetricsResult r = MetricFrame.compute(GROUPS, counts, all, rate);
      r = GroupIntervals.attach(r, GROUPS, counts, all, rate, boot, k);
      // values() order: by_group (2 values), overall (1), then difference_between_groups
      ConfidenceInterval ci = r.intervals().get(GROUPS.size() + 1);
      assertEquals(r.differenceBetweenGroups().get("selection_rate"), r.values().get(3));
      if (ci.low() <= 0.2 && 0.2 <= ci.high()) {
        hits++;
      }
    }
    System.out.println("selection-rate difference coverage " + hits + "/1000");
    assertTrue(hits >= 930 && hits <= 970, "coverage " + hits + "/1000");
  }
}
