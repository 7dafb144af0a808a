package dev.fairness.trend;

import dev.fairness.result.AnalysisResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * One run of a trend: an analysis.json read back, with where it came from, the time it records and
 * the confidence intervals its metrics carry.
 *
 * @param name how the run is shown: its directory name, or the file name for a file given directly
 * @param file the analysis.json read
 * @param time the generation time the run's report records, or null when it records none
 * @param result the bias results (and SHAP, not used here)
 * @param intervals {@code [low, high]} per {@link #key} of every metric that has a {@code ci}
 */
public record TrendRun(
    String name, Path file, Instant time, AnalysisResult result, Map<String, double[]> intervals) {

  /** Returns the key of one metric in {@link #intervals}: {@code stage␟facet␟group␟metric}. */
  public static String key(String stage, String facet, String group, String metric) {
    return stage + '\u001f' + facet + '\u001f' + group + '\u001f' + metric;
  }
}
