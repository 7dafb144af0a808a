package dev.fairness.bias;

import dev.fairness.data.CellParser;
import dev.fairness.data.Column;
import dev.fairness.data.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Minimal test-scope CSV reading (header row, no quoting) typed with {@link CellParser}. */
public final class TestCsv {

  private TestCsv() {}

  /** Returns the table of a CSV text whose first line is the header. */
  public static Table parse(String text) {
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\r?\n")) {
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    String[] header = lines.get(0).split(",", -1);
    int n = lines.size() - 1;
    Object[][] cells = new Object[header.length][n];
    for (int r = 0; r < n; r++) {
      String[] parts = lines.get(r + 1).split(",", -1);
      for (int c = 0; c < header.length; c++) {
        cells[c][r] = CellParser.parse(parts[c]);
      }
    }
    Column[] cols = new Column[header.length];
    for (int c = 0; c < header.length; c++) {
      cols[c] = TestColumns.of(header[c], cells[c]);
    }
    return TestColumns.table(cols);
  }

  /** Returns the table of a CSV file. */
  public static Table read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }
}
