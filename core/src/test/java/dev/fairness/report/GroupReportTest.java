package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.groups.GroupMetric;
import dev.fairness.groups.MetricFrame;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.GroupMetricsResult;
import dev.fairness.stats.GroupCounts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The group-metrics section of both reports: table, highlighted gap, reading, escaping. */
class GroupReportTest {

  private static final String HOSTILE = "<script>x</script>|*b*";

  private static AnalysisResult result() {
    // ofConfusion(tp, fp, fn, tn): selection rates 1/32 (hostile) and 10/32 ("Male, White")
    GroupCounts low = GroupCounts.ofConfusion(1, 0, 3, 28);
    GroupCounts high = GroupCounts.ofConfusion(8, 2, 2, 20);
    GroupMetricsResult r =
        MetricFrame.compute(
            List.of(HOSTILE, "Male, White"),
            List.of(low, high),
            low.plus(high),
            Arrays.asList(GroupMetric.values()));
    return new AnalysisResult(null, null, null, null, Map.of("Sex, Race", r));
  }

  @Test
  void readsTheLargestGapInPlainWords() {
    GroupViews.FacetGroups f = GroupViews.section(result().groupMetrics()).facets().get(0);
    assertEquals(
        List.of(
            HOSTILE + " are selected at 3.1 % against 31.2 % for Male, White.",
            // 31.25 rounds half-even; TPR 1/4 against 8/10 is the widest gap (0.55)
            "The largest gap between groups is in the true positive rate: 80.0 % for Male, White"
                + " against 25.0 % for "
                + HOSTILE
                + " (55.0 percentage points)."),
        f.readings());
    assertEquals("true positive rate", f.gap());
    int tpr = GroupMetric.TRUE_POSITIVE_RATE.ordinal();
    assertEquals("low", f.rows().get(0).cells().get(tpr).mark());
    assertEquals("high", f.rows().get(1).cells().get(tpr).mark());
    assertEquals("", f.rows().get(1).cells().get(0).mark());
  }

  @Test
  void htmlShowsTheSectionWithDataEscaped() {
    String html = ReportGolden.render(ReportFormat.HTML, result());
    assertTrue(html.contains("<section id=\"groups\">"));
    assertTrue(html.contains("<td class=\"num high\" title=\"0.8\">0.8000</td>"), "highlight");
    assertFalse(html.contains("<script>x"));
    assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"));
    assertTrue(html.contains("Selection rate per group of Sex, Race"));
  }

  @Test
  void markdownShowsTheTableWithTheGapInBold() {
    String md = ReportGolden.render(ReportFormat.MARKDOWN, result());
    assertTrue(md.contains("## Group metrics (Fairlearn)"));
    assertTrue(md.contains("| Male, White | 32 | 0.3125 | 0.8750 | **0.8000** |"), md);
    assertFalse(md.contains("<script>"));
    assertTrue(md.contains("\\<script\\>x\\</script\\>\\|\\*b\\*"));
  }
}
