package dev.fairness;

import dev.fairness.config.EffectiveConfig;
import dev.fairness.config.LoadedConfig;
import dev.fairness.report.FindingPolicy;
import dev.fairness.result.AnalysisJsonWriter;
import dev.fairness.result.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * Writes analysis.json, analysis_config.json and the requested reports into the staging directory
 * (spec §9.1); they appear in the output directory only when the run commits.
 */
final class OutputWriter {

  private OutputWriter() {}

  static void write(
      OutputDirectory dir,
      AnalysisResult result,
      LoadedConfig loaded,
      Integer chosenClusters,
      Set<String> formats,
      ReportTemplates templates,
      FindingPolicy policy) {
    try {
      try (Writer w = Files.newBufferedWriter(dir.stage("analysis.json"), StandardCharsets.UTF_8)) {
        new AnalysisJsonWriter().write(result, w);
      }
      Files.writeString(
          dir.stage("analysis_config.json"),
          EffectiveConfig.toText(loaded, chosenClusters),
          StandardCharsets.UTF_8);
      String name = result.run().reportName();
      for (String own :
          List.of(
              name + ".html",
              name + ".md",
              "explanations_shap/out.csv",
              "explanations_shap/baseline.csv")) {
        dir.claim(own);
      }
      if (formats.contains("html")) {
        try (Writer w =
            Files.newBufferedWriter(dir.stage(name + ".html"), StandardCharsets.UTF_8)) {
          templates.html().render(result, policy, w);
        }
      }
      if (formats.contains("md")) {
        try (Writer w = Files.newBufferedWriter(dir.stage(name + ".md"), StandardCharsets.UTF_8)) {
          templates.markdown().render(result, policy, w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
