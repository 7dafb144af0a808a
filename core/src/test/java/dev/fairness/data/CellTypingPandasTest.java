package dev.fairness.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.RunLog;
import dev.fairness.data.csv.CsvHeaderMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSV cell typing against pandas 1.5.3. Every row of {@code testdata/typing/pandas_cells.tsv} (made
 * by {@code bench/pandas_cell_typing.py} with the anchor's pandas) records what {@code
 * pandas.read_csv} made of one cell read in a column beside one companion cell (or alone): the
 * column's dtype and the cell's value. Here the rows with the same companion become the columns of
 * one CSV file (cell on the first data row, companion on the second), read through the real dataset
 * loader twice: as written (plain files take the fast block reader) and with a quoted header (which
 * sends the file to Commons CSV). Each column must be typed as pandas typed it.
 *
 * <p>Deliberate differences ([ADAPT], README "CSV typing"): floats are correctly rounded where
 * pandas' default parser may be off in the last digits (compared within 4 ulp here); integers from
 * 2^63 to 2^64 - 1 (pandas uint64) are held as doubles; cells that overflow int64 and uint64, or
 * pandas' int64 minimum beside a missing cell (its integer NA sentinel), are numbers here; {@code
 * -0} in a float column is 0.0. They are listed in {@link #ADAPT}.
 */
class CellTypingPandasTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Cells (beside any companion, or {@code cell|companion}) where we deliberately differ. */
  private static final Map<String, String> ADAPT =
      Map.of(
          "123456789012345678901", "21+ digit integer: pandas keeps the text, we read a float",
          "1e400", "float overflow: pandas keeps the text, we read infinity",
          "-1e400", "float overflow: pandas keeps the text, we read -infinity",
          "-9223372036854775809", "below int64: pandas keeps the text, we read a float",
          "18446744073709551616", "above uint64: pandas keeps the text, we read a float",
          "-0", "in a float column pandas has -0.0, we have 0.0 (equal as numbers)",
          "0000000000000000000001|1.5",
              "pandas' float parser reads 22 digits with leading zeros as 0.0; we read 1.0");

  /** Cells whose difference is only beside a missing companion. */
  private static final Map<String, String> ADAPT_BESIDE_MISSING =
      Map.of(
          "-9223372036854775808", "pandas reads its int64 NA sentinel as missing",
          "9223372036854775808", "uint64 beside NaN: pandas keeps the text, we read a float",
          "18446744073709551615", "uint64 beside NaN: pandas keeps the text, we read a float");

  @TempDir Path dir;

  record Row(String cell, String companion, String dtype, String kind, String value) {}

  static Stream<Arguments> groups() throws IOException {
    Path tsv =
        Path.of(System.getProperty("testdata.dir", "../testdata"), "typing", "pandas_cells.tsv");
    Map<String, List<Row>> byCompanion = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      Row r =
          new Row(
              JSON.readValue(f[0], String.class),
              JSON.readValue(f[1], String.class),
              f[2],
              f[3],
              JSON.readValue(f[4], String.class));
      boolean adapt =
          ADAPT.containsKey(r.cell())
              || ADAPT.containsKey(r.cell() + "|" + r.companion())
              || ("".equals(r.companion()) && ADAPT_BESIDE_MISSING.containsKey(r.cell()));
      if (!adapt) {
        byCompanion.computeIfAbsent(String.valueOf(r.companion()), k -> new ArrayList<>()).add(r);
      }
    }
    List<Arguments> out = new ArrayList<>();
    byCompanion.forEach((k, rows) -> out.add(Arguments.of(k, rows)));
    return out.stream();
  }

  @ParameterizedTest(name = "companion {0}")
  @MethodSource("groups")
  void typesLikePandas(String companion, List<Row> rows) throws IOException {
    List<String> failures = new ArrayList<>();
    check("plain", csv(rows, false), rows, failures);
    check("quoted header", csv(rows, true), rows, failures);
    assertTrue(
        failures.isEmpty(), failures.size() + " cells differ:\n" + String.join("\n", failures));
  }

  private static String csv(List<Row> rows, boolean quotedHeader) {
    StringBuilder header = new StringBuilder();
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      String sep = i == 0 ? "" : ",";
      header.append(sep).append(quotedHeader ? "\"c" + i + "\"" : "c" + i);
      first.append(sep).append(quote(rows.get(i).cell()));
      if (rows.get(i).companion() != null) {
        second.append(sep).append(quote(rows.get(i).companion()));
      }
    }
    String body = header + "\n" + first + "\n";
    return rows.get(0).companion() == null ? body : body + second + "\n";
  }

  /**
   * Quotes a cell as Python's csv module does (QUOTE_MINIMAL), as the oracle's file was written.
   */
  private static String quote(String s) {
    boolean needs =
        s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private void check(String reader, String csv, List<Row> rows, List<String> failures)
      throws IOException {
    Path file = Files.createTempFile(dir, "cells", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    Table t =
        DataFiles.load(
                ConfigFixture.csv(file),
                CsvHeaderMode.PRESENT,
                new ColumnNeeds(false, true, false),
                RunLog.silent())
            .table();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String problem = problem(r, t.column("c" + i));
      if (problem != null) {
        failures.add(reader + ": cell " + JSON.writeValueAsString(r.cell()) + ": " + problem);
      }
    }
  }

  private static String problem(Row r, Column c) {
    ColumnType type = expectedType(r);
    if (type != c.type()) {
      return "type " + c.type() + ", pandas " + r.dtype() + " (" + type + ")";
    }
    if (r.kind().equals("nan")) {
      return c.isMissing(0) ? null : "not missing, pandas NaN";
    }
    Object v = c.get(0);
    if (v == null) {
      return "missing, pandas " + r.value();
    }
    if (type == ColumnType.FLOAT) {
      double want = Double.parseDouble(r.value().replace("inf", "Infinity"));
      double got = (Double) v;
      boolean close = want == got || Math.abs(want - got) <= 4 * Math.ulp(want);
      return close ? null : "value " + got + ", pandas " + r.value();
    }
    String actual = v instanceof Boolean b ? (b ? "True" : "False") : String.valueOf(v);
    String cls =
        switch (r.kind()) {
          case "int" -> "Long";
          case "bool" -> "Boolean";
          default -> "String";
        };
    if (!cls.equals(v.getClass().getSimpleName())) {
      return "value type " + v.getClass().getSimpleName() + ", pandas " + r.kind();
    }
    return actual.equals(r.value()) ? null : "value " + actual + ", pandas " + r.value();
  }

  /**
   * Maps a pandas dtype to ours: int64 → INT, float64 and uint64 → FLOAT, bool → BOOL, object →
   * BOOL when its values are booleans (True/False/NaN, so a missing cell beside a boolean
   * companion), else STRING.
   */
  private static ColumnType expectedType(Row r) {
    return switch (r.dtype()) {
      case "int64" -> ColumnType.INT;
      case "float64", "uint64" -> ColumnType.FLOAT;
      case "bool" -> ColumnType.BOOL;
      default ->
          r.kind().equals("bool")
                  || (r.kind().equals("nan") && CellParser.parse(r.companion()) instanceof Boolean)
              ? ColumnType.BOOL
              : ColumnType.STRING;
    };
  }

  @org.junit.jupiter.api.Test
  void tableCoversEveryShapeTheIssueNames() throws IOException {
    long rows = groups().mapToLong(a -> ((List<?>) a.get()[1]).size()).sum();
    assertTrue(rows > 700, "rows: " + rows);
    assertEquals(6, groups().count());
  }
}
