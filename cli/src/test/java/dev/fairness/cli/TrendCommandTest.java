package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fairness trend} in-process on the two gate fixtures (DI 0.875, then 0.625). */
class TrendCommandTest {

  private static final Path GATE = CliRun.testdata().resolve("gate");
  private static final String BASE = GATE.resolve("baseline").toString();
  private static final String CUR = GATE.resolve("current/analysis.json").toString();

  @Test
  void theLatestRunBelowTheBoundExits6AndWritesThreeFiles(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("trend");
    CliRun r =
        CliRun.run(
            "trend",
            BASE,
            CUR,
            "--metric",
            "DI",
            "--facet",
            "Sex=Female",
            "--assert",
            "post.DI@Sex=Female >= 0.8",
            "--order",
            "given",
            "--output",
            out.toString());
    assertEquals(6, r.code(), r.err());
    assertEquals(
        "fairness: assertion failed: post.DI@Sex=Female >= 0.8 (Sex=Female: 0.625)\n", r.err());
    assertTrue(
        r.out()
            .startsWith(
                "post.DI@Sex=Female  latest 0.625\n  post.DI@Sex=Female >= 0.8: first crossed at"
                    + " run 2 (analysis.json); latest run FAILS\n"),
        r.out());
    assertEquals(
        List.of(
            "run_index,run,run_time,stage,facet,group,metric,value,ci_low,ci_high,error",
            "1,baseline,,post,Sex,Female,DI,0.875,,,",
            "2,analysis.json,,post,Sex,Female,DI,0.625,,,"),
        Files.readAllLines(out.resolve("trend.csv"), StandardCharsets.UTF_8));
    String html = Files.readString(out.resolve("trend.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains(">first crossed at run 2 (analysis.json)</text>"), html);
    assertFalse(html.contains("<script"), "no script in the page");
    assertTrue(
        Files.readString(out.resolve("trend.md")).contains("| 2 | analysis.json | 0.6250 |"));
    try (var files = Files.list(out)) {
      assertEquals(3, files.count(), "no staging directory left behind");
    }
  }

  @Test
  void withoutRecordedTimesAutoKeepsTheGivenOrderAndSaysSo(@TempDir Path dir) {
    CliRun r =
        CliRun.run("trend", CUR, BASE, "--metric", "CI", "--output", dir.toString(), "--quiet");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("fairness: warning: runs kept in the order given: "), r.err());
  }

  @Test
  void badInputIsOneLineWithTheDocumentedExitAndAGoodReportSurvives(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("trend");
    assertEquals(
        0, CliRun.run("trend", BASE, CUR, "--metric", "DPL", "--output", out.toString()).code());
    String before = Files.readString(out.resolve("trend.html"));

    CliRun none = CliRun.run("trend", "--output", out.toString());
    assertEquals(2, none.code());
    assertEquals(
        "fairness: error: no runs given; give run directories or analysis.json files:"
            + " fairness trend RUN... --output DIR",
        none.errorLine());
    CliRun metric = CliRun.run("trend", BASE, "--metric", "XX", "--output", out.toString());
    assertEquals(2, metric.code());
    assertTrue(metric.errorLine().startsWith("fairness: error: --metric XX: no run has"));
    CliRun order = CliRun.run("trend", BASE, "--order", "newest", "--output", out.toString());
    assertEquals(2, order.code());
    CliRun missing =
        CliRun.run("trend", dir.resolve("nope").toString(), "--output", out.toString());
    assertEquals(3, missing.code());
    Path shapOnly = CliRun.testdata().resolve("drift/shap_run_a.json");
    CliRun shap = CliRun.run("trend", shapOnly.toString(), "--output", out.toString());
    assertEquals(3, shap.code());
    assertEquals(
        "fairness: error: "
            + shapOnly
            + ": no bias results (a SHAP-only run); a trend follows"
            + " bias metrics",
        shap.errorLine());
    for (CliRun r : List.of(none, metric, order, missing, shap)) {
      assertEquals(1, r.err().lines().count(), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    assertEquals(before, Files.readString(out.resolve("trend.html")));
  }
}
