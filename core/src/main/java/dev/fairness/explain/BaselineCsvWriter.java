package dev.fairness.explain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes {@code explanations_shap/baseline.csv} (spec §6.2): header = feature names, one line per
 * baseline row, values rendered with §9.5 (strings quoted as §8.2), lines ending with {@code \n}.
 */
public final class BaselineCsvWriter {

  private BaselineCsvWriter() {}

  /** Writes the baseline; the caller owns and closes {@code out}. */
  public static void write(Writer out, List<String> featureNames, Baseline baseline) {
    write(out, featureNames, baseline, false);
  }

  /**
   * Writes the baseline; with {@code csvSafe} ({@code --csv-safe}) text that a spreadsheet would
   * run as a formula gets a leading {@code '}. The caller owns and closes {@code out}.
   */
  public static void write(
      Writer out, List<String> featureNames, Baseline baseline, boolean csvSafe) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < featureNames.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(CsvField.header(featureNames.get(i), csvSafe));
    }
    sb.append('\n');
    for (Object[] row : baseline.rows()) {
      for (int i = 0; i < row.length; i++) {
        sb.append(i == 0 ? "" : ",").append(CsvField.value(row[i], csvSafe));
      }
      sb.append('\n');
    }
    try {
      out.write(sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
