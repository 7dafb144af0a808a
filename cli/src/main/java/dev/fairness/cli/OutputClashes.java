package dev.fairness.cli;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses an {@code --output} whose files would replace the run's own inputs (exit 2): the
 * configuration file, a dataset file, a side file or a baseline file named like one of our outputs;
 * and an {@code --output} inside a dataset directory, whose every file is read as data, so the next
 * run would read this run's outputs.
 */
final class OutputClashes {

  private OutputClashes() {}

  /** Throws a {@link ConfigException} naming the clash, if any. */
  static void refuse(Path outDir, Path configFile, AnalysisConfig config) {
    String name = config.methods().report().name();
    List<Path> ours = new ArrayList<>();
    for (String f :
        List.of(
            "analysis.json",
            "analysis_config.json",
            name + ".html",
            name + ".md",
            "explanations_shap/out.csv",
            "explanations_shap/baseline.csv")) {
      ours.add(outDir.resolve(f));
    }
    for (Path p : ours) {
      if (same(p, configFile)) {
        throw new ConfigException(
            "--output " + outDir + " would overwrite the configuration file " + configFile);
      }
    }
    List<Path> data = new ArrayList<>();
    data.add(config.datasetUri());
    data.add(config.facetDatasetUri());
    data.add(config.predictedLabelDatasetUri());
    if (config.methods().shap() != null) {
      data.add(config.methods().shap().baselineFile());
    }
    for (Path d : data) {
      if (d == null) {
        continue;
      }
      Path input = d.toAbsolutePath().normalize();
      for (Path p : ours) {
        if (same(p, input)) {
          throw new ConfigException(
              "--output "
                  + outDir
                  + " would overwrite the input file "
                  + input
                  + "; choose another --output");
        }
      }
      if (Files.isDirectory(input) && real(outDir).startsWith(real(input))) {
        throw new ConfigException(
            "--output "
                + outDir
                + " is inside the dataset directory "
                + input
                + ", whose every file is read as data; choose an --output outside it");
      }
    }
  }

  private static boolean same(Path a, Path b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** Returns the real path of {@code p}, or of its nearest existing ancestor plus the rest. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    for (Path q = abs; q != null; q = q.getParent()) {
      try {
        return q.toRealPath().resolve(q.relativize(abs));
      } catch (IOException e) {
        // not there yet: try its parent
      }
    }
    return abs;
  }
}
