package dev.fairness.gate;

import static dev.fairness.gate.GateFixtures.validateJUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonRenderersTest {

  private static final BiasComparison FAILED =
      BiasComparisonTest.compare(List.of("0.05"), "abs(post.DPPL) <= 0.2", "post.DI >= 0.8");

  @Test
  void jsonCarriesEveryMetricWithValuesChangeAndStatus() throws Exception {
    String json = new ComparisonJsonWriter().toJson(FAILED);
    assertEquals(json, new ComparisonJsonWriter().toJson(FAILED));
    assertTrue(json.endsWith("}\n"));
    assertTrue(json.contains("\n    \"summary\": {\n        \"compared\": 7,"), json);
    JsonNode root = new ObjectMapper().readTree(json);
    assertFalse(root.get("passed").asBoolean());
    assertEquals(1, root.at("/summary/violations").asInt());
    assertEquals(1, root.at("/summary/assertions_failed").asInt());
    assertEquals(0.05, root.at("/limits/max_change").asDouble(), 0.0);
    JsonNode di = root.at("/metrics/4");
    assertEquals("DI", di.get("metric").asText());
    assertEquals(0.875, di.get("baseline").asDouble(), 0.0);
    assertEquals(0.625, di.get("current").asDouble(), 0.0);
    assertEquals(-0.25, di.get("change").asDouble(), 0.0);
    assertEquals("exceeded", di.get("status").asText());
    assertTrue(di.get("violation").asBoolean());
    JsonNode te = root.at("/metrics/6");
    assertEquals("Infinity", te.get("current").asText());
    assertEquals(0.0, te.get("change").asDouble(), 0.0);
    JsonNode cddpl = root.at("/metrics/3");
    assertTrue(cddpl.get("current").isNull());
    assertEquals("Group variable is empty or not provided", cddpl.get("current_error").asText());
    assertEquals("still_error", cddpl.get("status").asText());
    JsonNode failedAssertion = root.at("/assertions/1");
    assertEquals("post.DI >= 0.8", failedAssertion.get("expression").asText());
    assertEquals("0.625", failedAssertion.at("/failures/0/detail").asText());
  }

  @Test
  void markdownShowsTheViolationFirstAndEveryMetricInDetails() {
    String md = new ComparisonMarkdownWriter().toMarkdown(FAILED);
    assertEquals(md, new ComparisonMarkdownWriter().toMarkdown(FAILED));
    assertTrue(
        md.startsWith(
            "## Fairness comparison: FAILED\n\n1 violation in 7 compared metrics;"
                + " 1 of 2 assertions failed. Change limits: every metric ±0.05.\n"),
        md);
    assertTrue(
        md.contains(
            "| post | Sex | Female | DI | 0.8750 | 0.6250 | -0.2500 | change -0.25 exceeds the"
                + " limit ±0.05 (baseline 0.875, current 0.625) |\n"),
        md);
    assertTrue(md.contains("| `post.DI >= 0.8` | **failed** | Sex=Female: 0.625 |\n"), md);
    assertTrue(
        md.contains(
            "| pre | Age | (40, 90\\] | CI | -0.5000 | -0.5000 | 0.0000 | ±0.0500 | ok |\n"),
        md);
    assertTrue(md.contains("| post | Sex | Female | TE | +∞ | +∞ | 0.0000 | ±0.0500 | ok |\n"), md);
    assertTrue(
        md.contains(
            "| post | Sex | Female | CDDPL | error | error | — | ±0.0500 | still error |\n"),
        md);
    assertTrue(md.contains("| post | Sex | Female | DPPL | 0.1250 | 0.1562 | +0.0312 |"), md);
    assertTrue(md.endsWith("\n</details>\n"));
  }

  @Test
  void markdownEscapesTableBreakingText() {
    assertEquals("a \\| b \\<x\\> \\*y\\* c", ComparisonMarkdownWriter.cell("a | b <x> *y*\nc"));
  }

  @Test
  void junitHasExactlyTheViolationAndTheFailedAssertionAsFailures() throws Exception {
    JUnitReport report = JUnitReport.of(FAILED);
    String xml = report.toXml();
    validateJUnit(xml);
    assertEquals(9, report.tests());
    assertEquals(2, report.failures());
    assertEquals(1, report.skipped());
    List<JUnitCase> failed =
        report.cases().stream().filter(c -> c.status() == JUnitCase.Status.FAILED).toList();
    assertEquals("post.DI >= 0.8", failed.get(0).name());
    assertEquals("fairness.assert", failed.get(0).classname());
    assertEquals("DI@Sex=Female", failed.get(1).name());
    assertEquals("fairness.compare.post", failed.get(1).classname());
    assertEquals("exceeded", failed.get(1).type());
    assertTrue(
        xml.contains("<testsuite name=\"fairness.compare\" tests=\"9\" failures=\"2\""), xml);
  }

  @Test
  void aPassingComparisonSaysPassed() throws Exception {
    BiasComparison ok = BiasComparisonTest.compare(List.of("0.3"));
    assertTrue(
        new ComparisonMarkdownWriter()
            .toMarkdown(ok)
            .startsWith("## Fairness comparison: passed\n\n0 violations in 7"));
    assertEquals(0, JUnitReport.of(ok).failures());
    validateJUnit(JUnitReport.of(ok).toXml());
  }
}
