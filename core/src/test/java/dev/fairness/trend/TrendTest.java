package dev.fairness.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.config.ConfigException;
import dev.fairness.gate.Assertion;
import dev.fairness.report.ReportFormat;
import dev.fairness.report.TrendReportRenderer;
import dev.fairness.report.TrendView;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendTest {

  /** A run with post DI and DPPL for Sex=Female (null DI: absent; NaN DI: an error). */
  static TrendRun run(String name, Long epoch, Double di, double dppl, double[] ci) {
    List<MetricValue> metrics = new ArrayList<>();
    if (di != null) {
      metrics.add(
          di.isNaN()
              ? MetricValue.failed("DI", "Disparate Impact", "Denominator is 0")
              : MetricValue.of("DI", "Disparate Impact", di));
    }
    metrics.add(MetricValue.of("DPPL", "DPPL", dppl));
    Map<String, List<FacetGroupResult>> facets = new LinkedHashMap<>();
    facets.put("Sex", List.of(new FacetGroupResult("Female", metrics, null)));
    AnalysisResult r =
        new AnalysisResult(null, new BiasReport("Target", "1", facets, null), null, null);
    Map<String, double[]> intervals = new LinkedHashMap<>();
    if (ci != null) {
      intervals.put(TrendRun.key("post", "Sex", "Female", "DI"), ci);
    }
    return new TrendRun(
        name,
        Path.of(name, "analysis.json"),
        epoch == null ? null : Instant.ofEpochSecond(epoch),
        r,
        intervals);
  }

  @Test
  void theFirstRunThatFailsIsTheCrossingAndTheLatestDecidesTheExit() {
    List<TrendRun> runs =
        List.of(
            run("a", 1L, 0.9, 0.1, new double[] {0.85, 0.95}),
            run("b", 2L, 0.82, 0.1, null),
            run("c", 3L, 0.79, 0.1, null),
            run("d", 4L, 0.81, 0.1, null),
            run("e", 5L, 0.7, 0.1, null));
    Assertion bound = Assertion.parse("post.DI@Sex=Female >= 0.8");
    Trend t = Trend.of(runs, List.of("DI"), List.of("Sex=Female"), List.of(bound));
    assertEquals(1, t.series().size());
    Trend.Series s = t.series().get(0);
    assertEquals("post.DI@Sex=Female", s.ref());
    assertEquals(2, s.bounds().get(0).firstCrossing());
    assertTrue(s.bounds().get(0).latestFails());
    assertEquals(2, t.crossings().get(0).firstFailed());
    assertTrue(t.latestViolates());
    assertEquals(0.85, s.points().get(0).interval()[0], 0.0);

    Trend recovered = Trend.of(runs.subList(0, 4), List.of("DI"), List.of(), List.of(bound));
    assertEquals(2, recovered.series().get(0).bounds().get(0).firstCrossing());
    assertFalse(recovered.latestViolates(), "run d is back above the bound");
  }

  @Test
  void anErrorFailsABoundAndAnAbsentValueIsNotJudged() {
    Assertion bound = Assertion.parse("post.DI >= 0.8");
    Trend.Point absent = new Trend.Point(0, null, null, null);
    Trend.Point error = new Trend.Point(1, null, "Denominator is 0", null);
    assertFalse(Trend.fails(bound, absent));
    assertTrue(Trend.fails(bound, error));
    Trend t =
        Trend.of(
            List.of(run("a", 1L, null, 0.1, null), run("b", 2L, Double.NaN, 0.1, null)),
            List.of("post.DI"),
            List.of(),
            List.of(bound));
    assertEquals(1, t.series().get(0).bounds().get(0).firstCrossing());
    assertEquals("Denominator is 0", t.series().get(0).points().get(1).error());
  }

  @Test
  void runsAreOrderedByRecordedTimeUnlessOneHasNone() {
    List<TrendRun> given = List.of(run("late", 30L, 0.9, 0, null), run("early", 10L, 0.9, 0, null));
    assertEquals("early", RunOrder.AUTO.apply(given).runs().get(0).name());
    assertNull(RunOrder.AUTO.apply(given).note());
    assertEquals("late", RunOrder.GIVEN.apply(given).runs().get(0).name());
    List<TrendRun> untimed = List.of(run("late", 30L, 0.9, 0, null), run("x", null, 0.9, 0, null));
    RunOrder.Ordered kept = RunOrder.AUTO.apply(untimed);
    assertEquals("late", kept.runs().get(0).name());
    assertTrue(kept.note().contains("records no run time"), kept.note());
    ConfigException e = assertThrows(ConfigException.class, () -> RunOrder.TIME.apply(untimed));
    assertTrue(e.getMessage().startsWith("--order time: "), e.getMessage());
    assertThrows(ConfigException.class, () -> RunOrder.parse("newest"));
  }

  @Test
  void selectionsThatMatchNothingAreUsageErrors() {
    List<TrendRun> runs = List.of(run("a", 1L, 0.9, 0.1, null));
    assertEquals(2, Trend.of(runs, List.of(), List.of(), List.of()).series().size());
    ConfigException m =
        assertThrows(
            ConfigException.class, () -> Trend.of(runs, List.of("pre.DI"), List.of(), List.of()));
    assertTrue(
        m.getMessage().startsWith("--metric pre.DI: no run has this metric"), m.getMessage());
    ConfigException f =
        assertThrows(
            ConfigException.class, () -> Trend.of(runs, List.of(), List.of("Sex=Male"), List.of()));
    assertTrue(f.getMessage().startsWith("--facet Sex=Male: "), f.getMessage());
    assertThrows(ConfigException.class, () -> Trend.of(List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void csvHasOneRowPerSeriesAndRunAndDefusesFormulas() {
    List<TrendRun> runs =
        List.of(
            run("=HYPERLINK(\"x\")", 1L, 0.9, -0.25, new double[] {0.8, 1.0}),
            run("b,c", null, Double.NaN, 0.1, null));
    String csv = new TrendCsvWriter().toCsv(Trend.of(runs, List.of(), List.of(), List.of()));
    assertEquals(
        "run_index,run,run_time,stage,facet,group,metric,value,ci_low,ci_high,error\n"
            + "1,\"'=HYPERLINK(\"\"x\"\")\",1970-01-01T00:00:01Z,post,Sex,Female,DI,0.9,0.8,1.0,\n"
            + "2,\"b,c\",,post,Sex,Female,DI,,,,Denominator is 0\n"
            + "1,\"'=HYPERLINK(\"\"x\"\")\",1970-01-01T00:00:01Z,post,Sex,Female,DPPL,-0.25,,,\n"
            + "2,\"b,c\",,post,Sex,Female,DPPL,0.1,,,\n",
        csv);
  }

  @Test
  void reportsEscapeRunNamesAndNameTheCrossingRun() {
    List<TrendRun> runs =
        List.of(
            run("<script>alert(1)</script>", 1L, 0.9, 0.1, null),
            run("@team *bold* | pipe", 2L, 0.7, 0.1, new double[] {0.65, 0.75}));
    Trend t = Trend.of(runs, List.of("DI"), List.of(), List.of(Assertion.parse("post.DI >= 0.8")));
    TrendView view = TrendView.of(t, "T <b>", "2026-01-01T00:00:00Z", "in the order given");
    String html = new TrendReportRenderer(ReportFormat.HTML).render(view);
    assertFalse(html.contains("<script>"), "run name escaped in HTML");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains(">first crossed at run 2 (@team *bold* | pipe)</text>"), html);
    assertTrue(html.contains("<title>T &lt;b&gt;</title>"));
    assertTrue(html.contains("interval 0.6500 to 0.7500"), "error bar tooltip");
    String md = new TrendReportRenderer(ReportFormat.MARKDOWN).render(view);
    assertTrue(
        md.contains(
            "| 2 | @\u200Bteam \\*bold\\* \\| pipe | 0.7000 | \\[0.6500, 0.7500\\] | **fails** |"),
        md);
    assertFalse(md.contains("<script>"), md);
  }

  @Test
  void theRunTimeIsTheGenerationTimeOfTheRunsReport(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("analysis_config.json"),
        "{\"methods\": {\"report\": {\"name\": \"nightly\"}}}");
    Files.writeString(
        dir.resolve("nightly.md"),
        "# T\n\n| Run | |\n|---|---|\n| Generated | 2026-03-04T05:06:07Z |\n",
        StandardCharsets.UTF_8);
    assertEquals(Instant.parse("2026-03-04T05:06:07Z"), TrendRunReader.runTime(dir));
    Files.delete(dir.resolve("nightly.md"));
    Files.writeString(
        dir.resolve("nightly.html"), "<dl><dt>Generated</dt><dd>2026-03-05T00:00:00Z</dd></dl>");
    assertEquals(Instant.parse("2026-03-05T00:00:00Z"), TrendRunReader.runTime(dir));
    Files.writeString(dir.resolve("nightly.html"), "<dt>Generated</dt><dd>—</dd>");
    assertNull(TrendRunReader.runTime(dir));
  }
}
