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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code fairness analyze} on every folder of {@code testdata/groups/} and compares its {@code
 * group_metrics} with Fairlearn 0.10.0's values in the folder's {@code expected.json}: the same
 * facets, groups and keys, every number within an absolute 1e-12, null where Fairlearn leaves the
 * value undefined.
 */
class GroupMetricsCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double TOLERANCE = 1e-12;

  @TempDir Path out;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CliRun.testdata().resolve("groups"))) {
      return dirs
          .filter(d -> Files.exists(d.resolve("expected.json")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void equalsFairlearn(String name) throws IOException {
    Path dir = CliRun.testdata().resolve("groups").resolve(name);
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
    assertEquals(0, run.code(), run.err());
    JsonNode actual = JSON.readTree(out.resolve("analysis.json").toFile()).get("group_metrics");
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile()).get("group_metrics");
    assertNotNull(actual, "group_metrics missing");
    assertTrue(expected.size() > 0);
    compare(expected, actual, name);
  }

  private static void compare(JsonNode expected, JsonNode actual, String where) {
    if (expected.isObject()) {
      assertTrue(actual.isObject(), where + " is not an object");
      assertEquals(names(expected), names(actual), where + " keys");
      expected
          .fields()
          .forEachRemaining(
              e -> compare(e.getValue(), actual.get(e.getKey()), where + "/" + e.getKey()));
    } else if (expected.isNull()) {
      assertTrue(actual.isNull(), where + " must be null, was " + actual);
    } else {
      assertTrue(actual.isNumber(), where + " is not a number: " + actual);
      assertEquals(expected.asDouble(), actual.asDouble(), TOLERANCE, where);
    }
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out.stream().sorted().toList();
  }
}
