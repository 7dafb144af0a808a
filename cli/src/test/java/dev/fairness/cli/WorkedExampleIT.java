package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of spec §9.3 end to end: bias from a predicted-label column, SHAP and PDP
 * against a real subprocess model ({@code java ToyModel.java}), compared with the spec's expected
 * analysis.json (relative 1e-12), out.csv and baseline.csv.
 */
class WorkedExampleIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  @Test
  void reproducesTheSpecExample() throws IOException {
    Path dir = CliRun.testdata().resolve("cases/v3_worked_example");
    CliRun run =
        CliRun.run(
            "analyze",
            "--config",
            dir.resolve("config.json").toString(),
            "--output",
            out.toString());
    assertEquals(0, run.code(), run.err());
    assertJsonClose(
        JSON.readTree(dir.resolve("expected_analysis.json").toFile()),
        JSON.readTree(out.resolve("analysis.json").toFile()),
        "");

    List<String> expectedHead = Files.readAllLines(dir.resolve("expected_out_head.csv"));
    List<String> actual = Files.readAllLines(out.resolve("explanations_shap/out.csv"));
    assertEquals(25, actual.size(), "header + 24 rows");
    assertEquals(expectedHead.get(0), actual.get(0));
    for (int r = 1; r < expectedHead.size(); r++) {
      String[] e = expectedHead.get(r).split(",");
      String[] a = actual.get(r).split(",");
      assertEquals(e.length, a.length);
      for (int c = 0; c < e.length; c++) {
        double ev = Double.parseDouble(e[c]);
        assertEquals(
            ev, Double.parseDouble(a[c]), Math.max(1e-15, 1e-12 * Math.abs(ev)), "row " + r);
      }
    }
    assertEquals(
        Files.readString(dir.resolve("expected_baseline.csv")).strip(),
        Files.readString(out.resolve("explanations_shap/baseline.csv")).strip());
    assertTrue(Files.exists(out.resolve("report.html")));
    assertTrue(Files.exists(out.resolve("report.md")));
    assertTrue(Files.exists(out.resolve("analysis_config.json")));
    assertTrue(run.out().contains("pre  x=(2, 4]  CDDL  0.385101010101010"), run.out());
  }

  static void assertJsonClose(JsonNode expected, JsonNode actual, String path) {
    if (expected.isNumber()) {
      assertTrue(actual.isNumber(), path + ": expected a number, got " + actual);
      double e = expected.asDouble();
      assertEquals(e, actual.asDouble(), Math.max(1e-12, 1e-12 * Math.abs(e)), path);
    } else if (expected.isObject()) {
      assertTrue(actual.isObject(), path + ": expected an object");
      List<String> ek = new ArrayList<>();
      expected.fieldNames().forEachRemaining(ek::add);
      List<String> ak = new ArrayList<>();
      actual.fieldNames().forEachRemaining(ak::add);
      assertEquals(ek.stream().sorted().toList(), ak.stream().sorted().toList(), path + ": keys");
      for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        assertJsonClose(expected.get(k), actual.get(k), path + "/" + k);
      }
    } else if (expected.isArray()) {
      assertTrue(actual.isArray(), path + ": expected an array");
      assertEquals(expected.size(), actual.size(), path + ": length");
      for (int i = 0; i < expected.size(); i++) {
        assertJsonClose(expected.get(i), actual.get(i), path + "/" + i);
      }
    } else {
      assertEquals(expected, actual, path);
    }
  }
}
