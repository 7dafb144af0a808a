package dev.fairness.explain;

import dev.fairness.data.Column;
import dev.fairness.text.ValueText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes {@code explanations_shap/out.csv} (spec §9.4) row by row as records are explained: an
 * optional joinsource column first, then {@code <feature>_<label key>} for each label key (outer)
 * and explained feature (inner); values rendered with §9.5; lines end with {@code \n}.
 */
public final class ShapCsvWriter implements LocalShapSink {

  private final Writer out;
  private final List<String> features;
  private final Column joinColumn;
  private final StringBuilder line = new StringBuilder(256);
  private final boolean csvSafe;

  /**
   * Creates a writer; the caller owns and closes {@code out}.
   *
   * @param out destination
   * @param explainedFeatures the explained feature names, in feature order
   * @param joinColumn the joinsource column (values copied by table row), or null
   */
  public ShapCsvWriter(Writer out, List<String> explainedFeatures, Column joinColumn) {
    this(out, explainedFeatures, joinColumn, false);
  }

  /**
   * Creates a writer; with {@code csvSafe} ({@code --csv-safe}) text that a spreadsheet would run
   * as a formula is written with a leading {@code '}.
   */
  public ShapCsvWriter(
      Writer out, List<String> explainedFeatures, Column joinColumn, boolean csvSafe) {
    this.csvSafe = csvSafe;
    this.out = out;
    this.features = List.copyOf(explainedFeatures);
    this.joinColumn = joinColumn;
  }

  /** Writes the header row. Throws {@link UncheckedIOException} on write failure. */
  @Override
  public void begin(List<String> labelKeys) {
    line.setLength(0);
    boolean first = true;
    if (joinColumn != null) {
      line.append(CsvField.header(joinColumn.name(), csvSafe));
      first = false;
    }
    for (String key : labelKeys) {
      for (String f : features) {
        if (!first) {
          line.append(',');
        }
        line.append(CsvField.header(f + "_" + key, csvSafe));
        first = false;
      }
    }
    flushLine();
  }

  /** Writes one record's row. Throws {@link UncheckedIOException} on write failure. */
  @Override
  public void accept(int rowIndex, double[][] phi) {
    line.setLength(0);
    boolean first = true;
    if (joinColumn != null) {
      line.append(CsvField.value(joinColumn.get(rowIndex), csvSafe));
      first = false;
    }
    for (double[] output : phi) {
      for (double v : output) {
        if (!first) {
          line.append(',');
        }
        line.append(ValueText.renderDouble(v));
        first = false;
      }
    }
    flushLine();
  }

  private void flushLine() {
    line.append('\n');
    try {
      out.write(line.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
