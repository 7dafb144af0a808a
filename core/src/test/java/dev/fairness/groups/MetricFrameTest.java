package dev.fairness.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.fairness.result.GroupMetricsResult;
import dev.fairness.stats.GroupCounts;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fairlearn's MetricFrame over hand-made counts. The first table's expectations are Fairlearn
 * 0.10.0's own output for its seven rows (A: y 1 1 0 / ŷ 0 0 0; B: y 0 0 / ŷ 0 0; C: y 1 0 / ŷ 1
 * 1), written as fractions; the zero-denominator rules are scikit-learn's and Fairlearn's.
 */
class MetricFrameTest {

  private static final double EPS = 1e-15;
  private static final List<GroupMetric> ALL = Arrays.asList(GroupMetric.values());

  // ofConfusion(tp, fp, fn, tn)
  private static final GroupCounts A = GroupCounts.ofConfusion(0, 0, 2, 1);
  private static final GroupCounts B = GroupCounts.ofConfusion(0, 0, 0, 2);
  private static final GroupCounts C = GroupCounts.ofConfusion(1, 1, 0, 0);

  private static GroupMetricsResult frame() {
    return MetricFrame.compute(List.of("A", "B", "C"), List.of(A, B, C), A.plus(B).plus(C), ALL);
  }

  @Test
  void perGroupRatesUseZeroForEmptyDenominators() {
    GroupMetricsResult r = frame();
    // B has no label positives and no predicted positives: TPR, FNR and precision are 0
    assertEquals(0.0, r.byGroup().get("B").get("true_positive_rate"), EPS);
    assertEquals(0.0, r.byGroup().get("B").get("false_negative_rate"), EPS);
    assertEquals(0.0, r.byGroup().get("B").get("precision"), EPS);
    assertEquals(1.0, r.byGroup().get("B").get("true_negative_rate"), EPS);
    // C has no label negatives predicted negative: TNR 0, FPR 1
    assertEquals(1.0, r.byGroup().get("C").get("false_positive_rate"), EPS);
    assertEquals(0.5, r.byGroup().get("C").get("precision"), EPS);
    assertEquals(1.0 / 3, r.byGroup().get("A").get("accuracy"), EPS);
    assertEquals(3.0, r.byGroup().get("A").get("count"), EPS);
  }

  @Test
  void overallAndAggregatesMatchFairlearn() {
    GroupMetricsResult r = frame();
    assertEquals(4.0 / 7, r.overall().get("accuracy"), EPS);
    assertEquals(2.0 / 7, r.overall().get("selection_rate"), EPS);
    assertEquals(1.0 / 3, r.overall().get("true_positive_rate"), EPS);
    assertEquals(1 - 1.0 / 3, r.differenceBetweenGroups().get("accuracy"), EPS);
    assertEquals(1.0, r.differenceBetweenGroups().get("count"), EPS);
    assertEquals(1 - 2.0 / 7, r.differenceToOverall().get("selection_rate"), EPS);
    assertEquals(7.0 - 2, r.differenceToOverall().get("count"), EPS);
    assertEquals(0.75, r.differenceToOverall().get("false_positive_rate"), EPS);
    assertEquals((1.0 / 3) / 1.0, r.ratioBetweenGroups().get("accuracy"), EPS);
    assertEquals(2.0 / 3, r.ratioBetweenGroups().get("count"), EPS);
    assertEquals(0.0, r.ratioBetweenGroups().get("precision"), EPS);
    assertEquals(2.0 / 7, r.ratioToOverall().get("count"), EPS);
    // accuracy: A 1/3 / (4/7) = 7/12, B 1 / (4/7) = 7/4 -> 4/7, C 0.5 / (4/7) = 7/8
    assertEquals(4.0 / 7, r.ratioToOverall().get("accuracy"), EPS);
    assertEquals(1.0, r.summary().get("demographic_parity_difference"), EPS);
    assertEquals(0.0, r.summary().get("demographic_parity_ratio"), EPS);
    assertEquals(1.0, r.summary().get("equalized_odds_difference"), EPS);
    assertEquals(0.0, r.summary().get("equalized_odds_ratio"), EPS);
  }

  @Test
  void ratiosWhoseLargestValueIsZeroAreUndefined() {
    // nobody is predicted positive: every selection rate is 0 (Fairlearn raises ZeroDivisionError)
    GroupCounts a = GroupCounts.ofConfusion(0, 0, 0, 2);
    GroupCounts b = GroupCounts.ofConfusion(0, 0, 1, 1);
    GroupMetricsResult r = MetricFrame.compute(List.of("a", "b"), List.of(a, b), a.plus(b), ALL);
    assertNull(r.ratioBetweenGroups().get("selection_rate"));
    assertNull(r.summary().get("demographic_parity_ratio"));
    assertNull(r.summary().get("equalized_odds_ratio"));
    assertEquals(0.0, r.summary().get("demographic_parity_difference"), EPS);
    // to overall: 0 / 0 for every group is Fairlearn's NaN, written as null
    assertNull(r.ratioToOverall().get("selection_rate"));
    // FNR: a 0 (no positives), b 1; overall 1: ratios 0 and 1
    assertEquals(0.0, r.ratioToOverall().get("false_negative_rate"), EPS);
  }

  @Test
  void idsAreTheConfigList() {
    assertEquals(
        List.of(
            "count",
            "selection_rate",
            "accuracy",
            "true_positive_rate",
            "false_positive_rate",
            "false_negative_rate",
            "true_negative_rate",
            "precision"),
        GroupMetric.ids());
  }
}
