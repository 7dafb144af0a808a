package dev.fairness.gate;

import dev.fairness.result.AnalysisResult;
import dev.fairness.text.ValueText;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A JUnit XML report of one run: a {@code <testsuites>} root holding one {@code <testsuite>} whose
 * {@code <testcase>}s are the gate's checks, in the format read by Jenkins, GitLab and the GitHub
 * test-report actions (the Ant/Surefire layout; see {@code testdata/gate/junit.xsd}).
 *
 * <p>Output is deterministic: cases keep their given order, every {@code time} is {@code 0}, and a
 * {@code timestamp} appears only when one is given.
 */
public final class JUnitReport {

  /** Class name of {@code --assert} cases. */
  public static final String ASSERT_CLASS = "fairness.assert";

  /** Class name of the cases of the run's findings. */
  public static final String WARNING_CLASS = "fairness.warnings";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private final String suite;
  private final List<JUnitCase> cases;
  private final Instant timestamp;

  /**
   * Creates a report of the named suite with the given cases (kept in order) and an optional
   * timestamp (null for none).
   */
  public JUnitReport(String suite, List<JUnitCase> cases, Instant timestamp) {
    this.suite = suite;
    this.cases = List.copyOf(cases);
    this.timestamp = timestamp;
  }

  /**
   * Returns the report of an {@code analyze} run: one case per assertion outcome (class {@code
   * fairness.assert}, name = the expression; a failure of type {@code assertion} lists every failed
   * facet, group and value), then one case per metric carrying an error (class {@code
   * fairness.metrics.pre|post}, name {@code METRIC@facet=group}) that is a failure of type {@code
   * metric-error} under {@code strict} and skipped otherwise, then one case per coded finding
   * (class {@code fairness.warnings}; failed under {@code strict} when it changes what a number
   * means, skipped otherwise). Suite name {@code fairness}.
   */
  public static JUnitReport of(
      List<AssertionCheck.Outcome> outcomes, AnalysisResult result, boolean strict) {
    List<JUnitCase> cases = new ArrayList<>();
    for (AssertionCheck.Outcome o : outcomes) {
      cases.add(JUnitCases.assertionCase(o));
    }
    JUnitCases.metricErrorCases(cases, "pre", result.preTraining(), strict);
    JUnitCases.metricErrorCases(cases, "post", result.postTraining(), strict);
    JUnitCases.findingCases(cases, result, strict);
    return new JUnitReport("fairness", cases, null);
  }

  /**
   * Writes the report of an {@code analyze} run (see {@link #of}) to {@code path}, atomically.
   * Throws a {@code CONFIG} {@link dev.fairness.FairnessException} when the file cannot be written.
   */
  public static void write(
      List<AssertionCheck.Outcome> outcomes, AnalysisResult result, boolean strict, Path path) {
    of(outcomes, result, strict).write(path);
  }

  /**
   * Returns the report of a {@code compare} run (suite {@code fairness.compare}): one case per
   * assertion (as in {@link #of}), then one per compared metric (class {@code
   * fairness.compare.pre|post}, name {@code METRIC@facet=group}); a violation is a failure whose
   * type is its status ({@code exceeded}, {@code removed}, {@code added}, {@code new_error}) and
   * whose message is its reason; an error in both analyses is skipped; the rest pass, with the
   * values in {@code <system-out>}.
   */
  public static JUnitReport of(BiasComparison comparison) {
    List<JUnitCase> cases = new ArrayList<>();
    for (AssertionCheck.Outcome o : comparison.assertions()) {
      cases.add(JUnitCases.assertionCase(o));
    }
    for (MetricChange m : comparison.changes()) {
      String classname = "fairness.compare." + m.stage();
      String name = m.metric() + "@" + m.facet() + "=" + m.group();
      String type = m.status().name().toLowerCase(Locale.ROOT);
      if (m.violated()) {
        cases.add(
            JUnitCase.failed(
                classname, name, type, m.reason(), m.ref() + ": " + m.reason() + "\n"));
      } else if (m.status() == MetricChange.Status.STILL_ERROR) {
        cases.add(JUnitCase.skipped(classname, name, m.reason()));
      } else {
        cases.add(JUnitCase.passed(classname, name, m.ref() + ": " + values(m) + "\n"));
      }
    }
    for (AttributionDrift d : comparison.attributions()) {
      cases.add(JUnitCases.attributionCase(d));
    }
    return new JUnitReport("fairness.compare", cases, null);
  }

  private static String values(MetricChange m) {
    String text =
        "baseline "
            + (m.baseline().failed() ? "error" : ValueText.renderDouble(m.baseline().value()))
            + ", current "
            + ValueText.renderDouble(m.current().value());
    if (m.change() != null) {
      text += ", change " + MetricChange.signed(m.change());
    }
    return text + " (" + m.reason() + ")";
  }

  /** Returns the same report with a {@code timestamp} attribute (UTC, seconds precision). */
  public JUnitReport withTimestamp(Instant at) {
    return new JUnitReport(suite, cases, at);
  }

  /** Returns the cases in order. */
  public List<JUnitCase> cases() {
    return cases;
  }

  /** Returns the number of cases. */
  public int tests() {
    return cases.size();
  }

  /** Returns the number of failed cases. */
  public int failures() {
    return count(JUnitCase.Status.FAILED);
  }

  /** Returns the number of errored cases. */
  public int errors() {
    return count(JUnitCase.Status.ERROR);
  }

  /** Returns the number of skipped cases. */
  public int skipped() {
    return count(JUnitCase.Status.SKIPPED);
  }

  private int count(JUnitCase.Status s) {
    return (int) cases.stream().filter(c -> c.status() == s).count();
  }

  /** Writes the XML to {@code path} atomically (temporary file, then rename). */
  public void write(Path path) {
    AtomicFile.write(path, toXml());
  }

  /** Returns the XML document: UTF-8 declaration, 2-space indent, trailing newline. */
  public String toXml() {
    StringBuilder x = new StringBuilder(256 + cases.size() * 160);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    String counts =
        " tests=\""
            + tests()
            + "\" failures=\""
            + failures()
            + "\" errors=\""
            + errors()
            + "\" skipped=\""
            + skipped()
            + "\" time=\"0\"";
    x.append("<testsuites name=\"").append(XmlText.attribute(suite)).append('"').append(counts);
    x.append(">\n");
    x.append("  <testsuite name=\"").append(XmlText.attribute(suite)).append('"').append(counts);
    if (timestamp != null) {
      x.append(" timestamp=\"")
          .append(TIMESTAMP.format(timestamp.truncatedTo(ChronoUnit.SECONDS)))
          .append('"');
    }
    x.append(">\n");
    for (JUnitCase c : cases) {
      appendCase(x, c);
    }
    x.append("  </testsuite>\n</testsuites>\n");
    return x.toString();
  }

  private static void appendCase(StringBuilder x, JUnitCase c) {
    x.append("    <testcase classname=\"")
        .append(XmlText.attribute(c.classname()))
        .append("\" name=\"")
        .append(XmlText.attribute(c.name()))
        .append("\" time=\"0\"");
    String element =
        switch (c.status()) {
          case PASSED -> "system-out";
          case FAILED -> "failure";
          case SKIPPED -> "skipped";
          case ERROR -> "error";
        };
    boolean hasBody = c.detail() != null && !c.detail().isEmpty();
    if (c.status() == JUnitCase.Status.PASSED && !hasBody) {
      x.append("/>\n");
      return;
    }
    x.append(">\n      <").append(element);
    if (c.status() != JUnitCase.Status.PASSED) {
      if (c.message() != null) {
        x.append(" message=\"").append(XmlText.attribute(c.message())).append('"');
      }
      if (c.type() != null) {
        x.append(" type=\"").append(XmlText.attribute(c.type())).append('"');
      }
    }
    if (hasBody) {
      x.append('>').append(XmlText.text(c.detail())).append("</").append(element).append(">\n");
    } else {
      x.append("/>\n");
    }
    x.append("    </testcase>\n");
  }
}
