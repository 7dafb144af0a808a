package dev.fairness.report;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

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
    String name;
    OutputFormat output;
    switch (format) {
      case HTML -> {
        name = "trend.html.ftlh";
        output = HTMLOutputFormat.INSTANCE;
      }
      case MARKDOWN -> {
        name = "trend.md.ftl";
        output = MarkdownOutputFormat.INSTANCE;
      }
      default -> throw new IllegalArgumentException("no trend template for format " + format);
    }
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
    cfg.setClassForTemplateLoading(TrendReportRenderer.class, "/templates");
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
