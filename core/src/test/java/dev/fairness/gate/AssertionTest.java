package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.config.ConfigException;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssertionTest {

  @Test
  void parsesTheSpecExamples() {
    Assertion a = Assertion.parse("abs(post.DPPL) <= 0.1");
    assertEquals("post", a.stage());
    assertEquals("DPPL", a.metric());
    assertTrue(a.absolute());
    assertEquals(Assertion.Op.LE, a.op());
    assertEquals(0.1, a.bound(), 0.0);
    assertNull(a.facet());

    Assertion b = Assertion.parse("post.DI@Gender=0 >= 0.8");
    assertEquals("Gender", b.facet());
    assertEquals("0", b.group());
    assertEquals(Assertion.Op.GE, b.op());

    Assertion c = Assertion.parse("pre.CI@Age=(40, 90] < 0.5");
    assertEquals("Age", c.facet());
    assertEquals("(40, 90]", c.group());
    assertEquals(Assertion.Op.LT, c.op());
    assertEquals(0.5, c.bound(), 0.0);

    assertEquals(-1e-3, Assertion.parse("pre.DPL > -1e-3").bound(), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, Assertion.parse("post.TE != inf").bound(), 0.0);
  }

  @Test
  void readsAModelSelectorBeforeTheOperator() {
    Assertion a = Assertion.parse("post.DI@Sex=Female[gbm] >= 0.8");
    assertEquals("gbm", a.model());
    assertEquals("Sex", a.facet());
    assertEquals("Female", a.group());
    assertEquals("post.DI@Sex=Female[gbm] >= 0.8", a.expression());
    Assertion all = Assertion.parse("abs(post.DPPL)[*] <= 0.1");
    assertEquals("*", all.model());
    assertTrue(all.absolute());
    assertEquals("DPPL", all.metric());
    assertNull(Assertion.parse("post.DI >= 0.8").model());
    // a group ending in a bracket is a group, not a selector
    Assertion interval = Assertion.parse("pre.CI@Age=(40, 90] < 0.5");
    assertNull(interval.model());
    assertEquals("(40, 90]", interval.group());
    assertEquals("lr-2.v1", Assertion.parse("post.DI@Age=(40, 90][lr-2.v1] >= 0.8").model());
  }

  @Test
  void rejectsMalformedExpressionsWithTheExpectedForm() {
    for (String bad :
        List.of("post.DPPL", "post.DPPL 0.1", "mid.DPPL < 1", "abs(post.DI < 1", "post.dppl < 1")) {
      ConfigException e = assertThrows(ConfigException.class, () -> Assertion.parse(bad), bad);
      assertTrue(
          e.getMessage().startsWith("--assert " + bad + ": invalid assertion"), e.getMessage());
    }
  }

  private static AnalysisResult result() {
    Map<String, List<FacetGroupResult>> facets = new LinkedHashMap<>();
    facets.put(
        "Sex",
        List.of(
            new FacetGroupResult(
                "Female",
                List.of(
                    MetricValue.of("DI", "Disparate Impact (DI)", 0.30225023838296483),
                    MetricValue.failed(
                        "FT", "Flip Test (FT)", "FlipTest does not support non-numeric columns"),
                    MetricValue.of("TE", "Treatment Equality (TE)", Double.POSITIVE_INFINITY)),
                null)));
    return new AnalysisResult(null, new BiasReport("Target", "1", facets, null), null, null);
  }

  @Test
  void evaluatesAgainstMatchedMetrics() {
    AnalysisResult r = result();
    AssertionCheck.Outcome ok =
        AssertionCheck.evaluate(Assertion.parse("post.DI@Sex=Female < 0.31"), r);
    assertTrue(ok.passed());
    assertEquals(1, ok.matches().size());

    AssertionCheck.Outcome low = AssertionCheck.evaluate(Assertion.parse("post.DI >= 0.8"), r);
    assertFalse(low.passed());
    assertEquals(
        "fairness: assertion failed: post.DI >= 0.8 (Sex=Female: 0.30225023838296483)",
        low.failures().get(0).message());

    AssertionCheck.Outcome err = AssertionCheck.evaluate(Assertion.parse("post.FT > -1"), r);
    assertEquals(
        "fairness: assertion failed: post.FT > -1 (Sex=Female: error: FlipTest does not support non-numeric columns)",
        err.failures().get(0).message());

    assertTrue(AssertionCheck.evaluate(Assertion.parse("post.TE >= 1e300"), r).passed());
    assertFalse(AssertionCheck.evaluate(Assertion.parse("post.TE < inf"), r).passed());

    AssertionCheck.Outcome alone = AssertionCheck.evaluate(Assertion.parse("pre.CI < 1"), r);
    assertEquals(
        "fairness: assertion failed: pre.CI < 1 (no matching metric)",
        alone.failures().get(0).message());
    // in the gate of a run (a list), a reference that matches nothing is exit 2 (issue 14)
    ConfigException none =
        assertThrows(
            ConfigException.class,
            () -> AssertionCheck.evaluate(List.of(Assertion.parse("pre.CI < 1")), r));
    assertEquals(
        "--assert pre.CI < 1: matches nothing in this run, it computed no pre-training metric; add"
            + " methods.pre_training_bias; use the form [lower(|upper(][abs(]pre|post|group.METRIC[@FACET[=GROUP]][)][)][[MODEL]] OP NUMBER with OP one of <, <=,"
            + " >, >=, ==, !=, e.g. \"abs(post.DPPL) <= 0.1\"",
        none.getMessage());
    ConfigException facet =
        assertThrows(
            ConfigException.class,
            () -> AssertionCheck.evaluate(List.of(Assertion.parse("post.DI@sex < 1")), r));
    assertTrue(
        facet
            .getMessage()
            .contains("facet sex not found; did you mean Sex?; facets of the run: Sex;"),
        facet.getMessage());
  }
}
