package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CompareCommandTest {

  private static final Path GATE = CliRun.testdata().resolve("gate");
  private static final String BASELINE = GATE.resolve("baseline/analysis.json").toString();
  private static final String CURRENT = GATE.resolve("current/analysis.json").toString();

  static void validateJUnit(String xml) throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.newSchema(GATE.resolve("junit.xsd").toFile())
        .newValidator()
        .validate(new StreamSource(new StringReader(xml)));
  }

  static Document xml(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  /** Returns the names (classname.name) of the failed test cases of a JUnit file. */
  static List<String> failedCases(Path junit) throws Exception {
    NodeList failures = xml(junit).getElementsByTagName("failure");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < failures.getLength(); i++) {
      Element c = (Element) failures.item(i).getParentNode();
      names.add(c.getAttribute("classname") + " " + c.getAttribute("name"));
    }
    return names;
  }

  @Test
  void aKnownDropIsReportedWithItsSignAndSizeAndExits6(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("compare.json");
    Path md = dir.resolve("md/compare.md");
    Path junit = dir.resolve("junit/compare.xml");
    CliRun r =
        CliRun.run(
            "compare",
            "--baseline",
            BASELINE,
            "--current",
            CURRENT,
            "--max-change",
            "0.05",
            "--json",
            json.toString(),
            "--md",
            md.toString(),
            "--junit",
            junit.toString());
    assertEquals(6, r.code(), r.err());
    assertEquals(
        "fairness: change violation: post.DI@Sex=Female: change -0.25 exceeds the limit ±0.05"
            + " (baseline 0.875, current 0.625)\n",
        r.err());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(
                l ->
                    l.matches(
                        "post +Sex=Female +DI +0\\.8750 +0\\.6250 +-0\\.2500 +EXCEEDED \\(limit ±0\\.05\\)")),
        r.out());
    assertTrue(
        r.out().contains("1 violation in 7 compared metrics (limits: every metric ±0.05)\n"),
        r.out());
    assertTrue(
        r.out().endsWith("wrote " + json + "\nwrote " + md + "\nwrote " + junit + "\n"), r.out());

    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertFalse(root.get("passed").asBoolean());
    JsonNode di = root.at("/metrics/4");
    assertEquals("DI", di.get("metric").asText());
    assertEquals(-0.25, di.get("change").asDouble(), 1e-12);
    assertTrue(
        Files.readString(md).contains("| post | Sex | Female | DI | 0.8750 | 0.6250 | -0.2500 |"));

    validateJUnit(Files.readString(junit));
    assertEquals(List.of("fairness.compare.post DI@Sex=Female"), failedCases(junit));
    try (Stream<Path> files = Files.walk(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void swappingTheFilesFlipsTheSign(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("c.json");
    CliRun r =
        CliRun.run(
            "compare",
            "--baseline",
            CURRENT,
            "--current",
            BASELINE,
            "--json",
            json.toString(),
            "--quiet");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(
        0.25, new ObjectMapper().readTree(json.toFile()).at("/metrics/4/change").asDouble(), 1e-12);
  }

  @Test
  void aPerMetricLimitLetsTheChangePass() {
    CliRun r =
        CliRun.run(
            "compare",
            "--baseline",
            BASELINE,
            "--current",
            CURRENT,
            "--max-change",
            "0.05",
            "--max-change",
            "DI=0.3");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(
        r.out()
            .contains("0 violations in 7 compared metrics (limits: every metric ±0.05, DI ±0.3)"),
        r.out());
  }

  @Test
  void thresholdsAndAssertionsBoundTheCurrentValues(@TempDir Path dir) throws Exception {
    Path junit = dir.resolve("junit.xml");
    CliRun r =
        CliRun.run(
            "compare",
            "--baseline",
            BASELINE,
            "--current",
            CURRENT,
            "--thresholds",
            GATE.resolve("thresholds.txt").toString(),
            "--assert",
            "post.TE > 1",
            "--junit",
            junit.toString(),
            "--quiet");
    assertEquals(6, r.code(), r.err());
    assertEquals(
        "fairness: assertion failed: post.DI@Sex=Female >= 0.8 (Sex=Female: 0.625)\n"
            + "fairness: assertion failed: abs(post.DPPL) <= 0.1 (Sex=Female: 0.15625)\n",
        r.err());
    validateJUnit(Files.readString(junit));
    assertEquals(
        List.of(
            "fairness.assert post.DI@Sex=Female >= 0.8", "fairness.assert abs(post.DPPL) <= 0.1"),
        failedCases(junit));
  }

  @Test
  void aBadThresholdsLineIsAUsageError() {
    Path bad = GATE.resolve("thresholds_bad.txt");
    CliRun r =
        CliRun.run(
            "compare",
            "--baseline",
            BASELINE,
            "--current",
            CURRENT,
            "--thresholds",
            bad.toString());
    assertEquals(2, r.code());
    assertTrue(
        r.errorLine()
            .startsWith(
                "fairness: error: "
                    + bad
                    + ":3: post.DI@Sex=Female at least 0.8: invalid assertion"),
        r.err());
  }

  @Test
  void usageErrorsExit2BeforeAnyFileIsRead() {
    CliRun badLimit =
        CliRun.run(
            "compare",
            "--baseline",
            "nowhere.json",
            "--current",
            CURRENT,
            "--max-change",
            "DI=lots");
    assertEquals(2, badLimit.code());
    assertEquals(
        "fairness: error: --max-change DI=lots: expected a number such as 0.05 or METRIC=NUMBER such as DI=0.1",
        badLimit.errorLine());
    CliRun badAssert =
        CliRun.run(
            "compare", "--baseline", "nowhere.json", "--current", CURRENT, "--assert", "post.DI");
    assertEquals(2, badAssert.code());
    assertEquals(2, CliRun.run("compare", "--baseline", BASELINE).code());
  }

  @Test
  void anUnreadableInputExits3NamingTheFile(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("old/analysis.json");
    CliRun r = CliRun.run("compare", "--baseline", missing.toString(), "--current", CURRENT);
    assertEquals(3, r.code());
    assertEquals(
        "fairness: error: " + missing + ": file not found; give the path of an analysis.json",
        r.errorLine());
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"post_training_bias_metrics\": ", StandardCharsets.UTF_8);
    CliRun b = CliRun.run("compare", "--baseline", BASELINE, "--current", broken.toString());
    assertEquals(3, b.code());
    assertTrue(
        b.errorLine()
            .startsWith(
                "fairness: error: "
                    + broken
                    + ":1:32: not valid JSON: Unexpected end-of-input within/between Object"
                    + " entries"),
        b.err());
  }
}
