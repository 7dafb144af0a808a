package dev.fairness.report;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Loads one report template with the Freemarker settings every report shares: UTF-8, root locale,
 * UTC, computer number and boolean formats, HTML or Markdown auto-escaping, exceptions rethrown,
 * white space stripped. The template of stem {@code s} is {@code /templates/s.html.ftlh} (HTML) or
 * {@code /templates/s.md.ftl} (Markdown).
 */
final class ReportTemplate {

  private ReportTemplate() {}

  /**
   * Returns the template {@code stem} for {@code format}.
   *
   * @throws IllegalArgumentException when {@code format} is not HTML or MARKDOWN
   * @throws UncheckedIOException when the template cannot be loaded or parsed
   */
  static Template load(String stem, ReportFormat format) {
    String name;
    OutputFormat output;
    switch (format) {
      case HTML -> {
        name = stem + ".html.ftlh";
        output = HTMLOutputFormat.INSTANCE;
      }
      case MARKDOWN -> {
        name = stem + ".md.ftl";
        output = MarkdownOutputFormat.INSTANCE;
      }
      default ->
          throw new IllegalArgumentException("no " + stem + " template for format " + format);
    }
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
    cfg.setClassForTemplateLoading(ReportTemplate.class, "/templates");
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
      return cfg.getTemplate(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load report template " + name, e);
    }
  }
}
