package dev.fairness.report;

import dev.fairness.result.ModelComparison;
import dev.fairness.result.RunInfo;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders the comparison report of a multi-model run ({@code templates/comparison.html.ftlh} or
 * {@code templates/comparison.md.ftl}); byte-identical output for identical input, every
 * interpolation (model names included) escaped for the target format.
 */
public final class ComparisonRenderer {

  private final Template template;

  /**
   * Creates a renderer for HTML or Markdown.
   *
   * @throws IllegalArgumentException for another format
   * @throws UncheckedIOException when the template cannot be loaded
   */
  public ComparisonRenderer(ReportFormat format) {
    template = ReportTemplate.load("comparison", format);
  }

  /**
   * Renders the report of {@code c} to {@code out}; {@code run} the facts of the first model's run
   * (the data all models share; null for none), {@code reportName} the stem of each model's report.
   */
  public void render(ModelComparison c, RunInfo run, String reportName, Writer out)
      throws IOException {
    try {
      template.process(Map.of("c", ComparisonView.of(c, run, reportName)), out);
    } catch (TemplateException e) {
      throw new IllegalStateException("report template " + template.getName() + " failed", e);
    }
  }
}
