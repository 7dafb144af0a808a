package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings summary of a real run: assertions judge it, and stale reports of ours go. */
class ReportFindingsTest {

  @TempDir Path tmp;

  @Test
  void assertionsJudgeTheFindingsAndAnEarlierHtmlReportIsRemoved() throws Exception {
    String config = CliRun.testdata().resolve("cases/a_sex_female/config.json").toString();
    Path out = tmp.resolve("out");
    assertEquals(0, CliRun.run("analyze", "--config", config, "--output", out.toString()).code());
    assertTrue(Files.exists(out.resolve("report.html")));
    CliRun r =
        CliRun.run(
            "analyze",
            "--config",
            config,
            "--output",
            out.toString(),
            "--format",
            "md",
            "--assert",
            "abs(pre.KL) < 0.05",
            "--assert",
            "post.DI >= 0.3");
    assertEquals(6, r.code(), r.err());
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(
        md.contains(
            "- 🔴 **Outside policy**: Pre-training KL is 0.1349 for Sex = Female (5421 of 16281"
                + " rows), outside the policy (abs(pre.KL) \\< 0.05)"),
        md);
    // DI 0.3023 holds post.DI >= 0.3: green, not red
    assertFalse(md.contains("Post-training DI is 0.3023"), md);
    assertTrue(md.contains("DI (post, Sex = Female)"), md);
    // the run wrote Markdown only: the HTML report of the first run is gone
    assertFalse(Files.exists(out.resolve("report.html")));
    assertTrue(Files.exists(out.resolve("analysis.json")));
  }
}
