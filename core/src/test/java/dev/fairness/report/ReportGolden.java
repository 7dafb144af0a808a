package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.result.AnalysisResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Renders reports for tests and compares them with the golden files in {@code testdata/reports/};
 * {@code -Dgolden.update=true} rewrites the golden files instead.
 */
final class ReportGolden {

  private ReportGolden() {}

  /** Returns the report of {@code result} in {@code format}. */
  static String render(ReportFormat format, AnalysisResult result) {
    StringWriter out = new StringWriter();
    try {
      new TemplateReportRenderer(format).render(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Returns the directory of the golden reports. */
  static Path directory() {
    String testdata = System.getProperty("testdata.dir");
    Path base = testdata == null ? Paths.get("..", "testdata") : Paths.get(testdata);
    return base.resolve("reports");
  }

  /**
   * Asserts that {@code actual} equals the golden file {@code name} (after line-ending
   * normalisation).
   */
  static void assertMatches(String name, String actual) throws IOException {
    Path file = directory().resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(
        Files.exists(file), "missing golden file " + file + "; run with -Dgolden.update=true");
    String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertEquals(expected, actual.replace("\r\n", "\n"), "report differs from " + file);
  }
}
