package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exit code the bias path can produce (0, 2, 3, 5, 6), each with its {@code fairness: error:}
 * line and, for failures, no analysis.json written.
 */
class CliErrorsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path config(String dataset, Consumer<ObjectNode> change) throws IOException {
    Path errors = CliRun.testdata().resolve("errors");
    ObjectNode cfg = (ObjectNode) JSON.readTree(errors.resolve("base.json").toFile());
    cfg.put("dataset_uri", errors.resolve(dataset).toString());
    change.accept(cfg);
    Path p = tmp.resolve("config.json");
    JSON.writeValue(p.toFile(), cfg);
    return p;
  }

  private CliRun analyze(Path config, String... extra) {
    String[] args = new String[6 + extra.length];
    args[0] = "analyze";
    args[1] = "--config";
    args[2] = config.toString();
    args[3] = "--output";
    args[4] = tmp.resolve("out").toString();
    args[5] = "--quiet";
    System.arraycopy(extra, 0, args, 6, extra.length);
    return CliRun.run(args);
  }

  private void assertFails(CliRun run, int code, String line) {
    assertEquals(code, run.code(), run.err());
    assertEquals("fairness: error: " + line, run.errorLine(), run.err());
    assertFalse(Files.exists(tmp.resolve("out/analysis.json")), "no analysis.json on failure");
  }

  @Test
  void raggedRowIsADataError() throws IOException {
    assertFails(
        analyze(config("ragged.csv", c -> {})),
        3,
        "Row 3 of " + CliRun.testdata().resolve("errors/ragged.csv") + " has 2 cells, expected 3");
  }

  @Test
  void emptyFileIsADataError() throws IOException {
    Path cfg = config("header_only.csv", c -> c.putArray("headers").add("a").add("b").add("label"));
    assertFails(
        analyze(cfg),
        3,
        "Dataset " + CliRun.testdata().resolve("errors/header_only.csv") + " has no data rows");
    Path empty = tmp.resolve("empty.csv");
    Files.writeString(empty, "");
    Path cfg2 = config("header_only.csv", c -> c.put("dataset_uri", empty.toString()));
    assertFails(analyze(cfg2), 3, "Dataset " + empty + " has no data rows");
  }

  @Test
  void invalidUtf8IsADataError() throws IOException {
    assertFails(
        analyze(config("not_utf8.csv", c -> {})),
        3,
        "Dataset "
            + CliRun.testdata().resolve("errors/not_utf8.csv")
            + " is not valid UTF-8 (line 3)");
  }

  @Test
  void wrongHeaderCountIsADataError() throws IOException {
    Path cfg =
        config(
            "three_cols.csv", c -> c.putArray("headers").add("a").add("b").add("c").add("label"));
    assertFails(
        analyze(cfg),
        3,
        "Headers in config do not match with the number of columns in the dataset: headers has 4"
            + " names, the first line of "
            + CliRun.testdata().resolve("errors/three_cols.csv")
            + " has 3 columns");
  }

  @Test
  void missingFacetColumnIsADataError() throws IOException {
    Path cfg =
        config(
            "three_cols.csv",
            c -> {
              c.putArray("headers").add("a").add("b").add("label");
              ((ObjectNode) c.get("facet").get(0)).put("name_or_index", "gender");
            });
    assertFails(
        analyze(cfg), 3, "facet[0].name_or_index: column gender not found; columns: a, b, label");
  }

  @Test
  void badJmespathIsAConfigError() throws IOException {
    Path cfg =
        config(
            "three_cols.csv",
            c -> {
              c.put("dataset_type", "application/jsonlines");
              c.put("features", "features[");
            });
    CliRun run = analyze(cfg);
    assertEquals(2, run.code(), run.err());
    assertNotNull(run.errorLine());
    assertTrue(run.err().contains("Invalid JMESPath expression in /features"), run.err());
    assertFalse(Files.exists(tmp.resolve("out/analysis.json")));
  }

  @Test
  void notJsonIsAConfigError() throws IOException {
    Path p = tmp.resolve("bad.json");
    Files.writeString(p, "{\"dataset_type\": ");
    CliRun run = analyze(p);
    assertEquals(2, run.code());
    assertEquals(
        "fairness: error: "
            + p.toAbsolutePath().normalize()
            + ":1:18: Unable to load analysis configuration as JSON. Unexpected end-of-input"
            + " within/between Object entries",
        run.errorLine());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.run("analyze", "--config", "x.json", "--no-such-option");
    assertEquals(2, run.code());
    assertTrue(run.errorLine().contains("--no-such-option"), run.err());
  }

  @Test
  void unknownLogLevelIsAUsageErrorOfEveryCommand() {
    for (String command : new String[] {"analyze", "validate"}) {
      CliRun run = CliRun.run(command, "--config", "x.json", "--log-level", "loud");
      assertEquals(2, run.code(), command + ": " + run.err());
      assertEquals(
          "fairness: error: --log-level loud: unknown level; use error, warn, info or debug",
          run.errorLine(),
          command);
    }
  }

  @Test
  void usageErrorsPointAtTheCommandsHelp() {
    CliRun root = CliRun.run("no-such-command");
    assertEquals(2, root.code());
    assertTrue(root.err().endsWith("  (see 'fairness --help')\n"), root.err());
    CliRun help = CliRun.run("help", "no-such-command");
    assertEquals(2, help.code());
    assertEquals("fairness: error: Unknown subcommand 'no-such-command'.", help.errorLine());
    CliRun analyze = CliRun.run("analyze");
    assertEquals(2, analyze.code());
    assertEquals("fairness: error: Missing required option: '--config=FILE'", analyze.errorLine());
    assertTrue(analyze.err().endsWith("  (see 'fairness analyze --help')\n"), analyze.err());
  }

  @Test
  void helpAndVersionOfEveryCommand() {
    for (String command : new String[] {"analyze", "validate", "compare", "trend"}) {
      CliRun version = CliRun.run(command, "--version");
      assertEquals(0, version.code(), command);
      assertTrue(version.out().matches("fairness \\S+\\n"), command + ": " + version.out());
      CliRun help = CliRun.run("help", command);
      assertEquals(0, help.code(), command);
      assertTrue(help.out().startsWith("Usage: fairness " + command + " [-hV]"), help.out());
      assertEquals(help.out(), CliRun.run(command, "--help").out(), command);
      assertTrue(help.out().contains("\n  143   terminated (SIGTERM)\n"), help.out());
    }
    CliRun analyze = CliRun.run("analyze", "--help");
    assertTrue(
        analyze
            .out()
            .contains(
                "      --output=DIR           Output directory (default: ./analysis_output).\n"),
        analyze.out());
    // the synopsis may wrap anywhere: compare with whitespace runs as one space
    assertTrue(
        analyze
            .out()
            .replaceAll("\\s+", " ")
            .contains("[--model-command=\"CMD ARGS...\" | --endpoint-url=URL]"),
        analyze.out());
  }

  @Test
  void modelTransportsAreExclusive() {
    CliRun run =
        CliRun.run(
            "analyze", "--config", "x.json", "--model-command", "m", "--endpoint-url", "http://h");
    assertEquals(2, run.code());
    assertTrue(run.errorLine().contains("are mutually exclusive"), run.err());
  }

  @Test
  void validateAcceptsAGoodConfigAndRejectsABadOne() throws IOException {
    CliRun ok =
        CliRun.run(
            "validate",
            "--config",
            CliRun.testdata().resolve("cases/d_tiny20/config.json").toString());
    assertEquals(0, ok.code(), ok.err());
    Path cfg =
        config(
            "three_cols.csv",
            c -> ((ObjectNode) c.get("methods")).putObject("shap").put("agg_method", "mean"));
    CliRun bad = CliRun.run("validate", "--config", cfg.toString());
    assertEquals(2, bad.code());
    assertTrue(
        bad.err()
            .contains(
                "  /methods/shap/agg_method: Invalid agg_method mean. Please choose mean_abs, median, or mean_sq."),
        bad.err());
  }

  @Test
  void outputOverConfigIsRefused() throws IOException {
    Path dir = tmp.resolve("same");
    Files.createDirectories(dir);
    Path cfg = dir.resolve("analysis.json");
    Files.copy(CliRun.testdata().resolve("cases/d_tiny20/config.json"), cfg);
    Files.writeString(
        cfg,
        Files.readString(cfg)
            .replace(
                "../../datasets/tiny20.csv",
                CliRun.testdata().resolve("datasets/tiny20.csv").toString()));
    CliRun run =
        CliRun.run("analyze", "--config", cfg.toString(), "--output", dir.toString(), "--quiet");
    assertEquals(2, run.code(), run.err());
    assertEquals(
        "fairness: error: --output " + dir + " would overwrite the configuration file " + cfg,
        run.errorLine());
  }

  @Test
  void formatAndCsvHeaderAreConvertedByTheParser() {
    String cfg = CliRun.testdata().resolve("cases/a_sex_female/config.json").toString();
    String out = tmp.resolve("f").toString();
    CliRun format = CliRun.run("analyze", "--config", cfg, "--output", out, "--format", "json,xml");
    assertEquals(2, format.code(), format.err());
    assertEquals(
        "fairness: error: Invalid value for option '--format' (LIST): unknown format 'xml'; use a"
            + " comma list of json, html, md",
        format.err().lines().findFirst().orElseThrow());
    assertFalse(Files.exists(tmp.resolve("f/analysis.json")));
    CliRun header =
        CliRun.run("analyze", "--config", cfg, "--output", out, "--csv-header", "maybe");
    assertEquals(2, header.code(), header.err());
    assertEquals(
        "fairness: error: Invalid value for option '--csv-header': unknown mode 'maybe'; use auto,"
            + " present or absent",
        header.err().lines().findFirst().orElseThrow());
    CliRun upper =
        CliRun.run(
            "analyze",
            "--config",
            cfg,
            "--output",
            out,
            "--quiet",
            "--format",
            "JSON",
            "--csv-header",
            "PRESENT");
    assertEquals(0, upper.code(), upper.err());
    assertTrue(Files.exists(tmp.resolve("f/analysis.json")));
    assertFalse(Files.exists(tmp.resolve("f/report.html")), "only the json was asked for");
  }

  @Test
  void theFieldLimitOfTheJvmOptionReachesTheReader() {
    String cfg = CliRun.testdata().resolve("cases/a_sex_female/config.json").toString();
    System.setProperty("fairness.max_field_bytes", "3");
    try {
      CliRun run = CliRun.run("analyze", "--config", cfg, "--output", tmp.resolve("l").toString());
      assertEquals(3, run.code(), run.err());
      assertTrue(
          run.errorLine()
              .endsWith(
                  " is longer than 3 bytes; raise the limit with the JVM option"
                      + " -Dfairness.max_field_bytes=<bytes>"),
          run.errorLine());
    } finally {
      System.clearProperty("fairness.max_field_bytes");
    }
  }

  @Test
  void strictAndAssertExitCodes() {
    String cfg = CliRun.testdata().resolve("cases/a_sex_female/config.json").toString();
    String out = tmp.resolve("o").toString();
    CliRun strict =
        CliRun.run(
            "analyze", "--config", cfg, "--output", out, "--quiet", "--format", "json", "--strict");
    assertEquals(5, strict.code(), strict.err());
    assertTrue(Files.exists(tmp.resolve("o/analysis.json")), "outputs are written with exit 5");

    CliRun failed =
        CliRun.run(
            "analyze",
            "--config",
            cfg,
            "--output",
            out,
            "--quiet",
            "--format",
            "json",
            "--strict",
            "--assert",
            "post.DI@Sex=Female >= 0.8",
            "--assert",
            "abs(pre.CI) < 0.5");
    assertEquals(6, failed.code(), failed.err());
    assertTrue(
        failed
            .err()
            .contains(
                "fairness: assertion failed: post.DI@Sex=Female >= 0.8 (Sex=Female: 0.30225023838296"),
        failed.err());
    assertFalse(failed.err().contains("abs(pre.CI)"), "the passing assertion prints nothing");

    CliRun ok =
        CliRun.run(
            "analyze",
            "--config",
            cfg,
            "--output",
            out,
            "--format",
            "json",
            "--assert",
            "post.DI < 0.31");
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().contains("pre  Sex=Female  CI  0.33407038879675"), ok.out());
    assertTrue(
        ok.out()
            .contains("post  Sex=Female  FT  error: FlipTest does not support non-numeric columns"),
        ok.out());
  }
}
