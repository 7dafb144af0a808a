package dev.fairness.gate;

import static dev.fairness.gate.GateFixtures.error;
import static dev.fairness.gate.GateFixtures.result;
import static dev.fairness.gate.GateFixtures.validateJUnit;
import static dev.fairness.gate.GateFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.config.ConfigException;
import dev.fairness.result.AnalysisResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class JUnitReportTest {

  private static final AnalysisResult RESULT =
      result(
          "Sex",
          "Female",
          List.of(value("CI", 0.35), error("CDDL", "Group variable is empty or not provided")),
          List.of(value("DI", 0.6), value("DPPL", 0.05)));

  private static List<AssertionCheck.Outcome> outcomes(String... expressions) {
    return AssertionCheck.evaluate(
        java.util.Arrays.stream(expressions).map(Assertion::parse).toList(), RESULT);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFailedAssertionIsExactlyOneFailedCaseListingItsFacetGroupAndValue() throws Exception {
    JUnitReport report =
        JUnitReport.of(
            outcomes("post.DI@Sex=Female >= 0.8", "abs(post.DPPL) <= 0.1"), RESULT, false);
    String xml = report.toXml();
    validateJUnit(xml);
    assertEquals(3, report.tests());
    assertEquals(1, report.failures());
    assertEquals(1, report.skipped());
    assertEquals(0, report.errors());

    Document doc = parse(xml);
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertEquals("fairness", suite.getAttribute("name"));
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("skipped"));
    assertFalse(suite.hasAttribute("timestamp"));
    NodeList failures = doc.getElementsByTagName("failure");
    assertEquals(1, failures.getLength());
    Element failure = (Element) failures.item(0);
    Element testcase = (Element) failure.getParentNode();
    assertEquals("fairness.assert", testcase.getAttribute("classname"));
    assertEquals("post.DI@Sex=Female >= 0.8", testcase.getAttribute("name"));
    assertEquals("assertion", failure.getAttribute("type"));
    assertEquals(
        "post.DI@Sex=Female >= 0.8 failed for Sex=Female: 0.6", failure.getAttribute("message"));
    assertEquals(
        "fairness: assertion failed: post.DI@Sex=Female >= 0.8 (Sex=Female: 0.6)\n",
        failure.getTextContent());
    Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);
    Element errorCase = (Element) skipped.getParentNode();
    assertEquals("fairness.metrics.pre", errorCase.getAttribute("classname"));
    assertEquals("CDDL@Sex=Female", errorCase.getAttribute("name"));
    assertEquals("Group variable is empty or not provided", skipped.getAttribute("message"));
  }

  @Test
  void strictTurnsMetricErrorsIntoFailures() throws Exception {
    JUnitReport report = JUnitReport.of(outcomes("abs(post.DPPL) <= 0.1"), RESULT, true);
    validateJUnit(report.toXml());
    assertEquals(2, report.tests());
    assertEquals(1, report.failures());
    assertEquals(0, report.skipped());
    JUnitCase c = report.cases().get(1);
    assertEquals(JUnitCase.Status.FAILED, c.status());
    assertEquals("metric-error", c.type());
    assertEquals("fairness.metrics.pre", c.classname());
  }

  @Test
  void anAssertionMatchingNothingIsAConfigurationError() {
    // issue 14: a reference that matches nothing is a typo or a metric not computed: exit 2
    ConfigException e = assertThrows(ConfigException.class, () -> outcomes("post.AD < 1"));
    assertTrue(e.getMessage().contains("metric AD was not computed"), e.getMessage());
  }

  @Test
  void aPassedAssertionListsTheCheckedValues() {
    JUnitCase c = JUnitReport.of(outcomes("post.DI > 0.5"), RESULT, false).cases().get(0);
    assertEquals(JUnitCase.Status.PASSED, c.status());
    assertEquals("Sex=Female: 0.6\n", c.detail());
  }

  @Test
  void markupAndControlCharactersAreEscapedAndSurviveAParser() throws Exception {
    String group = "<a & \"b\"> 'c'\u0001";
    AnalysisResult r =
        result("F]]>", group, null, List.of(error("DI", "bad\ttab & <line>\nnext \uD83D\uDE00")));
    JUnitReport report = JUnitReport.of(List.of(), r, true);
    String xml = report.toXml();
    validateJUnit(xml);
    Element testcase = (Element) parse(xml).getElementsByTagName("testcase").item(0);
    assertEquals("DI@F]]>=<a & \"b\"> 'c'\uFFFD", testcase.getAttribute("name"));
    Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
    assertEquals("bad\ttab & <line>\nnext \uD83D\uDE00", failure.getAttribute("message"));
  }

  @Test
  void outputIsDeterministicAndCarriesATimestampOnlyWhenGiven() throws Exception {
    List<AssertionCheck.Outcome> o = outcomes("post.DI >= 0.8");
    assertEquals(
        JUnitReport.of(o, RESULT, false).toXml(), JUnitReport.of(o, RESULT, false).toXml());
    String xml =
        JUnitReport.of(o, RESULT, false)
            .withTimestamp(Instant.parse("2026-11-23T08:50:17.123Z"))
            .toXml();
    validateJUnit(xml);
    assertTrue(xml.contains(" timestamp=\"2026-11-23T08:50:17\""), xml);
  }

  @Test
  void anEmptyRunIsAValidReport() throws Exception {
    AnalysisResult r = result("Sex", "Female", List.of(value("CI", 0.1)), null);
    JUnitReport report = JUnitReport.of(List.of(), r, false);
    assertEquals(0, report.tests());
    validateJUnit(report.toXml());
  }

  @Test
  void theSchemaRejectsAMalformedReport() {
    String bad =
        "<?xml version=\"1.0\"?><testsuite name=\"x\" tests=\"-1\" failures=\"0\" errors=\"0\"/>";
    assertThrows(SAXException.class, () -> validateJUnit(bad));
    String noName =
        "<testsuite name=\"x\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase/></testsuite>";
    assertThrows(SAXException.class, () -> validateJUnit(noName));
  }

  @Test
  void writesTheFileAtomicallyReplacingAnOldOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("reports/junit.xml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old");
    JUnitReport.write(outcomes("post.DI >= 0.8"), RESULT, false, file);
    String xml = Files.readString(file);
    validateJUnit(xml);
    assertEquals(JUnitReport.of(outcomes("post.DI >= 0.8"), RESULT, false).toXml(), xml);
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void anUnwritablePathIsAConfigurationError(@TempDir Path dir) {
    var e =
        assertThrows(
            dev.fairness.FairnessException.class,
            () -> JUnitReport.write(List.of(), RESULT, false, dir));
    assertEquals(dev.fairness.FairnessException.Kind.CONFIG, e.kind());
    assertTrue(e.getMessage().startsWith(dir + ": is a directory"), e.getMessage());
  }
}
