package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** Data strings that carry markup render as text in both reports. */
class ReportEscapingTest {

  @Test
  void htmlNeverContainsInjectedMarkup() {
    String html = ReportGolden.render(ReportFormat.HTML, ReportFixtures.hostile());
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "a script element");
    assertFalse(lower.contains("<img"), "an img element");
    assertFalse(html.contains(ReportFixtures.SCRIPT));
    assertFalse(html.contains(ReportFixtures.IMG));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped text is shown");
    assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
  }

  @Test
  void markdownRendersInjectedMarkupAsText() {
    String md = ReportGolden.render(ReportFormat.MARKDOWN, ReportFixtures.hostile());
    assertFalse(md.contains(ReportFixtures.SCRIPT));
    assertFalse(
        java.util.regex.Pattern.compile("(?<!\\\\)<(img|script)").matcher(md).find(),
        "an unescaped tag");
    assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"));
    Parser parser =
        Parser.builder().extensions(java.util.List.of(TablesExtension.create())).build();
    String html =
        HtmlRenderer.builder()
            .extensions(java.util.List.of(TablesExtension.create()))
            .build()
            .render(parser.parse(md));
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "GitHub would render a script element");
    assertFalse(lower.contains("<img"), "GitHub would render an img element");
    assertFalse(lower.contains("<a href"), "a link from data");
    assertFalse(lower.contains("<em>"), "emphasis from data");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void markdownEscapeKeepsNumbersReadable() {
    MarkdownOutputFormat f = MarkdownOutputFormat.INSTANCE;
    assertTrue(f.escapePlainText("-0.1234").equals("-0.1234"));
    assertTrue(f.escapePlainText("a|b").equals("a\\|b"));
    assertTrue(f.escapePlainText("x\ny").equals("x y"));
    assertTrue(f.escapePlainText("*_[]`<>").equals("\\*\\_\\[\\]\\`\\<\\>"));
  }
}
