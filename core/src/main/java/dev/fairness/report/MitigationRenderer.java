package dev.fairness.report;

import dev.fairness.mitigate.MitigationResult;
import freemarker.core.HTMLOutputFormat;
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
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
    String name;
    switch (format) {
      case HTML -> {
        name = "mitigation.html.ftlh";
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
      }
      case MARKDOWN -> {
        name = "mitigation.md.ftl";
        cfg.setOutputFormat(MarkdownOutputFormat.INSTANCE);
      }
      default -> throw new IllegalArgumentException("no mitigation template for " + format);
    }
    cfg.setClassForTemplateLoading(MitigationRenderer.class, "/templates");
    cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
    cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setWhitespaceStripping(true);
    try {
      template = cfg.getTemplate(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load report template " + name, e);
    }
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
