package dev.fairness.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.AnalysisOptions;
import dev.fairness.Analyzer;
import dev.fairness.OutputDirectory;
import dev.fairness.RunLog;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.config.LoadedConfig;
import dev.fairness.data.csv.CsvHeaderMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParquetSourceTest {

  @TempDir Path tmp;

  static Path cases() {
    return Path.of(System.getProperty("testdata.dir", "../testdata")).resolve("cases");
  }

  /** The analysis of a Parquet copy (one file, or three part files) equals that of the source. */
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
  void parquetCopyGivesTheSameAnalysisJson(String name) throws IOException {
    Path config = cases().resolve(name).resolve("config.json");
    byte[] expected = analyze(config, tmp.resolve("csv"));
    Path one = ParquetCopies.copyCase(config, tmp.resolve("one"), 1);
    assertArrayEquals(expected, analyze(one, tmp.resolve("out-one")), name + " (one file)");
    Path parts = ParquetCopies.copyCase(config, tmp.resolve("parts"), 3);
    assertArrayEquals(expected, analyze(parts, tmp.resolve("out-parts")), name + " (3 parts)");
  }

  @Test
  void typesFollowTheSchemaAndNullsAreMissing() throws IOException {
    MessageType schema =
        Types.buildMessage()
            .optional(PrimitiveTypeName.INT32)
            .named("i")
            .optional(PrimitiveTypeName.INT64)
            .named("j")
            .required(PrimitiveTypeName.DOUBLE)
            .named("d")
            .optional(PrimitiveTypeName.BOOLEAN)
            .named("b")
            .optional(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("s")
            .optional(PrimitiveTypeName.INT64)
            .as(LogicalTypeAnnotation.decimalType(2, 10))
            .named("m")
            .named("t");
    Path f = tmp.resolve("t.parquet");
    SimpleGroupFactory g = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> w =
        ExampleParquetWriter.builder(new LocalOutputFile(f))
            .withConf(new PlainParquetConfiguration())
            .withCodecFactory(new ParquetCodecs())
            .withType(schema)
            .build()) {
      w.write(
          g.newGroup()
              .append("i", 1)
              .append("j", 7L)
              .append("d", 0.5)
              .append("b", true)
              .append("s", "01")
              .append("m", 1234L));
      w.write(g.newGroup().append("i", 2).append("d", Double.NaN).append("s", "x"));
    }
    ParquetSource src = new ParquetSource(List.of(f), f, null);
    assertEquals(List.of("i", "j", "d", "b", "s", "m"), src.names());
    SourceData data = src.read(new boolean[] {true, true, true, true, true, true});
    assertEquals(2, data.rows());
    Map<String, Column> c = new java.util.HashMap<>();
    data.columns().forEach(col -> c.put(col.name(), col));
    assertEquals(ColumnType.INT, c.get("i").type());
    assertEquals(2L, c.get("i").getLong(1));
    // an integer column with a null becomes FLOAT with NaN, as pandas makes it
    assertEquals(ColumnType.FLOAT, c.get("j").type());
    assertTrue(c.get("j").isMissing(1));
    assertEquals(7.0, c.get("j").getDouble(0), 0.0);
    assertTrue(c.get("d").isMissing(1));
    // a boolean column with a null stays boolean with a missing cell (pandas: object True/None)
    assertEquals(ColumnType.BOOL, c.get("b").type());
    assertTrue(c.get("b").isMissing(1));
    assertEquals(ColumnType.STRING, c.get("s").type());
    assertEquals("01", c.get("s").get(0));
    assertEquals(ColumnType.FLOAT, c.get("m").type());
    assertEquals(12.34, c.get("m").getDouble(0), 1e-12);
    assertTrue(c.get("m").isMissing(1));
  }

  /**
   * The converters' two paths give the same cells: dictionary-encoded chunks (entries decoded once)
   * and plain-encoded ones, for INT32 (signed and unsigned), INT64, FLOAT, DOUBLE and strings, with
   * nulls, over several row groups.
   */
  @ParameterizedTest
  @CsvSource({"true, false", "false, false", "true, true", "false, true"})
  void dictionaryAndPlainPagesGiveTheSameCells(boolean dictionary, boolean v2) throws IOException {
    MessageType schema =
        Types.buildMessage()
            .optional(PrimitiveTypeName.INT32)
            .named("i")
            .required(PrimitiveTypeName.INT32)
            .as(LogicalTypeAnnotation.intType(32, false))
            .named("u")
            .required(PrimitiveTypeName.INT64)
            .named("j")
            .optional(PrimitiveTypeName.FLOAT)
            .named("f")
            .required(PrimitiveTypeName.DOUBLE)
            .named("d")
            .optional(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("s")
            .named("t");
    Path f = tmp.resolve("t.parquet");
    SimpleGroupFactory g = new SimpleGroupFactory(schema);
    int n = 5000;
    try (ParquetWriter<Group> w =
        ExampleParquetWriter.builder(new LocalOutputFile(f))
            .withConf(new PlainParquetConfiguration())
            .withCodecFactory(new ParquetCodecs())
            .withType(schema)
            .withDictionaryEncoding(dictionary)
            .withWriterVersion(
                v2
                    ? org.apache.parquet.column.ParquetProperties.WriterVersion.PARQUET_2_0
                    : org.apache.parquet.column.ParquetProperties.WriterVersion.PARQUET_1_0)
            .withRowGroupSize(16 * 1024L)
            .withPageRowCountLimit(700)
            .build()) {
      for (int r = 0; r < n; r++) {
        Group row = g.newGroup();
        if (r % 7 != 0) {
          row.append("i", r % 13 - 6);
          row.append("f", (r % 5) / 4f);
          row.append("s", "v" + (r % 11));
        }
        row.append("u", -1 - (r % 3))
            .append("j", r % 9 * 1_000_000_000_000L)
            .append("d", r % 6 / 3.0);
        w.write(row);
      }
    }
    SourceData data =
        new ParquetSource(List.of(f), f, null)
            .read(new boolean[] {true, true, true, true, true, true});
    assertEquals(n, data.rows());
    Map<String, Column> c = new java.util.HashMap<>();
    data.columns().forEach(col -> c.put(col.name(), col));
    assertEquals(ColumnType.FLOAT, c.get("i").type()); // an int column with nulls, as in pandas
    assertEquals(ColumnType.INT, c.get("u").type());
    for (int r = 0; r < n; r++) {
      boolean missing = r % 7 == 0;
      assertEquals(missing, c.get("i").isMissing(r), "i " + r);
      assertEquals(missing, c.get("f").isMissing(r), "f " + r);
      assertEquals(missing ? null : "v" + (r % 11), c.get("s").get(r), "s " + r);
      if (!missing) {
        assertEquals(r % 13 - 6, c.get("i").getDouble(r), 0.0, "i " + r);
        assertEquals((r % 5) / 4f, c.get("f").getDouble(r), 0.0, "f " + r);
      }
      assertEquals(4294967296L - 1 - (r % 3), c.get("u").getLong(r), "u " + r);
      assertEquals(r % 9 * 1_000_000_000_000L, c.get("j").getLong(r), "j " + r);
      assertEquals(r % 6 / 3.0, c.get("d").getDouble(r), 0.0, "d " + r);
    }
  }

  @Test
  void onlyKeptColumnsAreRead() throws IOException {
    Path config = cases().resolve("d_tiny20").resolve("config.json");
    Path copy = ParquetCopies.copyCase(config, tmp.resolve("c"), 1);
    Path f = copy.getParent().resolve("data.parquet");
    ParquetSource src = new ParquetSource(List.of(f), f, null);
    SourceData data = src.read(new boolean[] {true, false, false, false, true, false});
    assertEquals(List.of("sex", "label"), data.columns().stream().map(Column::name).toList());
    assertEquals(20, data.rows());
  }

  @Test
  void timestampColumnIsRefusedWithItsName() throws IOException {
    MessageType schema =
        Types.buildMessage()
            .optional(PrimitiveTypeName.INT64)
            .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS))
            .named("when")
            .named("t");
    Path f = tmp.resolve("ts.parquet");
    try (ParquetWriter<Group> w =
        ExampleParquetWriter.builder(new LocalOutputFile(f))
            .withConf(new PlainParquetConfiguration())
            .withCodecFactory(new ParquetCodecs())
            .withType(schema)
            .build()) {
      w.write(new SimpleGroupFactory(schema).newGroup().append("when", 5L));
    }
    DataException e =
        assertThrows(DataException.class, () -> new ParquetSource(List.of(f), f, null).names());
    assertTrue(e.getMessage().startsWith("Column when of "), e.getMessage());
  }

  @Test
  void notParquetIsOneLineDataError() throws IOException {
    Path f = tmp.resolve("x.parquet");
    Files.writeString(f, "a,b\n1,2\n");
    DataException e =
        assertThrows(DataException.class, () -> new ParquetSource(List.of(f), f, null).names());
    assertEquals(
        f + ": not a readable Parquet file (no Parquet footer at its end); check the file",
        e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  static byte[] analyze(Path config, Path out) throws IOException {
    LoadedConfig loaded =
        ConfigLoader.loadDocument(config, ConfigOverrides.none(), RunLog.silent());
    AnalysisOptions options =
        new AnalysisOptions(null, CsvHeaderMode.AUTO, Set.of("json"), null, "test", Map.of(), null);
    try (OutputDirectory dir = OutputDirectory.open(out);
        Analyzer a = new Analyzer(loaded, options, RunLog.silent())) {
      a.run(dir);
      dir.commit();
    }
    return Files.readAllBytes(out.resolve("analysis.json"));
  }
}
