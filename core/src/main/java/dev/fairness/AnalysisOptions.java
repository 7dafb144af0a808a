package dev.fairness;

import dev.fairness.data.InputLimits;
import dev.fairness.data.csv.CsvHeaderMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Run options that come from the command line rather than the configuration.
 *
 * @param datasetOverride {@code --dataset}, or null
 * @param csvHeader {@code --csv-header}
 * @param formats report formats ({@code json}, {@code html}, {@code md})
 * @param maxShapRecords {@code --max-shap-records}, or null for all
 * @param toolVersion the tool version for report headers
 * @param environment the process environment ({@code SOURCE_DATE_EPOCH}, {@code
 *     FAIRNESS_REPORT_STABLE})
 * @param progress progress receiver, or null
 * @param limits the input size limits
 * @param csvSafe {@code --csv-safe}: neutralise spreadsheet formulas in the SHAP CSV files
 */
public record AnalysisOptions(
    Path datasetOverride,
    CsvHeaderMode csvHeader,
    Set<String> formats,
    Integer maxShapRecords,
    String toolVersion,
    Map<String, String> environment,
    Progress progress,
    InputLimits limits,
    boolean csvSafe) {

  /** Creates options with Clarify's CSV bytes (no {@code --csv-safe}). */
  public AnalysisOptions(
      Path datasetOverride,
      CsvHeaderMode csvHeader,
      Set<String> formats,
      Integer maxShapRecords,
      String toolVersion,
      Map<String, String> environment,
      Progress progress,
      InputLimits limits) {
    this(
        datasetOverride,
        csvHeader,
        formats,
        maxShapRecords,
        toolVersion,
        environment,
        progress,
        limits,
        false);
  }

  /** Creates options with the default input limits. */
  public AnalysisOptions(
      Path datasetOverride,
      CsvHeaderMode csvHeader,
      Set<String> formats,
      Integer maxShapRecords,
      String toolVersion,
      Map<String, String> environment,
      Progress progress) {
    this(
        datasetOverride,
        csvHeader,
        formats,
        maxShapRecords,
        toolVersion,
        environment,
        progress,
        InputLimits.defaults());
  }
}
