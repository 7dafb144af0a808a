package dev.fairness.gate;

import static dev.fairness.gate.GateFixtures.error;
import static dev.fairness.gate.GateFixtures.gate;
import static dev.fairness.gate.GateFixtures.result;
import static dev.fairness.gate.GateFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.result.AnalysisJsonReader;
import dev.fairness.result.AnalysisResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class BiasComparisonTest {

  static final AnalysisResult BASELINE =
      new AnalysisJsonReader().read(gate("baseline/analysis.json"));
  static final AnalysisResult CURRENT =
      new AnalysisJsonReader().read(gate("current/analysis.json"));

  static BiasComparison compare(List<String> limits, String... assertions) {
    return BiasComparison.compare(
        BASELINE,
        CURRENT,
        ChangeLimits.parse(limits),
        java.util.Arrays.stream(assertions).map(Assertion::parse).toList());
  }

  private static MetricChange find(BiasComparison c, String ref) {
    return c.changes().stream().filter(m -> m.ref().equals(ref)).findFirst().orElseThrow();
  }

  @Test
  void reportsTheKnownChangeWithItsSignAndSize() {
    BiasComparison c = compare(List.of("0.05"));
    assertEquals(7, c.changes().size());
    MetricChange di = find(c, "post.DI@Sex=Female");
    assertEquals(0.875, di.baseline().value(), 0.0);
    assertEquals(0.625, di.current().value(), 0.0);
    assertEquals(-0.25, di.change(), 0.0);
    assertEquals(MetricChange.Status.EXCEEDED, di.status());
    assertEquals(
        "change -0.25 exceeds the limit ±0.05 (baseline 0.875, current 0.625)", di.reason());
    assertEquals(List.of(di), c.violations());
    assertFalse(c.passed());

    MetricChange dppl = find(c, "post.DPPL@Sex=Female");
    assertEquals(0.03125, dppl.change(), 0.0);
    assertEquals(MetricChange.Status.OK, dppl.status());
    assertEquals(0.0, find(c, "post.TE@Sex=Female").change(), 0.0);
    assertEquals(0.0, find(c, "pre.CI@Age=(40, 90]").change(), 0.0);
    assertEquals(MetricChange.Status.STILL_ERROR, find(c, "post.CDDPL@Sex=Female").status());
  }

  @Test
  void followsTheBaselineOrderStageByStage() {
    assertEquals(
        List.of(
            "pre.CI@Sex=Female",
            "pre.DPL@Sex=Female",
            "pre.CI@Age=(40, 90]",
            "post.CDDPL@Sex=Female",
            "post.DI@Sex=Female",
            "post.DPPL@Sex=Female",
            "post.TE@Sex=Female"),
        compare(List.of()).changes().stream().map(MetricChange::ref).toList());
  }

  @Test
  void aPerMetricLimitOverridesTheGlobalOne() {
    assertTrue(compare(List.of("0.05", "DI=0.3")).passed());
    assertFalse(compare(List.of("DI=0.2")).passed());
    assertTrue(compare(List.of()).passed(), "without limits a change is reported, not a violation");
    assertFalse(compare(List.of("0.02")).passed());
    assertEquals(2, compare(List.of("0.02")).violations().size()); // DI and DPPL
  }

  @Test
  void assertionsAreAbsoluteBoundsOnTheCurrentAnalysis() {
    BiasComparison c = compare(List.of("DI=1"), "post.DI@Sex=Female >= 0.8", "abs(pre.CI) < 0.6");
    assertTrue(c.violations().isEmpty());
    assertEquals(1, c.failedAssertions().size());
    assertEquals("post.DI@Sex=Female >= 0.8", c.failedAssertions().get(0).assertion().expression());
    assertFalse(c.passed());
  }

  @Test
  void aMetricInOneFileOnlyOrANewErrorIsAViolation() {
    AnalysisResult base =
        result(
            "Sex",
            "F",
            List.of(value("CI", 0.1), value("DPL", 0.2)),
            List.of(value("DI", 0.9), error("AD", "x")));
    AnalysisResult cur =
        result(
            "Sex",
            "F",
            List.of(value("CI", 0.1), value("KL", 0.3)),
            List.of(error("DI", "Division by zero"), value("AD", 0.1)));
    BiasComparison c = BiasComparison.compare(base, cur, ChangeLimits.none(), List.of());
    assertEquals(MetricChange.Status.REMOVED, find(c, "pre.DPL@Sex=F").status());
    assertEquals(
        "in the baseline but missing from the current analysis", find(c, "pre.DPL@Sex=F").reason());
    assertEquals(MetricChange.Status.ADDED, find(c, "pre.KL@Sex=F").status());
    MetricChange di = find(c, "post.DI@Sex=F");
    assertEquals(MetricChange.Status.NEW_ERROR, di.status());
    assertEquals("error in the current analysis: Division by zero (baseline 0.9)", di.reason());
    assertNull(di.change());
    assertEquals(MetricChange.Status.RECOVERED, find(c, "post.AD@Sex=F").status());
    assertEquals(3, c.violations().size());
  }

  @Test
  void aWholeStageMissingFromTheCurrentAnalysisIsReportedMetricByMetric() {
    AnalysisResult base = result("Sex", "F", List.of(value("CI", 0.1)), List.of(value("DI", 0.9)));
    AnalysisResult cur = result("Sex", "F", List.of(value("CI", 0.1)), null);
    BiasComparison c = BiasComparison.compare(base, cur, ChangeLimits.none(), List.of());
    assertEquals(MetricChange.Status.REMOVED, find(c, "post.DI@Sex=F").status());
  }

  @Test
  void infinitiesNeverGiveNaN() {
    double inf = Double.POSITIVE_INFINITY;
    assertEquals(0.0, BiasComparison.difference(inf, inf), 0.0);
    assertEquals(0.0, BiasComparison.difference(-inf, -inf), 0.0);
    assertEquals(inf, BiasComparison.difference(1.5, inf), 0.0);
    assertEquals(-inf, BiasComparison.difference(inf, 1.5), 0.0);
    assertEquals(-inf, BiasComparison.difference(inf, -inf), 0.0);
    assertEquals(inf, BiasComparison.difference(-inf, inf), 0.0);
    MetricChange m =
        BiasComparison.change("post", "Sex", "F", "TE", value("TE", 2.0), value("TE", inf), 1e9);
    assertEquals(MetricChange.Status.EXCEEDED, m.status());
    assertEquals(
        "change +inf exceeds the limit ±1000000000.0 (baseline 2.0, current inf)", m.reason());
    MetricChange exempt =
        BiasComparison.change("post", "Sex", "F", "TE", value("TE", 2.0), value("TE", inf), inf);
    assertEquals(MetricChange.Status.OK, exempt.status());
  }

  @Test
  void aChangeEqualToTheLimitIsAllowed() {
    MetricChange m =
        BiasComparison.change("pre", "Sex", "F", "CI", value("CI", 0.5), value("CI", 0.25), 0.25);
    assertEquals(MetricChange.Status.OK, m.status());
  }
}
