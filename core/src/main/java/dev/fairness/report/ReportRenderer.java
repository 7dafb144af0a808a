package dev.fairness.report;

import dev.fairness.result.AnalysisResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes one report file for a run. The same result in gives byte-identical output out: renderers
 * read no clock, environment or locale; everything run-specific comes from {@link
 * AnalysisResult#run()}.
 */
public interface ReportRenderer {

  /** Returns the format this renderer writes. */
  ReportFormat format();

  /**
   * Renders {@code result} to {@code out}; does not close {@code out}.
   *
   * @throws IOException when writing fails
   */
  void render(AnalysisResult result, Writer out) throws IOException;
}
