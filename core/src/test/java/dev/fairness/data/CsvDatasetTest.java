package dev.fairness.data;

import static dev.fairness.data.DataFiles.error;
import static dev.fairness.data.DataFiles.load;
import static dev.fairness.data.DataFiles.values;
import static dev.fairness.data.DataFiles.write;
import static dev.fairness.data.DataFiles.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.RunLog;
import dev.fairness.data.csv.CsvHeaderMode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetTest {

  @TempDir Path dir;

  private Table table(Path file) {
    return load(
            ConfigFixture.csv(file),
            CsvHeaderMode.AUTO,
            new ColumnNeeds(false, true, false),
            RunLog.silent())
        .table();
  }

  private Table table(Path file, CsvHeaderMode mode, RunLog log) {
    return load(ConfigFixture.csv(file), mode, new ColumnNeeds(false, true, false), log).table();
  }

  @Test
  void readsTiny20WithRolesAndFeatures() {
    ConfigFixture c =
        ConfigFixture.csv(DataFiles.testdata("tiny20.csv"))
            .label("label")
            .predicted("pred")
            .facet("sex");
    c.groupVariable = dev.fairness.config.ColumnRef.ofName("grp");
    Dataset d = load(c, CsvHeaderMode.AUTO, ColumnNeeds.withModel(), RunLog.silent());
    Table t = d.table();
    assertEquals(20, t.rowCount());
    assertEquals(List.of("sex", "grp", "x1", "x2", "label", "pred"), t.columnNames());
    assertEquals(List.of("sex", "grp", "x1", "x2"), d.featureNames());
    assertEquals("label", d.label());
    assertEquals("pred", d.predictedLabel());
    assertEquals("sex", d.facets().get(0).column());
    assertEquals("grp", d.groupVariable());
    assertEquals(ColumnType.STRING, t.column("sex").type());
    assertEquals(ColumnType.INT, t.column("grp").type());
    assertEquals(ColumnType.FLOAT, t.column("x1").type());
    assertEquals("F", t.column("sex").get(0));
    assertEquals(2.5, t.column("x2").getDouble(0));
  }

  @Test
  void keepsOnlyRoleColumnsWhenNothingElseIsNeeded() {
    Dataset d = load(ConfigFixture.csv(DataFiles.testdata("tiny20.csv")).label("label").facet(0));
    assertEquals(
        List.of("sex", "label"), d.table().loadedColumns().stream().map(Column::name).toList());
    assertThrows(IllegalStateException.class, () -> d.table().column("x1"));
  }

  @Test
  void parsesQuotedFields() {
    Path f = write(dir, "q.csv", "a,b\n\"x, y\",\"he said \"\"hi\"\"\"\n\"multi\nline\",2\n");
    Table t = table(f);
    assertEquals(List.of("x, y", "multi\nline"), values(t.column("a")));
    assertEquals(List.of("he said \"hi\"", "2"), values(t.column("b")));
  }

  @Test
  void quotedHeaderNamesKeepTheirCommas() { // the fast header read gives way to Commons CSV
    Path f = write(dir, "qh.csv", "\"a,1\",b\nx,2\ny,3\n");
    Table t = table(f);
    assertEquals(List.of("a,1", "b"), t.columnNames());
    assertEquals(List.of("x", "y"), values(t.column("a,1")));
  }

  @Test
  void dropsBomAndSkipsBlankLinesWithCrlf() {
    byte[] body = "a,b\r\n\r\n1,2\r\n\r\n3,4\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(body);
    Table t = table(writeBytes(dir, "bom.csv", out.toByteArray()));
    assertEquals(List.of("a", "b"), t.columnNames());
    assertEquals(List.of(1L, 3L), values(t.column("a")));
  }

  @Test
  void autoHeaderTakesNonNumericFirstRow() {
    Table t = table(write(dir, "h.csv", "a,b\nx,1\n"));
    assertEquals(List.of("a", "b"), t.columnNames());
    assertEquals(1, t.rowCount());
  }

  @Test
  void autoHeaderRejectsNumericFirstRow() {
    Table t = table(write(dir, "h.csv", "x,1\ny,2\n"));
    assertEquals(List.of("column_0", "column_1"), t.columnNames());
    assertEquals(2, t.rowCount());
  }

  @Test
  void autoHeaderNeedsTwoRows() {
    Table t = table(write(dir, "h.csv", "x,y\n"));
    assertEquals(List.of("column_0", "column_1"), t.columnNames());
    assertEquals(List.of("x"), values(t.column("column_0")));
  }

  @Test
  void autoHeaderWarnsWhenNoCellIsNumeric() {
    Path f = write(dir, "h.csv", "a,b\nx,y\nz,w\n");
    RunLog.Recording log = new RunLog.Recording();
    Table t = table(f, CsvHeaderMode.AUTO, log);
    assertEquals(List.of("a", "b"), t.columnNames());
    assertEquals(
        List.of(
            "First row of "
                + f
                + " taken as the header because no cell of the file is numeric;"
                + " set headers or --csv-header to decide"),
        log.warnings());
  }

  @Test
  void autoHeaderDoesNotWarnWhenALaterCellIsNumeric() {
    RunLog.Recording log = new RunLog.Recording();
    table(write(dir, "h.csv", "a,b\nx,y\nz,3\n"), CsvHeaderMode.AUTO, log);
    assertEquals(List.of(), log.warnings());
  }

  @Test
  void presentAndAbsentForceTheChoice() {
    Path f = write(dir, "h.csv", "1,2\n3,4\n");
    assertEquals(List.of("1", "2"), table(f, CsvHeaderMode.PRESENT, RunLog.silent()).columnNames());
    Path g = write(dir, "g.csv", "a,b\nc,d\n");
    Table t = table(g, CsvHeaderMode.ABSENT, RunLog.silent());
    assertEquals(List.of("column_0", "column_1"), t.columnNames());
    assertEquals(2, t.rowCount());
  }

  @Test
  void configuredHeadersSkipAnIdenticalFirstRow() {
    Path f = write(dir, "h.csv", " a ,b\n1,2\n");
    RunLog.Recording log = new RunLog.Recording();
    Dataset d =
        load(
            ConfigFixture.csv(f).headers("a", "b").label("b"),
            CsvHeaderMode.AUTO,
            ColumnNeeds.rolesOnly(),
            log);
    assertEquals(1, d.table().rowCount());
    assertEquals(List.of("INFO First row of " + f + " equals headers and is skipped"), log.lines());
    Path g = write(dir, "g.csv", "x,y\n1,2\n");
    assertEquals(2, load(ConfigFixture.csv(g).headers("a", "b").label("b")).table().rowCount());
  }

  @Test
  void configuredHeaderCountMustMatch() {
    Path f = write(dir, "h.csv", "1,2,3\n");
    assertEquals(
        "Headers in config do not match with the number of columns in the dataset.",
        error(() -> load(ConfigFixture.csv(f).headers("a", "b").label("a"))));
  }

  @Test
  void raggedRowNamesItsPhysicalLine() {
    Path f = write(dir, "r.csv", "a,b\n1,2\n\n3\n");
    assertEquals("Row 4 of " + f + " has 1 cells, expected 2", error(() -> table(f)));
    Path g = write(dir, "m.csv", "a,b\n\"x\ny\",2\n\"p\nq\",4,5\n");
    assertEquals("Row 4 of " + g + " has 3 cells, expected 2", error(() -> table(g)));
  }

  @Test
  void invalidUtf8NamesItsLine() {
    StringBuilder sb = new StringBuilder("a,b\n");
    for (int i = 0; i < 20000; i++) {
      sb.append(i).append(",x\n");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {'1', ',', (byte) 0xC3, (byte) 0x28, '\n'});
    Path f = writeBytes(dir, "u.csv", out.toByteArray());
    assertEquals("Dataset " + f + " is not valid UTF-8 (line 20002)", error(() -> table(f)));
    Path g = writeBytes(dir, "v.csv", new byte[] {'a', '\n', (byte) 0xFF, '\n'});
    assertEquals("Dataset " + g + " is not valid UTF-8 (line 2)", error(() -> table(g)));
  }

  @Test
  void duplicateColumnNamesAreRejected() {
    Path f = write(dir, "d.csv", "a,a\nx,1\n");
    assertEquals("Duplicate column name a in " + f, error(() -> table(f)));
  }

  @Test
  void readsGzipFiles() {
    Table t = table(write(dir, "z.csv.gz", "a,b\nx,1\ny,2\n"));
    assertEquals(List.of(1L, 2L), values(t.column("b")));
  }

  @Test
  void readsDirectoriesInByteOrderSkippingHiddenFiles() {
    Path d = dir.resolve("ds");
    write(d, "b.csv", "a,b\nb,2\n");
    write(d, "a.csv", "a,b\na,1\n");
    write(d, "B.csv", "a,b\nB,0\n");
    write(d, "sub/c.csv.gz", "a,b\nc,3\n");
    write(d, ".hidden.csv", "a,b\nh,9\n");
    write(d, ".git/x.csv", "a,b\nh,9\n");
    write(d, "empty.csv", "");
    Table t = table(d);
    assertEquals(List.of("B", "a", "b", "c"), values(t.column("a")));
    assertEquals(d.toString(), t.source());
  }

  @Test
  void directoryFilesMustShareColumns() {
    Path d = dir.resolve("ds");
    write(d, "a.csv", "a,b\nx,1\n");
    Path g = write(d, "b.csv", "a,c\ny,2\n");
    assertEquals("File " + g + " has columns [a, c], expected [a, b]", error(() -> table(d)));
  }

  @Test
  void datasetWithoutRowsIsRejected() {
    Path f = write(dir, "e.csv", "a,b\n");
    assertEquals(
        "Dataset " + f + " has no data rows",
        error(() -> table(f, CsvHeaderMode.PRESENT, RunLog.silent())));
    Path g = write(dir, "z.csv", "\n\n");
    assertEquals("Dataset " + g + " has no data rows", error(() -> table(g)));
    Path d = dir.resolve("none");
    write(d, ".x", "a\n1\n");
    assertEquals("Dataset " + d + " has no data rows", error(() -> table(d)));
  }

  @Test
  void missingDatasetIsADataError() {
    Path f = dir.resolve("nope.csv");
    assertTrue(error(() -> table(f)).startsWith("dataset_uri: " + f + " does not exist"));
  }

  @Test
  void columnTurningStringKeepsOriginalNumberText() {
    Path f = write(dir, "s.csv", "id,v\n007,1\n1.50,2\nabc,3\n");
    Table t = table(f);
    assertEquals(Arrays.asList("007", "1.50", "abc"), values(t.column("id")));
    assertEquals(ColumnType.INT, t.column("v").type());
  }

  @Test
  void overrideReplacesDatasetUri() throws Exception {
    Path f = write(dir, "o.csv", "a,b\nx,1\n");
    Dataset d =
        DatasetLoader.load(
            ConfigFixture.csv(dir.resolve("gone.csv")).label("b").build(),
            f,
            CsvHeaderMode.AUTO,
            ColumnNeeds.rolesOnly(),
            RunLog.silent());
    assertEquals(1, d.table().rowCount());
    assertTrue(Files.exists(f));
  }
}
