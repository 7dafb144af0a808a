package dev.fairness;

import dev.fairness.report.TemplateReportRenderer;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The report renderers a run needs, prepared on a background thread while the data is read and
 * analysed: loading Freemarker and parsing the HTML template is about a third of a small run (~250
 * ms of CPU, most of it class loading), and none of it depends on the data. Asking for a renderer
 * waits for it; a template failure surfaces there, as it would have without the head start.
 */
final class ReportTemplates {

  private final FutureTask<TemplateReportRenderer> html;
  private final FutureTask<TemplateReportRenderer> markdown;

  private ReportTemplates(Set<String> formats) {
    html = formats.contains("html") ? new FutureTask<>(TemplateReportRenderer::html) : null;
    markdown = formats.contains("md") ? new FutureTask<>(TemplateReportRenderer::markdown) : null;
  }

  /** Starts preparing the renderers of the requested formats ({@code html}, {@code md}). */
  static ReportTemplates prepare(Set<String> formats) {
    ReportTemplates t = new ReportTemplates(formats);
    if (t.html != null || t.markdown != null) {
      Thread worker =
          new Thread(
              () -> {
                if (t.html != null) {
                  t.html.run();
                }
                if (t.markdown != null) {
                  t.markdown.run();
                }
              },
              "fairness-report-templates");
      worker.setDaemon(true);
      worker.start();
    }
    return t;
  }

  /** Returns the HTML renderer; only when {@code html} was requested. */
  TemplateReportRenderer html() {
    return get(html);
  }

  /** Returns the Markdown renderer; only when {@code md} was requested. */
  TemplateReportRenderer markdown() {
    return get(markdown);
  }

  private static TemplateReportRenderer get(FutureTask<TemplateReportRenderer> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
