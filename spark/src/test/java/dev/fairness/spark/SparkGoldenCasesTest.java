package dev.fairness.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.AnalysisOptions;
import dev.fairness.Analyzer;
import dev.fairness.OutputDirectory;
import dev.fairness.RunLog;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.config.LoadedConfig;
import dev.fairness.data.ParquetCopies;
import dev.fairness.data.csv.CsvHeaderMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark job on {@code local[2]} writes the same analysis.json bytes as the local engine, on
 * every golden bias case (CSV and JSON Lines) and on a Parquet copy (three part files) of each. One
 * session serves every case.
 */
class SparkGoldenCasesTest {

  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("fairness-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.files.maxPartitionBytes", "524288")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Path cases() {
    return Path.of(System.getProperty("testdata.dir", "../testdata")).resolve("cases");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a_sex_female",
        "b_race_one_vs_rest",
        "c_age_float_threshold",
        "d_tiny20",
        "d_tiny20_jsonlines",
        "e_encoded_ft",
        "f_compas_two_facets",
        "g_hours_int_categorical"
      })
  void sameBytesAsTheLocalEngine(String name) throws IOException {
    Path config = cases().resolve(name).resolve("config.json");
    byte[] local = local(config, tmp.resolve("local"));
    assertArrayEquals(local, onSpark(config, tmp.resolve("spark")), name);
    Path parquet = ParquetCopies.copyCase(config, tmp.resolve("pq"), 3);
    assertArrayEquals(local, local(parquet, tmp.resolve("local-pq")), name + " parquet, local");
    assertArrayEquals(local, onSpark(parquet, tmp.resolve("spark-pq")), name + " parquet, Spark");
  }

  @Test
  void flipTestBeyondTheRowLimitIsAnErrorEntry() throws IOException {
    Path config = cases().resolve("d_tiny20").resolve("config.json");
    Path out = tmp.resolve("o");
    int code =
        SparkAnalyze.run(
            spark,
            SparkAnalyze.parse(
                new String[] {
                  "--config",
                  config.toString(),
                  "--output",
                  out.toString(),
                  "--format",
                  "json",
                  "--quiet",
                  "--ft-max-rows",
                  "19"
                }),
            System.out,
            System.err);
    assertEquals(0, code);
    String json = Files.readString(out.resolve("analysis.json"));
    assertTrue(
        json.contains("FT needs every row on the driver; the dataset has 20 rows, more than"),
        json);
  }

  @Test
  void explanationsAreRefusedWithExitTwo() {
    Path config = cases().resolve("v3_worked_example").resolve("config.json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SparkAnalyze.run(
            spark,
            SparkAnalyze.parse(
                new String[] {
                  "--config", config.toString(), "--output", tmp.toString(), "--quiet"
                }),
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    String line = err.toString(StandardCharsets.UTF_8);
    assertTrue(line.startsWith("fairness: error: methods.shap / methods.pdp:"), line);
    assertEquals(1, line.lines().count(), line);
  }

  @Test
  void missingDatasetIsExitThree() throws IOException {
    Path config = tmp.resolve("c.json");
    Files.writeString(
        config,
        "{\"dataset_type\":\"text/csv\",\"dataset_uri\":\"nowhere.csv\",\"label\":\"y\","
            + "\"label_values_or_threshold\":[1],\"facet\":[{\"name_or_index\":\"s\"}],"
            + "\"methods\":{\"pre_training_bias\":{\"methods\":\"all\"}}}");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SparkAnalyze.run(
            spark,
            SparkAnalyze.parse(
                new String[] {
                  "--config", config.toString(), "--output", tmp.resolve("o").toString(), "--quiet"
                }),
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String line = err.toString(StandardCharsets.UTF_8);
    assertEquals(3, code, line);
    assertEquals(1, line.lines().count(), line);
  }

  private byte[] onSpark(Path config, Path out) throws IOException {
    int code =
        SparkAnalyze.run(
            spark,
            SparkAnalyze.parse(
                new String[] {
                  "--config",
                  config.toString(),
                  "--output",
                  out.toString(),
                  "--format",
                  "json",
                  "--quiet"
                }),
            System.out,
            System.err);
    assertEquals(0, code);
    return Files.readAllBytes(out.resolve("analysis.json"));
  }

  private static byte[] local(Path config, Path out) throws IOException {
    LoadedConfig loaded =
        ConfigLoader.loadDocument(config, ConfigOverrides.none(), RunLog.silent());
    AnalysisOptions options =
        new AnalysisOptions(null, CsvHeaderMode.AUTO, Set.of("json"), null, "t", Map.of(), null);
    try (OutputDirectory dir = OutputDirectory.open(out);
        Analyzer a = new Analyzer(loaded, options, RunLog.silent())) {
      a.run(dir);
      dir.commit();
    }
    return Files.readAllBytes(out.resolve("analysis.json"));
  }
}
