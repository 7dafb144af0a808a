package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.config.ConfigException;
import dev.fairness.groups.GroupMetric;
import dev.fairness.groups.MetricFrame;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.GroupMetricsResult;
import dev.fairness.stats.GroupCounts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --assert} on group metrics: {@code group.SUMMARY@FACET} and {@code group.METRIC@F=G}. */
class GroupAssertionTest {

  private static AnalysisResult result() {
    // Female, Black: 1 of 4 selected; Male, White: 3 of 4 (ofConfusion(tp, fp, fn, tn))
    GroupCounts fb = GroupCounts.ofConfusion(1, 0, 1, 2);
    GroupCounts mw = GroupCounts.ofConfusion(2, 1, 0, 1);
    GroupMetricsResult r =
        MetricFrame.compute(
            List.of("Female, Black", "Male, White"),
            List.of(fb, mw),
            fb.plus(mw),
            Arrays.asList(GroupMetric.values()));
    return new AnalysisResult(null, null, null, null, Map.of("Sex, Race", r));
  }

  @Test
  void parsesGroupReferences() {
    Assertion a = Assertion.parse("group.equalized_odds_difference@Sex, Race <= 0.1");
    assertEquals("group", a.stage());
    assertEquals("equalized_odds_difference", a.metric());
    assertEquals("Sex, Race", a.facet());
    Assertion b = Assertion.parse("group.selection_rate@Sex, Race=Female, Black >= 0.2");
    assertEquals("Female, Black", b.group());
    assertThrows(ConfigException.class, () -> Assertion.parse("group.DI@Sex < 1"));
  }

  @Test
  void checksSummaryAndGroupValues() {
    AnalysisResult r = result();
    // selection rates 1/4 and 3/4: demographic parity difference 0.5
    assertTrue(
        AssertionCheck.evaluate(
                Assertion.parse("group.demographic_parity_difference@Sex, Race <= 0.5"), r)
            .passed());
    AssertionCheck.Outcome fails =
        AssertionCheck.evaluate(Assertion.parse("group.demographic_parity_difference < 0.1"), r);
    assertFalse(fails.passed());
    assertEquals(
        "fairness: assertion failed: group.demographic_parity_difference < 0.1 (Sex, Race: 0.5)",
        fails.failures().get(0).message());
    AssertionCheck.Outcome group =
        AssertionCheck.evaluate(
            Assertion.parse("group.selection_rate@Sex, Race=Female, Black >= 0.3"), r);
    assertFalse(group.passed());
    assertEquals("0.25", group.failures().get(0).detail());
    ConfigException facet =
        assertThrows(
            ConfigException.class,
            () ->
                AssertionCheck.evaluate(
                    List.of(Assertion.parse("group.selection_rate@Sex=Female >= 0")), r));
    assertTrue(
        facet
            .getMessage()
            .startsWith(
                "--assert group.selection_rate@Sex=Female >= 0: matches nothing in this run,"
                    + " facet Sex not found; facets of the run: Sex, Race; use the form"),
        facet.getMessage());
    ConfigException unknownGroup =
        assertThrows(
            ConfigException.class,
            () ->
                AssertionCheck.evaluate(
                    List.of(Assertion.parse("group.selection_rate@Sex, Race=Female, Blak >= 0")),
                    r));
    assertTrue(
        unknownGroup
            .getMessage()
            .contains(
                "group Female, Blak not found in facet Sex, Race; did you mean Female, Black?;"
                    + " groups of Sex, Race: Female, Black, Male, White; "),
        unknownGroup.getMessage());
    ConfigException summary =
        assertThrows(
            ConfigException.class,
            () ->
                AssertionCheck.evaluate(
                    List.of(Assertion.parse("group.equalized_odds_diference@Sex, Race < 1")), r));
    assertTrue(
        summary
            .getMessage()
            .contains(
                "summary equalized_odds_diference was not computed; did you mean"
                    + " equalized_odds_difference?; summaries (with @FACET) of the run:"
                    + " demographic_parity_difference, demographic_parity_ratio,"
                    + " equalized_odds_difference, equalized_odds_ratio; "),
        summary.getMessage());
  }
}
