package dev.fairness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.config.ConfigException;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.config.LoadedConfig;
import dev.fairness.data.ColumnNeeds;
import dev.fairness.data.CountedRowsBuilder;
import dev.fairness.data.Dataset;
import dev.fairness.data.DatasetLoader;
import dev.fairness.data.Table;
import dev.fairness.data.csv.CsvHeaderMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The counted-table seam a Spark job feeds gives the local engine's analysis.json bytes. */
class CountedAnalysisTest {

  @TempDir Path tmp;

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
  void countedTableGivesTheSameBytes(String name) throws IOException {
    Path config = cases().resolve(name).resolve("config.json");
    LoadedConfig loaded =
        ConfigLoader.loadDocument(config, ConfigOverrides.none(), RunLog.silent());
    byte[] expected = analyzeLocally(loaded, tmp.resolve("local"));
    Dataset full =
        DatasetLoader.load(
            loaded.config(),
            null,
            CsvHeaderMode.AUTO,
            ColumnNeeds.rolesOnly().plusAllColumns(),
            RunLog.silent());
    List<String> roles = DatasetLoader.roleColumns(full);
    Map<List<Object>, long[]> combos = new LinkedHashMap<>();
    Table t = full.table();
    for (int i = 0; i < t.rowCount(); i++) {
      List<Object> key = new ArrayList<>();
      for (String r : roles) {
        key.add(t.column(r).get(i));
      }
      combos.computeIfAbsent(key, k -> new long[1])[0]++;
    }
    CountedRowsBuilder b = new CountedRowsBuilder(roles, false);
    combos.forEach((k, c) -> b.add(k, c[0]));
    assertTrue(combos.size() < t.rowCount(), "the table is really counted");
    Table counted = b.table(t.source(), t.columnNames());
    int k = full.featureNames().size();
    Dataset cds = DatasetLoader.withRoles(loaded.config(), counted, k);
    Path out = tmp.resolve("counted");
    try (OutputDirectory dir = OutputDirectory.open(out)) {
      CountedAnalysis.run(
          loaded, options(), t.source(), cds, b.counts(), full, null, dir, RunLog.silent());
      dir.commit();
    }
    assertArrayEquals(expected, Files.readAllBytes(out.resolve("analysis.json")), name);
  }

  @Test
  void flipTestWithoutRowsCarriesTheGivenError() throws IOException {
    Path config = cases().resolve("d_tiny20").resolve("config.json");
    LoadedConfig loaded =
        ConfigLoader.loadDocument(config, ConfigOverrides.none(), RunLog.silent());
    Dataset full =
        DatasetLoader.load(
            loaded.config(), null, CsvHeaderMode.AUTO, ColumnNeeds.rolesOnly(), RunLog.silent());
    List<String> roles = DatasetLoader.roleColumns(full);
    CountedRowsBuilder b = new CountedRowsBuilder(roles, false);
    for (int i = 0; i < full.table().rowCount(); i++) {
      List<Object> row = new ArrayList<>();
      for (String r : roles) {
        row.add(full.table().column(r).get(i));
      }
      b.add(row, 1);
    }
    Dataset cds =
        DatasetLoader.withRoles(loaded.config(), b.table("x", full.table().columnNames()), 0);
    try (OutputDirectory dir = OutputDirectory.open(tmp.resolve("o"))) {
      var result =
          CountedAnalysis.run(
              loaded, options(), "x", cds, b.counts(), null, "too many rows", dir, RunLog.silent());
      var ft =
          result.postTraining().facets().get("sex").get(0).metrics().stream()
              .filter(m -> m.name().equals("FT"))
              .findFirst()
              .orElseThrow();
      assertEquals("too many rows", ft.error());
      assertEquals(20L, result.run().rows());
    }
  }

  @Test
  void explanationsAreRefused() throws IOException {
    Path config = cases().resolve("v3_worked_example").resolve("config.json");
    LoadedConfig loaded =
        ConfigLoader.loadDocument(config, ConfigOverrides.none(), RunLog.silent());
    Dataset empty =
        DatasetLoader.withRoles(
            loaded.config(),
            new Table("x", 0, List.of("x", "y", "z", "a", "b", "c", "d", "yhat"), List.of()),
            0);
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                CountedAnalysis.run(
                    loaded, options(), "x", empty, new long[0], null, "", null, RunLog.silent()));
    assertTrue(e.getMessage().startsWith("methods.shap / methods.pdp:"), e.getMessage());
  }

  private static AnalysisOptions options() {
    return new AnalysisOptions(
        null, CsvHeaderMode.AUTO, Set.of("json"), null, "test", Map.of(), null);
  }

  private static byte[] analyzeLocally(LoadedConfig loaded, Path out) throws IOException {
    try (OutputDirectory dir = OutputDirectory.open(out);
        Analyzer a = new Analyzer(loaded, options(), RunLog.silent())) {
      a.run(dir);
      dir.commit();
    }
    return Files.readAllBytes(out.resolve("analysis.json"));
  }
}
