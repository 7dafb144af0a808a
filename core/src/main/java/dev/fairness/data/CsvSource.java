package dev.fairness.data;

import dev.fairness.RunLog;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV dataset (a file or the files of a directory) per spec §3.1: RFC 4180 via Commons
 * CSV, blank lines skipped, header row rule, ragged rows rejected. {@link #names()} reads only the
 * start of the first file; {@link #read} then reads every row, keeping only the asked-for columns.
 * A field longer than {@link InputLimits#maxFieldBytes()} is a data error naming its line.
 */
final class CsvSource {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).build();

  private final List<Path> files;
  private final Path location;
  private final List<String> headers;
  private final CsvHeaderMode mode;
  private final RunLog log;
  private final CellKind kind = new CellKind();
  private final long maxFieldBytes = InputLimits.current().maxFieldBytes();
  private List<String> names;

  /**
   * Creates a source.
   *
   * @param files the files, in reading order
   * @param location the dataset path as configured, for the no-data-rows message
   * @param headers the configured column names, or null
   * @param mode header rule when {@code headers} is null
   * @param log receives the header-decision lines
   */
  CsvSource(List<Path> files, Path location, List<String> headers, CsvHeaderMode mode, RunLog log) {
    this.files = files;
    this.location = location;
    this.headers = headers;
    this.mode = mode;
    this.log = log;
  }

  /** Returns the column names, from {@code headers} or the first non-empty file. */
  List<String> names() {
    if (names == null) {
      for (Path f : files) {
        try (Reader r = new CsvFieldLimit(DatasetFiles.openText(f), f, maxFieldBytes);
            CSVParser p = FORMAT.parse(r)) {
          Iterator<CSVRecord> it = p.iterator();
          if (it.hasNext()) {
            CSVRecord first = it.next();
            names = decide(f, first, it.hasNext(), null).names;
            break;
          }
        } catch (IOException | UncheckedIOException e) {
          throw DatasetFiles.readError(f, e);
        }
      }
      if (names == null) {
        throw new DataException("Dataset " + location + " has no data rows");
      }
    }
    return names;
  }

  /**
   * Reads every row, keeping the columns whose {@code keep} flag is set, and the trimmed text of
   * column {@code keyColumn} when it is not -1.
   */
  SourceData read(boolean[] keep, int keyColumn) {
    List<String> cols = names();
    ColumnBuilder[] builders = new ColumnBuilder[cols.size()];
    for (int j = 0; j < builders.length; j++) {
      if (keep[j]) {
        builders[j] = ColumnBuilder.forText(cols.get(j));
      }
    }
    List<String> keys = keyColumn >= 0 ? new ArrayList<>() : null;
    int rows = pass(builders, keyColumn, keys, log);
    List<Column> out = new ArrayList<>();
    ColumnBuilder[] redo = new ColumnBuilder[builders.length];
    boolean anyRedo = false;
    for (int j = 0; j < builders.length; j++) {
      if (builders[j] != null) {
        out.add(builders[j].build());
        if (builders[j].textLost()) {
          redo[j] = ColumnBuilder.forStrings(cols.get(j));
          anyRedo = true;
        }
      }
    }
    if (anyRedo) {
      // A column turned STRING after non-canonical numbers ("007"): read its original text again.
      pass(redo, -1, null, RunLog.silent());
      int k = 0;
      for (int j = 0; j < builders.length; j++) {
        if (builders[j] != null) {
          if (redo[j] != null) {
            out.set(k, redo[j].build());
          }
          k++;
        }
      }
    }
    return new SourceData(rows, out, keys);
  }

  private int pass(ColumnBuilder[] builders, int keyColumn, List<String> keys, RunLog passLog) {
    int rows = 0;
    int m = names.size();
    int[] kept = keptIndices(builders);
    for (Path f : files) {
      try (Reader r = new CsvFieldLimit(DatasetFiles.openText(f), f, maxFieldBytes);
          CSVParser p = FORMAT.parse(r)) {
        Iterator<CSVRecord> it = p.iterator();
        if (!it.hasNext()) {
          continue;
        }
        CSVRecord first = it.next();
        Header h = decide(f, first, it.hasNext(), passLog);
        if (!h.names.equals(names)) {
          throw new DataException("File " + f + " has columns " + h.names + ", expected " + names);
        }
        boolean sawNumber = !h.guessed;
        CSVRecord rec = h.skipFirst ? (it.hasNext() ? it.next() : null) : first;
        while (rec != null) {
          if (rec.size() != m) {
            throw new DataException(
                "Row "
                    + startLine(p, rec)
                    + " of "
                    + f
                    + " has "
                    + rec.size()
                    + " cells, expected "
                    + m);
          }
          if (!sawNumber) {
            sawNumber = anyNumber(rec);
          }
          for (int j : kept) {
            builders[j].addText(rec.get(j));
          }
          if (keys != null) {
            keys.add(CellParser.trim(rec.get(keyColumn)));
          }
          rows++;
          rec = it.hasNext() ? it.next() : null;
        }
        if (!sawNumber) {
          passLog.warn(
              "First row of "
                  + f
                  + " taken as the header because no cell of the file is numeric;"
                  + " set headers or --csv-header to decide");
        }
      } catch (IOException | UncheckedIOException e) {
        throw DatasetFiles.readError(f, e);
      }
    }
    return rows;
  }

  private static int[] keptIndices(ColumnBuilder[] builders) {
    int n = 0;
    for (ColumnBuilder b : builders) {
      if (b != null) {
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    for (int j = 0; j < builders.length; j++) {
      if (builders[j] != null) {
        out[k++] = j;
      }
    }
    return out;
  }

  /** The header decision for one file. */
  private record Header(List<String> names, boolean skipFirst, boolean guessed) {}

  private Header decide(Path f, CSVRecord first, boolean hasSecond, RunLog passLog) {
    List<String> cells = first.toList();
    Header h;
    if (headers != null) {
      if (cells.size() != headers.size()) {
        throw new DataException(
            "Headers in config do not match with the number of columns in the dataset.");
      }
      boolean same = true;
      for (int j = 0; j < cells.size() && same; j++) {
        same = CellParser.trim(cells.get(j)).equals(headers.get(j));
      }
      if (same && passLog != null) {
        passLog.info("First row of " + f + " equals headers and is skipped");
      }
      h = new Header(List.copyOf(headers), same, false);
    } else {
      boolean header =
          switch (mode) {
            case PRESENT -> true;
            case ABSENT -> false;
            case AUTO -> hasSecond && !anyNumber(first);
          };
      if (header) {
        h = new Header(List.copyOf(cells), true, mode == CsvHeaderMode.AUTO);
      } else {
        List<String> generated = new ArrayList<>();
        for (int j = 0; j < cells.size(); j++) {
          generated.add("column_" + j);
        }
        h = new Header(generated, false, false);
      }
    }
    Set<String> seen = new HashSet<>();
    for (String n : h.names) {
      if (!seen.add(n)) {
        throw new DataException("Duplicate column name " + n + " in " + f);
      }
    }
    return h;
  }

  private boolean anyNumber(CSVRecord rec) {
    for (int j = 0; j < rec.size(); j++) {
      if (kind.isNumber(CellParser.trim(rec.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the 1-based physical line where a record starts (Commons CSV reports its end). */
  private static long startLine(CSVParser p, CSVRecord rec) {
    long end = p.getCurrentLineNumber();
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
