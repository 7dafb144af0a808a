package dev.fairness.report;

import dev.fairness.mitigate.MitigationResult;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders the mitigation report ({@code templates/mitigation.html.ftlh} or {@code
 * templates/mitigation.md.ftl}) of a {@link MitigationResult}; byte-identical output for identical
 * input, every interpolation escaped for the target format.
 */
public final class MitigationRenderer {

  private final Template template;

  /**
   * Creates a renderer for HTML or Markdown.
   *
   * @throws IllegalArgumentException for another format
   * @throws UncheckedIOException when the template cannot be loaded
   */
  public MitigationRenderer(ReportFormat format) {
    template = ReportTemplate.load("mitigation", format);
  }

  /** Renders the report of {@code result} to {@code out}. */
  public void render(MitigationResult result, Writer out) throws IOException {
    try {
      template.process(Map.of("m", MitigationView.of(result)), out);
    } catch (TemplateException e) {
      throw new IllegalStateException("report template " + template.getName() + " failed", e);
    }
  }
}
