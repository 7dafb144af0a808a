package dev.fairness.data.csv;

import dev.fairness.RunLog;
import dev.fairness.data.CellParser;
import dev.fairness.data.ColumnBuilder;
import dev.fairness.data.DataException;
import dev.fairness.data.DatasetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One reading of every file of a {@link CsvSource} into column builders: the header rule per file,
 * ragged rows refused, the key column collected, FlipTest-only columns dropped once one of them
 * turns STRING, and the rest of a plain file handed to the {@link BlockCsvReader}.
 */
final class CsvPass {
  private final List<Path> files;
  private final List<String> names;
  private final CsvHeaderRule rule;
  private final long maxFieldBytes;
  private final ColumnBuilder[] builders;
  private final boolean[] optional;
  private final int keyColumn;
  private final List<String> keys;
  private final RunLog passLog;
  private final boolean fast;
  private int[] kept;
  private int[] watched;
  private boolean dropped;

  CsvPass(
      List<Path> files,
      List<String> names,
      CsvHeaderRule rule,
      long maxFieldBytes,
      ColumnBuilder[] builders,
      boolean[] optional,
      int keyColumn,
      List<String> keys,
      RunLog passLog,
      boolean fast) {
    this.files = files;
    this.names = names;
    this.rule = rule;
    this.maxFieldBytes = maxFieldBytes;
    this.builders = builders;
    this.optional = optional;
    this.keyColumn = keyColumn;
    this.keys = keys;
    this.passLog = passLog;
    this.fast = fast;
    this.kept = CsvSource.indices(builders, null);
    this.watched = CsvSource.indices(builders, optional);
  }

  /** Returns whether the optional columns were dropped because one of them turned STRING. */
  boolean dropped() {
    return dropped;
  }

  /** Reads every file into the builders; returns the number of data rows. */
  int run() {
    int rows = 0;
    for (Path f : files) {
      try (CsvRows r =
          fast ? new AsciiCsvRows(f, maxFieldBytes) : new CommonsCsvRows(f, maxFieldBytes)) {
        rows += file(f, r);
      } catch (IOException | UncheckedIOException e) {
        throw DatasetFiles.readError(f, e);
      }
    }
    return rows;
  }

  private int file(Path f, CsvRows r) throws IOException {
    r.expectCells(names.size());
    if (!r.next()) {
      return 0;
    }
    List<String> firstCells = CsvSource.cells(r);
    boolean hasSecond = r.next();
    CsvHeaderRule.Header h = rule.decide(f, firstCells, hasSecond, passLog);
    if (!h.names().equals(names)) {
      throw new DataException("File " + f + " has columns " + h.names() + ", expected " + names);
    }
    boolean sawNumber = !h.guessed();
    int rows = 0;
    if (!h.skipFirst()) {
      sawNumber = sawNumber || rule.anyNumber(firstCells);
      addRow(firstCells);
      rows++;
    }
    int m = names.size();
    boolean more = hasSecond;
    while (more) {
      if (r.size() != m) {
        throw r.ragged(f, m);
      }
      if (!sawNumber) {
        sawNumber = rule.anyNumber(CsvSource.cells(r));
      }
      for (int j : kept) {
        builders[j].addText(r.cell(j));
      }
      if (keys != null) {
        keys.add(CellParser.trim(r.cell(keyColumn)));
      }
      if (watched.length > 0) {
        dropTextOptionals();
      }
      rows++;
      if (sawNumber && keys == null && r instanceof AsciiCsvRows plain) {
        rows += blocks(plain.remainder(), m, DatasetFiles.plainSize(f));
        break;
      }
      more = r.next();
    }
    if (!sawNumber) {
      passLog.warn(
          "First row of "
              + f
              + " taken as the header because no cell of the file is numeric;"
              + " set headers or --csv-header to decide");
    }
    return rows;
  }

  /**
   * Reads the rest of a plain file over all cores ({@link BlockCsvReader}); the builders get the
   * same cells in the same order as from the one-thread loop. With the file's size ({@code
   * fileBytes}, -1 when unknown) the first block's bytes per row tell about how many rows are
   * coming, and each column reserves room for them once ({@link #reserve}).
   */
  private int blocks(InputStream rest, int m, long fileBytes) throws IOException {
    int[] cols = kept.clone();
    BlockCsvReader reader = new BlockCsvReader(m, cols, maxFieldBytes);
    boolean[] sized = {fileBytes < 0};
    long n =
        reader.read(
            rest,
            (count, bytes, tokens, typed) -> {
              if (!sized[0] && count > 0) {
                sized[0] = true;
                reserve(cols, fileBytes, m, count, bytes);
              }
              for (int k = 0; k < cols.length; k++) {
                ColumnBuilder b = builders[cols[k]];
                if (b != null) {
                  b.addCells(tokens[k], typed[k], count);
                }
              }
              if (watched.length > 0) {
                dropTextOptionals();
              }
            });
    return Math.toIntExact(n);
  }

  /**
   * Reserves room in the kept columns for the rows a file of {@code fileBytes} bytes holds when its
   * rows are as long as those of its first block ({@code rows} rows in {@code bytes} bytes), plus
   * 2%. The estimate is capped by the most rows the file can hold (each row takes at least {@code
   * m} bytes: its commas and line end), and nothing is reserved when that room would take more than
   * a quarter of the heap: an estimate that is far off costs only the copying it was meant to save.
   */
  private void reserve(int[] cols, long fileBytes, int m, int rows, int bytes) {
    double perRow = (double) bytes / rows;
    long expected = (long) Math.ceil(fileBytes / perRow * 1.02);
    expected = Math.min(expected, fileBytes / Math.max(1, m) + 1);
    long cellBytes = 0;
    int have = 0;
    for (int j : cols) {
      if (builders[j] != null) {
        cellBytes += builders[j].bytesPerCell();
        have = Math.max(have, builders[j].size());
      }
    }
    long total = have + expected;
    if (total > Integer.MAX_VALUE - 64
        || total * cellBytes > Runtime.getRuntime().maxMemory() / 4) {
      return;
    }
    for (int j : cols) {
      if (builders[j] != null) {
        builders[j].reserve((int) total);
      }
    }
  }

  private void addRow(List<String> cells) {
    for (int j : kept) {
      builders[j].addText(cells.get(j));
    }
    if (keys != null) {
      keys.add(CellParser.trim(cells.get(keyColumn)));
    }
    if (watched.length > 0) {
      dropTextOptionals();
    }
  }

  private void dropTextOptionals() {
    for (int j : watched) {
      if (builders[j].isText()) {
        for (int k : watched) {
          builders[k] = null;
        }
        dropped = true;
        kept = CsvSource.indices(builders, null);
        watched = new int[0];
        return;
      }
    }
  }
}
