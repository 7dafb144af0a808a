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
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < featureNames.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(CsvField.header(featureNames.get(i)));
    }
    sb.append('\n');
    for (Object[] row : baseline.rows()) {
      for (int i = 0; i < row.length; i++) {
        sb.append(i == 0 ? "" : ",").append(CsvField.value(row[i]));
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
