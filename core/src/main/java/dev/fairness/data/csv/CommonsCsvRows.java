package dev.fairness.data.csv;

import dev.fairness.data.DataException;
import dev.fairness.data.DatasetFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@link CsvRows} over Apache Commons CSV: the reference reader of spec §3.1 for every file
 * (quotes, CRLF, BOM, any UTF-8, strict decoding with the line of the first invalid byte).
 */
final class CommonsCsvRows implements CsvRows {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).build();

  private final CsvFieldLimit reader;
  private final CSVParser parser;
  private final Iterator<CSVRecord> it;
  private CSVRecord rec;

  /** Opens a file as strict UTF-8 (BOM dropped, {@code .gz} gunzipped). */
  CommonsCsvRows(Path file, long maxFieldBytes) throws IOException {
    reader = new CsvFieldLimit(DatasetFiles.openText(file), file, maxFieldBytes);
    parser = FORMAT.parse(reader);
    it = parser.iterator();
  }

  @Override
  public boolean next() {
    rec = it.hasNext() ? it.next() : null;
    return rec != null;
  }

  @Override
  public int size() {
    return rec.size();
  }

  @Override
  public String cell(int j) {
    return rec.get(j);
  }

  @Override
  public RuntimeException ragged(Path file, int expected) {
    return new DataException(
        "Row "
            + startLine()
            + " of "
            + file
            + " has "
            + rec.size()
            + " cells, expected "
            + expected);
  }

  @Override
  public void expectCells(int expected) {
    reader.expectCells(expected);
  }

  @Override
  public void close() throws IOException {
    try (reader) {
      parser.close();
    }
  }

  /** Returns the 1-based physical line where the record starts (Commons CSV reports its end). */
  private long startLine() {
    long end = parser.getCurrentLineNumber();
    long inside = 0;
    for (String v : rec.values()) {
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == v.length() || v.charAt(i + 1) != '\n'))) {
          inside++;
        }
      }
    }
    return end - inside;
  }
}
