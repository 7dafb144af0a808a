package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet through the shaded jar, which keeps only the Hadoop classes parquet-java's local reader
 * loads (cli/pom.xml): the Parquet copy of d_tiny20 gives the CSV case's analysis.json bytes, and a
 * file that is not Parquet is the one-line data error, not a missing-class crash.
 */
class ParquetJarIT {

  @TempDir Path tmp;

  private JarRun analyze(Path config, Path out, String... more) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "analyze", "--config", config.toString(), "--output", out.toString(), "--quiet"));
    args.addAll(List.of(more));
    JarRun run =
        JarRun.start(tmp.resolve("logs"), List.of(), Map.of(), args.toArray(String[]::new));
    run.waitFor(120);
    return run;
  }

  @Test
  void parquetCopyGivesTheCsvCasesBytes() throws Exception {
    Path data = CliRun.testdata();
    JarRun csv = analyze(data.resolve("cases/d_tiny20/config.json"), tmp.resolve("csv"));
    assertEquals(0, csv.process().exitValue(), csv::stderr);
    JarRun pq = analyze(data.resolve("parquet/d_tiny20/config.json"), tmp.resolve("pq"));
    assertEquals(0, pq.process().exitValue(), pq::stderr);
    assertArrayEquals(
        Files.readAllBytes(tmp.resolve("csv/analysis.json")),
        Files.readAllBytes(tmp.resolve("pq/analysis.json")));
  }

  @Test
  void notParquetIsOneLineDataError() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.parquet"), "not parquet\n");
    JarRun run =
        analyze(
            CliRun.testdata().resolve("parquet/d_tiny20/config.json"),
            tmp.resolve("out"),
            "--dataset",
            bad.toString());
    assertEquals(3, run.process().exitValue(), run::stderr);
    assertEquals(
        "fairness: error: "
            + bad
            + ": not a readable Parquet file (no Parquet footer at its end); check the file\n",
        run.stderr());
  }
}
