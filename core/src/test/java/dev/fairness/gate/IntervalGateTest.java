package dev.fairness.gate;

import static dev.fairness.gate.GateFixtures.result;
import static dev.fairness.gate.GateFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.config.ConfigException;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.MetricValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code lower(…)}/{@code upper(…)} assertions and compare significance (issue 18). */
class IntervalGateTest {

  private static MetricValue ci(String name, double v, double low, double high) {
    return value(name, v).withInterval(new ConfidenceInterval(low, high));
  }

  private static AnalysisResult run(MetricValue... post) {
    return result("Sex", "Female", null, List.of(post));
  }

  private static AssertionCheck.Outcome check(String expr, AnalysisResult r) {
    return AssertionCheck.evaluate(Assertion.parse(expr), r);
  }

  @Test
  void parsesTheBoundWrappersWithAbsInside() {
    Assertion lower = Assertion.parse("lower(post.DI@Sex=Female) >= 0.8");
    assertEquals(Assertion.Side.LOWER, lower.side());
    assertEquals("DI", lower.metric());
    assertEquals("Female", lower.group());
    assertFalse(lower.absolute());
    Assertion upper = Assertion.parse(" upper( abs(pre.DPL) ) <= 0.1");
    assertEquals(Assertion.Side.UPPER, upper.side());
    assertTrue(upper.absolute());
    assertEquals("pre", upper.stage());
    assertEquals(Assertion.Side.VALUE, Assertion.parse("abs(pre.DPL) <= 0.1").side());
    ConfigException outside =
        assertThrows(ConfigException.class, () -> Assertion.parse("abs(upper(pre.DPL)) <= 0.1"));
    assertTrue(outside.getMessage().contains("upper(abs(pre.DPL))"), outside.getMessage());
    assertThrows(ConfigException.class, () -> Assertion.parse("lower(post.DI >= 0.8"));
  }

  @Test
  void lowerPassesOnlyWhenTheWholeIntervalClears() {
    AnalysisResult clears = run(ci("DI", 0.9, 0.82, 0.97));
    AnalysisResult straddles = run(ci("DI", 0.85, 0.78, 0.91));
    assertTrue(check("lower(post.DI@Sex=Female) >= 0.8", clears).passed());
    assertTrue(check("post.DI@Sex=Female >= 0.8", straddles).passed());
    AssertionCheck.Outcome o = check("lower(post.DI@Sex=Female) >= 0.8", straddles);
    assertFalse(o.passed());
    assertEquals(
        "fairness: assertion failed: lower(post.DI@Sex=Female) >= 0.8"
            + " (Sex=Female: 0.85 [0.78, 0.91])",
        o.failures().get(0).message());
    assertTrue(check("upper(post.DI@Sex=Female) <= 0.91", straddles).passed());
    assertFalse(check("upper(post.DI@Sex=Female) < 0.91", straddles).passed());
  }

  @Test
  void upperOfAbsTakesTheIntervalOfTheAbsoluteValue() {
    // |DPL| over [-0.12, 0.05] lies in [0, 0.12]: upper 0.12, lower 0
    AnalysisResult r = result("Sex", "Female", List.of(ci("DPL", -0.03, -0.12, 0.05)), null);
    assertFalse(check("upper(abs(pre.DPL)) <= 0.1", r).passed());
    assertTrue(check("upper(abs(pre.DPL)) <= 0.12", r).passed());
    assertTrue(check("lower(abs(pre.DPL)) <= 0", r).passed());
    AnalysisResult negative = result("Sex", "F", List.of(ci("DPL", -0.3, -0.4, -0.2)), null);
    assertTrue(check("lower(abs(pre.DPL)) >= 0.2", negative).passed());
    assertFalse(check("upper(abs(pre.DPL)) <= 0.39", negative).passed());
    assertEquals(0.4, Assertion.Side.UPPER.of(-0.3, -0.4, -0.2, true), 0.0);
    assertEquals(0.2, Assertion.Side.LOWER.of(-0.3, -0.4, -0.2, true), 0.0);
  }

  @Test
  void aMetricWithoutIntervalFailsABoundAssertion() {
    AnalysisResult r = run(value("FT", 0.1), ci("DI", 0.9, 0.85, 0.95));
    AssertionCheck.Outcome o = check("upper(abs(post.FT)) <= 1", r);
    assertFalse(o.passed());
    assertEquals(
        "Sex=Female: 0.1 (no confidence interval for this metric)",
        "Sex=Female: " + o.failures().get(0).detail());
    assertTrue(RunGate.hasIntervals(r));
    assertFalse(RunGate.hasIntervals(run(value("DI", 0.9))));
  }

  @Test
  void aBoundAssertionWithoutIntervalsInTheRunIsAUsageError() {
    RunGate gate =
        RunGate.parse(
            List.of("post.DI >= 0.8", "lower(post.DI@Sex=Female) >= 0.8"), null, false, null);
    gate.requireIntervals(true, "x");
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> gate.requireIntervals(false, "add --n-boot 1000"));
    assertEquals(
        "--assert lower(post.DI@Sex=Female) >= 0.8: lower()/upper() read confidence intervals,"
            + " and add --n-boot 1000",
        e.getMessage());
    RunGate.parse(List.of("post.DI >= 0.8"), null, false, null).requireIntervals(false, "x");
  }

  @Test
  void junitCasesShowTheInterval() {
    AnalysisResult r = run(ci("DI", 0.78, 0.74, 0.82));
    JUnitCase failed = JUnitCases.assertionCase(check("lower(post.DI@Sex=Female) >= 0.8", r));
    assertEquals(
        "lower(post.DI@Sex=Female) >= 0.8 failed for Sex=Female: 0.78 [0.74, 0.82]",
        failed.message());
    JUnitCase passed = JUnitCases.assertionCase(check("upper(post.DI) <= 0.9", r));
    assertEquals("Sex=Female: 0.78 [0.74, 0.82]\n", passed.detail());
  }

  private static BiasComparison compare(
      MetricValue base, MetricValue cur, boolean significantOnly) {
    return BiasComparison.compare(
        run(base),
        run(cur),
        ChangeLimits.parse(List.of("0.05")).significantOnly(significantOnly),
        List.of());
  }

  @Test
  void aChangeIsSignificantOnlyWhenTheIntervalsDoNotOverlap() {
    MetricChange overlap =
        compare(ci("DI", 0.9, 0.8, 1.0), ci("DI", 0.8, 0.7, 0.85), false).changes().get(0);
    assertEquals(Boolean.FALSE, overlap.significant());
    assertEquals(MetricChange.Status.EXCEEDED, overlap.status());
    assertEquals("exceeded, intervals overlap", overlap.statusText());
    MetricChange apart =
        compare(ci("DI", 0.9, 0.86, 0.95), ci("DI", 0.8, 0.75, 0.85), false).changes().get(0);
    assertEquals(Boolean.TRUE, apart.significant());
    assertNull(
        compare(value("DI", 0.9), ci("DI", 0.8, 0.7, 0.9), false).changes().get(0).significant());
    // touching bounds overlap
    assertEquals(
        Boolean.FALSE,
        BiasComparison.significant(
            new ConfidenceInterval(0.8, 0.9), new ConfidenceInterval(0.9, 1.0)));
  }

  @Test
  void significantOnlyLetsAnOverlappingChangePass() {
    BiasComparison c = compare(ci("DI", 0.875, 0.8, 1.0), ci("DI", 0.75, 0.7, 0.85), true);
    MetricChange m = c.changes().get(0);
    assertEquals(MetricChange.Status.NOT_SIGNIFICANT, m.status());
    assertFalse(m.violated());
    assertTrue(c.passed());
    assertEquals(
        "change -0.125 exceeds the limit ±0.05 but is not significant: the intervals overlap"
            + " (baseline 0.875 [0.8, 1.0], current 0.75 [0.7, 0.85])",
        m.reason());
    BiasComparison apart = compare(ci("DI", 0.9, 0.86, 0.95), ci("DI", 0.8, 0.75, 0.85), true);
    assertEquals(MetricChange.Status.EXCEEDED, apart.changes().get(0).status());
    assertFalse(apart.passed());
    // without intervals on both sides the limit applies as without the flag
    BiasComparison plain = compare(value("DI", 0.9), value("DI", 0.8), true);
    assertEquals(MetricChange.Status.EXCEEDED, plain.changes().get(0).status());
    assertFalse(plain.hasIntervals());
    assertEquals("every metric ±0.05, significant changes only", c.limits().describe());
  }

  @Test
  void renderersShowIntervalsAndSignificance() {
    BiasComparison c = compare(ci("DI", 0.9, 0.86, 0.95), ci("DI", 0.8, 0.75, 0.85), true);
    String json = new ComparisonJsonWriter().toJson(c).replaceAll("\\s+", "");
    assertTrue(json.contains("\"baseline\":0.9,\"baseline_ci\":[0.86,0.95],"), json);
    assertTrue(json.contains("\"current_ci\":[0.75,0.85]"), json);
    assertTrue(json.contains("\"status\":\"exceeded\",\"significant\":true,"), json);
    assertTrue(json.contains("\"significant_only\":true"), json);
    assertTrue(json.contains("(baseline0.9[0.86,0.95],current0.8[0.75,0.85])"), json);
    String md = new ComparisonMarkdownWriter().toMarkdown(c);
    assertTrue(md.contains("| 0.9000 [0.860, 0.950] | 0.8000 [0.750, 0.850] |"), md);
    assertTrue(md.contains("**exceeded, significant**"), md);
    String plain =
        new ComparisonJsonWriter().toJson(compare(value("DI", 0.9), value("DI", 0.8), false));
    assertFalse(plain.contains("significant"), plain);
    assertFalse(plain.contains("_ci"), plain);
    assertEquals(Map.of(), Map.of());
  }
}
