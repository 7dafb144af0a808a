package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code fairness analyze} on every folder of {@code testdata/cases/} that holds a {@code
 * config.json} and a smclarify {@code expected.json}, and compares every metric value (relative
 * 1e-9, absolute 1e-12 near zero), every error text (exactly) and every group and label string.
 * Adding a case is adding a folder (testdata/README.md says how expectations are made).
 */
class GoldenCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CliRun.testdata().resolve("cases"))) {
      return dirs
          .filter(d -> Files.exists(d.resolve("expected.json")))
          .filter(d -> Files.exists(d.resolve("config.json")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reproducesSmclarify(String name) throws IOException {
    Path dir = CliRun.testdata().resolve("cases").resolve(name);
    CliRun run =
        CliRun.run(
            "analyze",
            "--config",
            dir.resolve("config.json").toString(),
            "--output",
            out.toString(),
            "--format",
            "json",
            "--quiet",
            "--log-level",
            "error");
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    String stageError = stageError(expected);
    if (stageError != null) {
      // smclarify raised for a whole stage (its report call failed): a data error, exit 3, whose
      // one line carries smclarify's text
      assertEquals(3, run.code(), run.err());
      assertTrue(run.err().contains(stageError), run.err() + " should contain " + stageError);
      return;
    }
    assertEquals(0, run.code(), run.err());
    JsonNode actual = JSON.readTree(out.resolve("analysis.json").toFile());
    compare(expected, actual, "pre_training", "pre_training_bias_metrics");
    compare(expected, actual, "post_training", "post_training_bias_metrics");
  }

  /**
   * Returns smclarify's text when a stage raised (oracle keys report_errors, *_error), else null.
   */
  private static String stageError(JsonNode expected) {
    for (JsonNode f : expected.get("facets")) {
      JsonNode errors = f.get("report_errors");
      if (errors != null && errors.size() > 0) {
        return errors.elements().next().asText().replaceFirst("^\\w+Error: ", "");
      }
    }
    JsonNode label = expected.get("label_value_or_threshold_error");
    return label == null ? null : label.asText();
  }

  private static void compare(JsonNode expected, JsonNode actual, String stage, String section) {
    boolean requested = false;
    for (JsonNode f : expected.get("facets")) {
      for (JsonNode g : f.get("groups")) {
        requested |= g.has(stage) && g.get(stage).size() > 0 || hasStageErrors(g, stage);
      }
    }
    if (!requested) {
      return;
    }
    JsonNode report = actual.get(section);
    assertNotNull(report, section + " missing");
    assertEquals(
        expected.get("label_value_or_threshold").asText(),
        report.get("label_value_or_threshold").asText(),
        "label_value_or_threshold");
    List<String> facetKeys = new ArrayList<>();
    report.get("facets").fieldNames().forEachRemaining(facetKeys::add);
    JsonNode expFacets = expected.get("facets");
    assertEquals(expFacets.size(), facetKeys.size(), "facet count");
    for (int i = 0; i < expFacets.size(); i++) {
      JsonNode expGroups = expFacets.get(i).get("groups");
      JsonNode actGroups = report.get("facets").get(facetKeys.get(i));
      assertEquals(expGroups.size(), actGroups.size(), "groups of " + facetKeys.get(i));
      for (int k = 0; k < expGroups.size(); k++) {
        JsonNode eg = expGroups.get(k);
        JsonNode ag = actGroups.get(k);
        String where =
            section + " " + facetKeys.get(i) + "=" + eg.get("value_or_threshold").asText();
        assertEquals(
            eg.get("value_or_threshold").asText(), ag.get("value_or_threshold").asText(), where);
        Map<String, JsonNode> metrics = new TreeMap<>();
        for (JsonNode m : ag.get("metrics")) {
          metrics.put(m.get("name").asText(), m);
        }
        List<String> names = new ArrayList<>(metrics.keySet());
        assertEquals(
            names.stream().sorted().toList(), metricOrder(ag), where + ": metrics not sorted");
        int expectedCount = 0;
        if (eg.has(stage)) {
          for (Iterator<Map.Entry<String, JsonNode>> it = eg.get(stage).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode m = metrics.get(e.getKey());
            assertNotNull(m, where + ": " + e.getKey() + " missing");
            assertClose(e.getValue(), m.get("value"), where + " " + e.getKey());
            expectedCount++;
          }
        }
        if (eg.has("errors") && !eg.get("errors").isNull()) {
          for (Iterator<Map.Entry<String, JsonNode>> it = eg.get("errors").fields();
              it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!isStage(e.getKey(), stage)) {
              continue;
            }
            JsonNode m = metrics.get(e.getKey());
            assertNotNull(m, where + ": " + e.getKey() + " missing");
            assertTrue(m.get("value").isNull(), where + " " + e.getKey() + " must have value null");
            assertEquals(e.getValue().asText(), m.get("error").asText(), where + " " + e.getKey());
            expectedCount++;
          }
        }
        assertEquals(expectedCount, metrics.size(), where + ": metric count");
      }
    }
  }

  private static List<String> metricOrder(JsonNode group) {
    List<String> names = new ArrayList<>();
    group.get("metrics").forEach(m -> names.add(m.get("name").asText()));
    return names;
  }

  private static final List<String> PRE =
      List.of("CDDL", "CI", "DPL", "JS", "KL", "KS", "LP", "TVD");

  private static boolean isStage(String metric, String stage) {
    return PRE.contains(metric) == stage.equals("pre_training");
  }

  private static boolean hasStageErrors(JsonNode group, String stage) {
    if (!group.has("errors") || group.get("errors").isNull()) {
      return false;
    }
    for (Iterator<String> it = group.get("errors").fieldNames(); it.hasNext(); ) {
      if (isStage(it.next(), stage)) {
        return true;
      }
    }
    return false;
  }

  private static void assertClose(JsonNode expected, JsonNode actual, String what) {
    if (expected.isTextual()) {
      assertEquals(expected.asText(), actual.asText(), what);
      return;
    }
    assertTrue(actual.isNumber(), what + ": expected a number, got " + actual);
    double e = expected.asDouble();
    double a = actual.asDouble();
    double tol = Math.max(1e-12, 1e-9 * Math.abs(e));
    assertEquals(e, a, tol, what);
  }
}
