package dev.fairness;

import dev.fairness.config.EffectiveConfig;
import dev.fairness.config.LoadedConfig;
import dev.fairness.result.AnalysisJsonWriter;
import dev.fairness.result.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
      ReportTemplates templates) {
    file(dir, "analysis.json", w -> new AnalysisJsonWriter().write(result, w));
    file(dir, "analysis_config.json", w -> w.write(EffectiveConfig.toText(loaded, chosenClusters)));
    String name = result.run().reportName();
    if (formats.contains("html")) {
      file(dir, name + ".html", w -> templates.html().render(result, w));
    }
    if (formats.contains("md")) {
      file(dir, name + ".md", w -> templates.markdown().render(result, w));
    }
  }

  /** Writes one staged file; a failure names it ({@link OutputDirectory#cannotWrite}). */
  static void file(OutputDirectory dir, String relative, Body body) {
    try (Writer w = Files.newBufferedWriter(dir.stage(relative), StandardCharsets.UTF_8)) {
      body.write(w);
    } catch (IOException e) {
      throw dir.cannotWrite(relative, e);
    } catch (UncheckedIOException e) {
      throw dir.cannotWrite(relative, e.getCause());
    }
  }

  /** The content of one output file. */
  interface Body {
    void write(Writer w) throws IOException;
  }
}
