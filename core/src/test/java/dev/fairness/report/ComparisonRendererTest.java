package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.result.ModelComparison;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonRendererTest {

  private static ModelComparison comparison() {
    String group = "<b>@team</b> | x";
    return new ModelComparison(
        "accuracy",
        "DPPL",
        List.of("DPPL"),
        List.of(
            new ModelComparison.Entry(
                "gbm",
                0.9,
                0.85,
                0.3,
                List.of(new ModelComparison.GroupValue("DPPL", "Sex", group, 0.3, null)),
                0.3,
                true),
            new ModelComparison.Entry(
                "lr",
                0.8,
                0.8,
                0.2,
                List.of(new ModelComparison.GroupValue("DPPL", "Sex", group, -0.1, null)),
                0.1,
                true),
            new ModelComparison.Entry(
                "old",
                0.7,
                0.7,
                0.2,
                List.of(new ModelComparison.GroupValue("DPPL", "Sex", group, null, "undefined")),
                0.2,
                false)));
  }

  private static String render(ReportFormat f) throws IOException {
    StringWriter w = new StringWriter();
    new ComparisonRenderer(f).render(comparison(), null, "report", w);
    return w.toString();
  }

  @Test
  void wordsSayOnlyWhatTheNumbersShow() {
    assertEquals(
        List.of(
            "gbm has the highest accuracy (0.9000).",
            "lr has the smallest disparity, |DPPL| = 0.1000 in the worst facet group.",
            "gbm and lr are Pareto-optimal: none of them is beaten on both accuracy and disparity,"
                + " so choosing between them trades one for the other.",
            "old is dominated by lr: lr has a higher accuracy and a smaller disparity.",
            "These numbers describe this dataset only; which trade-off between accuracy and"
                + " disparity is acceptable is a policy decision the numbers do not make."),
        ComparisonWords.of(comparison(), "accuracy", "|DPPL|"));
  }

  @Test
  void htmlEscapesDataAndDrawsOnePointPerModel() throws IOException {
    String html = render(ReportFormat.HTML);
    assertFalse(html.contains("<b>@team"), "group text is escaped");
    assertTrue(html.contains("&lt;b&gt;@team&lt;/b&gt; | x"), html);
    assertEquals(3, html.split("<circle class=\"model", -1).length - 1);
    assertEquals(2, html.split("<circle class=\"model pareto\"", -1).length - 1);
    assertTrue(html.contains("<a href=\"models/lr/report.html\">report</a>"), html);
    // the chart leaves a margin: the best accuracy is not on the frame
    ModelScatterChart chart = ModelScatterChart.of(comparison(), "accuracy", "|DPPL|");
    double cx = Double.parseDouble(chart.points().get(0).cx());
    assertTrue(cx < ModelScatterChart.RIGHT - 5, "x " + cx);
    assertEquals("end", chart.points().get(0).anchor());
  }

  @Test
  void markdownEscapesTableCellsAndMentions() throws IOException {
    String md = render(ReportFormat.MARKDOWN);
    assertFalse(md.contains("<b>"), md);
    assertFalse(md.contains(" @team"), "no @mention: " + md);
    assertTrue(md.contains("| 1 | gbm | 0.9000 | 0.8500 | 0.3000 | 0.3000 | yes |"), md);
    assertTrue(md.contains("| Facet | Group | gbm | lr | old |"), md);
    assertTrue(md.contains("error"), md);
    assertTrue(md.contains("\\| x"), "a pipe in a cell is escaped: " + md);
  }
}
