package dev.fairness.report;

import dev.fairness.result.AnalysisResult;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

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
    String name;
    OutputFormat output;
    switch (format) {
      case HTML -> {
        name = "report.html.ftlh";
        output = HTMLOutputFormat.INSTANCE;
      }
      case MARKDOWN -> {
        name = "report.md.ftl";
        output = MarkdownOutputFormat.INSTANCE;
      }
      default -> throw new IllegalArgumentException("no template for format " + format);
    }
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
    cfg.setClassForTemplateLoading(TemplateReportRenderer.class, "/templates");
    cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
    cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(output);
    cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setWhitespaceStripping(true);
    try {
      this.template = cfg.getTemplate(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load report template " + name, e);
    }
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
