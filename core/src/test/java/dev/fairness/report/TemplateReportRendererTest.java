package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TemplateReportRendererTest {

  @Test
  void adultHtmlMatchesGolden() throws IOException {
    ReportGolden.assertMatches(
        "adult.html", ReportGolden.render(ReportFormat.HTML, ReportFixtures.adult()));
  }

  @Test
  void adultMarkdownMatchesGolden() throws IOException {
    ReportGolden.assertMatches(
        "adult.md", ReportGolden.render(ReportFormat.MARKDOWN, ReportFixtures.adult()));
  }

  @Test
  void intervalsHtmlMatchesGolden() throws IOException {
    ReportGolden.assertMatches(
        "adult_ci.html",
        ReportGolden.render(ReportFormat.HTML, ReportFixtures.adultWithIntervals()));
  }

  @Test
  void intervalsMarkdownMatchesGolden() throws IOException {
    ReportGolden.assertMatches(
        "adult_ci.md",
        ReportGolden.render(ReportFormat.MARKDOWN, ReportFixtures.adultWithIntervals()));
  }

  @Test
  void minimalHtmlMatchesGolden() throws IOException {
    ReportGolden.assertMatches(
        "minimal.html", ReportGolden.render(ReportFormat.HTML, ReportFixtures.minimal()));
  }

  @Test
  void minimalMarkdownMatchesGolden() throws IOException {
    ReportGolden.assertMatches(
        "minimal.md", ReportGolden.render(ReportFormat.MARKDOWN, ReportFixtures.minimal()));
  }

  @Test
  void renderingIsDeterministicAndLocaleIndependent() {
    Locale before = Locale.getDefault();
    try {
      String first = ReportGolden.render(ReportFormat.HTML, ReportFixtures.adult());
      Locale.setDefault(Locale.GERMANY);
      String second = ReportGolden.render(ReportFormat.HTML, ReportFixtures.adult());
      assertEquals(first, second);
      assertEquals(
          ReportGolden.render(ReportFormat.MARKDOWN, ReportFixtures.adult()),
          ReportGolden.render(ReportFormat.MARKDOWN, ReportFixtures.adult()));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void htmlIsSelfContained() {
    String html = ReportGolden.render(ReportFormat.HTML, ReportFixtures.adult());
    String lower = html.toLowerCase(Locale.ROOT);
    for (String forbidden :
        new String[] {
          "<script", "http:", "https:", "src=", "href=\"/", "url(", "@import", "<link"
        }) {
      assertFalse(lower.contains(forbidden), "HTML contains " + forbidden);
    }
    assertTrue(html.contains("<svg"), "charts are inline SVG");
    assertTrue(html.contains("@media print"), "print styles");
    assertTrue(html.contains("name=\"viewport\""), "phone viewport");
  }

  @Test
  void htmlSectionsAppearInSpecOrder() {
    String html = ReportGolden.render(ReportFormat.HTML, ReportFixtures.adult());
    int last = -1;
    for (String id :
        new String[] {
          "<h1>",
          "id=\"config\"",
          "id=\"pre\"",
          "id=\"post\"",
          "id=\"shap\"",
          "id=\"pdp\"",
          "id=\"warnings\""
        }) {
      int at = html.indexOf(id);
      assertTrue(at > last, id + " out of order");
      last = at;
    }
  }

  @Test
  void htmlShowsValuesReadingsAndErrors() {
    String html = ReportGolden.render(ReportFormat.HTML, ReportFixtures.adult());
    assertTrue(html.contains("title=\"0.19097982982080125\">0.1910"), "rounded DPL, full tooltip");
    assertTrue(
        html.contains(
            "The Sex = Female group gets the positive label 19.1 percentage points less often"
                + " than the rest (0.1088 vs 0.2998)."));
    assertTrue(html.contains("Not computed: FlipTest does not support non-numeric columns"));
    assertTrue(html.contains("Aggregation method mean_abs"));
    assertTrue(html.contains("Detected data type is not supported for PDP."));
    assertTrue(html.contains("[0, (n−1)/2] = [0, 8140]"), "GE range with n");
  }

  @Test
  void omitsAbsentSections() {
    String html = ReportGolden.render(ReportFormat.HTML, ReportFixtures.minimal());
    assertTrue(html.contains("id=\"pre\""));
    for (String id : new String[] {"id=\"post\"", "id=\"shap\"", "id=\"pdp\"", "id=\"warnings\""}) {
      assertFalse(html.contains(id), id);
    }
  }

  @Test
  void rejectsJsonFormat() {
    assertThrows(
        IllegalArgumentException.class, () -> new TemplateReportRenderer(ReportFormat.JSON));
  }

  @Test
  void factoriesNameTheirFormat() {
    assertEquals(ReportFormat.HTML, TemplateReportRenderer.html().format());
    assertEquals(ReportFormat.MARKDOWN, TemplateReportRenderer.markdown().format());
  }
}
