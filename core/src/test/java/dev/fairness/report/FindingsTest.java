package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.result.AnalysisResult;
import dev.fairness.result.Explanations;
import dev.fairness.result.PdpResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {

  private static List<String> levels(Findings f) {
    return f.items().stream().map(Findings.Item::level).toList();
  }

  @Test
  void adultDefaultPolicyListsRedThenAmberThenGreenThenNotComputed() {
    Findings f = Findings.of(ReportFixtures.adult(), FindingPolicy.defaults());
    // DI 0.3023, DPPL 0.1763, DPL 0.1910, CDDPL 0.2057, CDDL 0.2062, |AD| 0.1141 > 0.1;
    // RD 0.0876, SD 0.0768, DRR 0.0993 in (0.05, 0.1]; DAR 0.0214 and CI 0.3341 inside.
    assertEquals(
        List.of(
            "red", "red", "red", "red", "red", "red", "amber", "amber", "amber", "green", "none"),
        levels(f));
    assertEquals(
        "6 values outside the policy, 3 near its limit, 2 within it; 1 metric not computed.",
        f.headline());
    String di = f.items().get(0).sentence();
    assertTrue(
        di.startsWith("Post-training DI is 0.3023 for Sex = Female (5421 of 16281 rows)"), di);
    assertTrue(di.contains("four-fifths"), di);
    assertTrue(f.items().get(4).sentence().contains("within strata of Age"));
    assertEquals(
        "2 values are within the policy: DAR (post, Sex = Female), CI (pre, Sex = Female).",
        f.items().get(9).sentence());
    assertEquals(
        "Post-training FT for Sex = Female: FlipTest does not support non-numeric columns.",
        f.items().get(10).sentence());
  }

  @Test
  void findingsCarryTheIntervalAndItsReading() {
    Findings f = Findings.of(ReportFixtures.adultWithIntervals(), FindingPolicy.defaults());
    String di = f.items().get(0).sentence();
    assertTrue(
        di.startsWith(
            "Post-training DI is 0.3023 [0.275, 0.335] for Sex = Female (5421 of 16281 rows)"),
        di);
    assertTrue(
        di.endsWith(
            " Between 0.27 and 0.33 with 95 % confidence; the interval excludes 1 (parity), so with"
                + " 5421 rows in the group the disparity is unlikely to be sampling noise."),
        di);
  }

  @Test
  void assertionsOverrideTheDefaultRuleWhereTheyMatch() {
    FindingPolicy policy =
        FindingPolicy.withOverrides(
            List.of(
                // DI 0.3023 passes: green
                new FindingPolicy.Override(
                    "post",
                    "DI",
                    "Sex",
                    "Female",
                    false,
                    v -> v >= 0.3,
                    "post.DI@Sex=Female >= 0.3"),
                // KL 0.1349, not judged by default: red
                new FindingPolicy.Override(
                    "pre", "KL", null, null, false, v -> v < 0.1, "pre.KL < 0.1")));
    Findings f = Findings.of(ReportFixtures.adult(), policy);
    assertEquals("red", f.items().get(0).level());
    assertTrue(f.items().get(0).sentence().startsWith("Pre-training KL is 0.1349"));
    assertTrue(f.items().get(0).sentence().contains("(pre.KL < 0.1)"));
    assertTrue(f.items().stream().noneMatch(i -> i.sentence().startsWith("Post-training DI")));
    String green = f.items().get(f.items().size() - 2).sentence();
    assertTrue(green.startsWith("3 values are within the policy: DI (post, Sex = Female)"), green);
    assertTrue(f.policy().endsWith("post.DI@Sex=Female >= 0.3, pre.KL < 0.1 (2 assertions)."));
  }

  @Test
  void amberBandsAroundTheFourFifthsRange() {
    FindingPolicy p = FindingPolicy.defaults();
    assertEquals(FindingPolicy.Level.RED, judgeDi(p, 0.79));
    assertEquals(FindingPolicy.Level.AMBER, judgeDi(p, 0.8));
    assertEquals(FindingPolicy.Level.AMBER, judgeDi(p, 0.89));
    assertEquals(FindingPolicy.Level.GREEN, judgeDi(p, 0.9));
    assertEquals(FindingPolicy.Level.GREEN, judgeDi(p, 1.11));
    assertEquals(FindingPolicy.Level.AMBER, judgeDi(p, 1.2));
    assertEquals(FindingPolicy.Level.AMBER, judgeDi(p, 1.25));
    assertEquals(FindingPolicy.Level.RED, judgeDi(p, 1.26));
    assertNull(p.judge("pre", "f", "g", dev.fairness.result.MetricValue.of("KL", "KL", 9)));
  }

  private static FindingPolicy.Level judgeDi(FindingPolicy p, double v) {
    return p.judge("post", "f", "g", dev.fairness.result.MetricValue.of("DI", "DI", v)).level();
  }

  @Test
  void noSummaryWithoutBiasResults() {
    AnalysisResult shapOnly =
        new AnalysisResult(
            null, null, ReportFixtures.adult().explanations(), ReportFixtures.adult().run());
    assertNull(Findings.of(shapOnly, FindingPolicy.defaults()));
  }

  @Test
  void categoricalPdpIsDrawnAsBarsInValueOrder() {
    PdpResult p =
        new PdpResult(
            "Grade",
            "categorical",
            List.of(10L, "b", 2L, "a"),
            List.of(0.1, 0.2, 0.3, 0.4),
            List.of(List.of(0.5, 0.6, 0.7, 0.8)),
            List.of("label0"),
            null);
    ReportModel.PdpView v =
        ExplanationViews.pdp(new Explanations(null, List.of(p), null, 0)).get(0);
    assertNull(v.chart());
    assertEquals(
        List.of("2", "10", "a", "b"), v.rows().stream().map(ReportModel.PdpRow::value).toList());
    assertEquals(
        List.of("0.7000", "0.5000", "0.8000", "0.6000"),
        v.bars().bars().stream().map(SvgBarChart.Bar::value).toList());
    assertEquals("10, label0", v.bars().bars().get(1).fullLabel());
    assertTrue(
        ExplanationViews.labelKeyNote(new Explanations(null, List.of(p), null, 0))
            .startsWith("label0, label1, … name the model's outputs by position"));
  }
}
