package dev.fairness.report;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the trend report in HTML ({@code templates/trend.html.ftlh}: one self-contained file,
 * inline CSS and SVG, no script) or Markdown ({@code templates/trend.md.ftl}) from a {@link
 * TrendView}, with the Freemarker settings of {@link TemplateReportRenderer} (fixed locale, time
 * zone and number format; interpolations escaped for the format). Same view, same bytes.
 */
public final class TrendReportRenderer {

  private final Template template;

  /** Creates a renderer of {@code format} (HTML or MARKDOWN). */
  public TrendReportRenderer(ReportFormat format) {
    this.template = ReportTemplate.load("trend", format);
  }

  /** Returns the rendered document. */
  public String render(TrendView view) {
    StringWriter out = new StringWriter();
    try {
      template.process(Map.of("trend", view), out);
    } catch (TemplateException e) {
      throw new IllegalStateException("trend template failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
