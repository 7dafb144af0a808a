package dev.fairness.data.csv;

import dev.fairness.data.CellParser;
import dev.fairness.data.DataException;
import java.nio.file.Path;
import java.util.List;

/**
 * The header decision of spec §3.1 for a CSV file read elsewhere (a Spark job, docs/spark.md): the
 * same rule the local reader applies to each file's first row.
 *
 * @param names the column names
 * @param skipFirst true when the first row is the header, not data
 */
public record CsvHeader(List<String> names, boolean skipFirst) {

  /**
   * Decides the header from a file's first row.
   *
   * @param headers the configured {@code headers}, or null
   * @param mode the {@code --csv-header} rule used when {@code headers} is null
   * @param file the file, for messages
   * @param firstRow the cells of the first row, as read
   * @param hasSecond true when the file has a second row
   * @throws DataException when {@code headers} has the wrong length or a name repeats
   */
  public static CsvHeader decide(
      List<String> headers,
      CsvHeaderMode mode,
      String file,
      List<String> firstRow,
      boolean hasSecond) {
    CsvHeaderRule.Header h =
        new CsvHeaderRule(headers, mode).decide(Path.of(file), firstRow, hasSecond, null);
    return new CsvHeader(h.names(), h.skipFirst());
  }

  /** Returns true when a row's cells, trimmed as §3.1 trims them, equal {@code texts}. */
  public static boolean sameCells(List<String> cells, List<String> texts) {
    if (cells.size() != texts.size()) {
      return false;
    }
    for (int j = 0; j < cells.size(); j++) {
      String c = cells.get(j);
      if (!CellParser.trim(c == null ? "" : c).equals(CellParser.trim(texts.get(j)))) {
        return false;
      }
    }
    return true;
  }
}
