package dev.fairness.result;

import dev.fairness.Finding;
import java.util.List;

/**
 * Facts about the run shown in report headers and configuration summaries (spec §9.6).
 *
 * @param title report title
 * @param reportName report file stem
 * @param generatedAt UTC ISO-8601 time ({@code SOURCE_DATE_EPOCH} when set)
 * @param toolVersion tool version, or null when the stable header is requested
 * @param datasetPath dataset path as shown (file name only with the stable header)
 * @param datasetType dataset type
 * @param rows number of data rows
 * @param labelSummary label and label value or threshold, e.g. {@code Target = 1}, or null
 * @param facetSummaries one line per facet, e.g. {@code Sex: Female}
 * @param groupVariable group variable name, or null
 * @param methods requested methods in words, e.g. {@code pre-training bias (8 metrics)}
 * @param modelTransport model command or URL (never environment values), or null
 * @param warnings every warn line of the run, in order
 * @param findings the same warnings as findings (code, where, message, fix), in order
 */
public record RunInfo(
    String title,
    String reportName,
    String generatedAt,
    String toolVersion,
    String datasetPath,
    String datasetType,
    long rows,
    String labelSummary,
    List<String> facetSummaries,
    String groupVariable,
    List<String> methods,
    String modelTransport,
    List<String> warnings,
    List<Finding> findings) {

  /** Creates run facts whose findings are the plain warn lines {@code warnings}. */
  public RunInfo(
      String title,
      String reportName,
      String generatedAt,
      String toolVersion,
      String datasetPath,
      String datasetType,
      long rows,
      String labelSummary,
      List<String> facetSummaries,
      String groupVariable,
      List<String> methods,
      String modelTransport,
      List<String> warnings) {
    this(
        title,
        reportName,
        generatedAt,
        toolVersion,
        datasetPath,
        datasetType,
        rows,
        labelSummary,
        facetSummaries,
        groupVariable,
        methods,
        modelTransport,
        warnings,
        warnings == null ? List.of() : warnings.stream().map(Finding::plain).toList());
  }

  /** Returns the findings that change what a number means (they fail {@code --strict}). */
  public List<Finding> meaningChanges() {
    return findings == null
        ? List.of()
        : findings.stream().filter(Finding::changesMeaning).toList();
  }
}
