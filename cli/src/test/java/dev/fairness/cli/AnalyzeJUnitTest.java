package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --junit/--thresholds} on the Adult example (issue 7): a failing assertion gives
 * exit 6 and a JUnit file with exactly that case failed.
 */
class AnalyzeJUnitTest {

  private static final String CONFIG =
      CliRun.testdata().resolve("cases/a_sex_female/config.json").toString();

  @Test
  void aFailedAssertionExits6AndIsTheOnlyFailedCase(@TempDir Path dir) throws Exception {
    Path junit = dir.resolve("reports/fairness-junit.xml");
    CliRun r =
        CliRun.run(
            "analyze",
            "--config",
            CONFIG,
            "--output",
            dir.resolve("out").toString(),
            "--format",
            "json",
            "--quiet",
            "--assert",
            "post.DI@Sex=Female >= 0.8",
            "--assert",
            "abs(pre.CI) <= 0.4",
            "--junit",
            junit.toString());
    assertEquals(6, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                "fairness: assertion failed: post.DI@Sex=Female >= 0.8 (Sex=Female: 0.3022502"),
        r.err());
    String xml = Files.readString(junit);
    CompareCommandTest.validateJUnit(xml);
    assertEquals(
        List.of("fairness.assert post.DI@Sex=Female >= 0.8"),
        CompareCommandTest.failedCases(junit));
    // FT cannot run on string columns: a skipped case without --strict.
    assertTrue(
        xml.contains(
            "<testcase classname=\"fairness.metrics.post\" name=\"FT@Sex=Female\" time=\"0\">\n      <skipped message=\"FlipTest does not support non-numeric columns\"/>"),
        xml);
    assertTrue(xml.contains("tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\""), xml);
  }

  @Test
  void underStrictTheMetricErrorIsAFailureToo(@TempDir Path dir) throws Exception {
    Path junit = dir.resolve("junit.xml");
    CliRun r =
        CliRun.run(
            "analyze",
            "--config",
            CONFIG,
            "--output",
            dir.resolve("out").toString(),
            "--format",
            "json",
            "--quiet",
            "--strict",
            "--junit",
            junit.toString());
    assertEquals(5, r.code(), r.err());
    CompareCommandTest.validateJUnit(Files.readString(junit));
    assertEquals(
        List.of("fairness.metrics.post FT@Sex=Female"), CompareCommandTest.failedCases(junit));
  }

  @Test
  void theRepositoryPolicyPassesAndEveryLineIsACase(@TempDir Path dir) throws Exception {
    Path junit = dir.resolve("junit.xml");
    Path policy = CliRun.testdata().resolve("ci/policy.txt");
    CliRun r =
        CliRun.run(
            "analyze",
            "--config",
            CONFIG,
            "--output",
            dir.resolve("out").toString(),
            "--format",
            "json",
            "--quiet",
            "--thresholds",
            policy.toString(),
            "--junit",
            junit.toString());
    assertEquals(0, r.code(), r.err());
    String xml = Files.readString(junit);
    CompareCommandTest.validateJUnit(xml);
    assertEquals(List.of(), CompareCommandTest.failedCases(junit));
    assertTrue(xml.contains("name=\"post.DI@Sex=Female &gt;= 0.25\""), xml);
    CliRun cmp =
        CliRun.run(
            "compare",
            "--baseline",
            CliRun.testdata().resolve("ci/baseline/analysis.json").toString(),
            "--current",
            dir.resolve("out/analysis.json").toString(),
            "--max-change",
            "0.05",
            "--thresholds",
            policy.toString());
    assertEquals(0, cmp.code(), cmp.err() + cmp.out());
    assertTrue(cmp.out().contains("0 violations in 21 compared metrics"), cmp.out());
  }
}
