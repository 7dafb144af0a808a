package dev.fairness.report;

import dev.fairness.result.AnalysisResult;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders the HTML ({@code templates/report.html.ftlh}) or Markdown ({@code
 * templates/report.md.ftl}) report from the {@link ReportModel} of a result, with the templates
 * loaded from the class path. Output is byte-identical for identical input: the templates see only
 * preformatted strings, and the configuration fixes locale, time zone and number format.
 *
 * <p>Each renderer owns one Freemarker {@link Configuration}; its default output format escapes for
 * the target ({@code HTML} or Markdown), so the shared {@code _macros.ftl} escapes correctly in
 * both. A renderer is immutable and safe to share between threads.
 */
public final class TemplateReportRenderer implements ReportRenderer {

  private final ReportFormat format;
  private final Template template;

  /**
   * Creates a renderer for {@code format}.
   *
   * @throws IllegalArgumentException when {@code format} is not HTML or MARKDOWN
   * @throws UncheckedIOException when the template cannot be loaded or parsed
   */
  public TemplateReportRenderer(ReportFormat format) {
    this.format = format;
    this.template = ReportTemplate.load("report", format);
  }

  /** Returns a renderer of the HTML report. */
  public static TemplateReportRenderer html() {
    return new TemplateReportRenderer(ReportFormat.HTML);
  }

  /** Returns a renderer of the Markdown report. */
  public static TemplateReportRenderer markdown() {
    return new TemplateReportRenderer(ReportFormat.MARKDOWN);
  }

  @Override
  public ReportFormat format() {
    return format;
  }

  /**
   * Renders the report of {@code result} to {@code out}.
   *
   * @throws IOException when writing fails
   * @throws IllegalStateException when the template fails on the model (a bug, not a data problem)
   */
  @Override
  public void render(AnalysisResult result, Writer out) throws IOException {
    render(result, FindingPolicy.defaults(), out);
  }

  /**
   * Renders the report of {@code result} to {@code out}, its findings summary judged by {@code
   * policy}.
   *
   * @throws IOException when writing fails
   * @throws IllegalStateException when the template fails on the model (a bug, not a data problem)
   */
  public void render(AnalysisResult result, FindingPolicy policy, Writer out) throws IOException {
    try {
      template.process(Map.of("report", ReportModel.of(result, policy)), out);
    } catch (TemplateException e) {
      throw new IllegalStateException("report template " + template.getName() + " failed", e);
    }
  }
}
