package dev.fairness.cli;

import dev.fairness.Finding;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import dev.fairness.text.ValueText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The plain-text stdout summary of spec §1: one line per facet group and metric, then the files.
 */
final class Summary {

  private final PrintWriter out;

  Summary(PrintWriter out) {
    this.out = out;
  }

  void print(AnalysisResult result, List<Path> written, Path outputAsGiven) {
    section("pre", result.preTraining());
    section("post", result.postTraining());
    if (result.run() != null && result.run().findings() != null) {
      for (Finding f : result.run().findings()) {
        if (!f.code().equals(Finding.Code.WARNING)) {
          out.println("warning  " + f.code() + "  " + TerminalText.line(f.text()));
        }
      }
    }
    if (result.groupMetrics() != null) {
      result
          .groupMetrics()
          .forEach(
              (facet, r) ->
                  r.summary()
                      .forEach(
                          (name, v) ->
                              out.println(
                                  TerminalText.line(
                                      "group  "
                                          + facet
                                          + "  "
                                          + name
                                          + "  "
                                          + (v == null
                                              ? "undefined"
                                              : ValueText.renderDouble(v))))));
    }
    Path base = outputAsGiven.toAbsolutePath().normalize();
    for (Path p : written) {
      out.println(
          TerminalText.line("wrote " + outputAsGiven.resolve(base.relativize(p)).normalize()));
    }
    out.flush();
  }

  private void section(String stage, BiasReport report) {
    if (report == null) {
      return;
    }
    for (Map.Entry<String, List<FacetGroupResult>> e : report.facets().entrySet()) {
      for (FacetGroupResult g : e.getValue()) {
        for (MetricValue m : g.metrics()) {
          String value = m.failed() ? "error: " + m.error() : ValueText.renderDouble(m.value());
          out.println(
              TerminalText.line(
                  stage
                      + "  "
                      + e.getKey()
                      + "="
                      + g.valueOrThreshold()
                      + "  "
                      + m.name()
                      + "  "
                      + value));
        }
      }
    }
  }
}
