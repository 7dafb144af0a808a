package dev.fairness.data.csv;

import dev.fairness.RunLog;
import dev.fairness.data.CellParser;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnBuilder;
import dev.fairness.data.DataException;
import dev.fairness.data.DatasetFiles;
import dev.fairness.data.InputLimits;
import dev.fairness.data.SourceData;
import dev.fairness.data.UnreadTextColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one CSV dataset (a file or the files of a directory) per spec §3.1: RFC 4180 via Commons
 * CSV (or the equivalent fast {@link AsciiCsvRows} for plain ASCII files), blank lines skipped,
 * header row rule, ragged rows rejected. {@link #names()} reads only the start of the first file;
 * {@link #read} then reads every row, keeping only the asked-for columns. A field longer than
 * {@link InputLimits#maxFieldBytes()} is a data error naming its line.
 */
public final class CsvSource {

  private final List<Path> files;
  private final Path location;
  private final RunLog log;
  private final CsvHeaderRule rule;
  private final long maxFieldBytes;
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
  public CsvSource(
      List<Path> files, Path location, List<String> headers, CsvHeaderMode mode, RunLog log) {
    this(files, location, headers, mode, InputLimits.defaults(), log);
  }

  /** Creates a source whose fields may be at most {@code limits.maxFieldBytes()} long. */
  public CsvSource(
      List<Path> files,
      Path location,
      List<String> headers,
      CsvHeaderMode mode,
      InputLimits limits,
      RunLog log) {
    this.maxFieldBytes = limits.maxFieldBytes();
    this.files = files;
    this.location = location;
    this.rule = new CsvHeaderRule(headers, mode);
    this.log = log;
  }

  /** Returns the column names, from {@code headers} or the first non-empty file. */
  public List<String> names() {
    if (names == null) {
      for (Path f : files) {
        try {
          names = names(f, true);
        } catch (AsciiCsvRows.Unsure e) {
          names = names(f, false);
        }
        if (names != null) {
          break;
        }
      }
      if (names == null) {
        throw new DataException("Dataset " + location + " has no data rows");
      }
    }
    return names;
  }

  /**
   * Returns the column names from the first rows of {@code f}, or null when it has none; {@code
   * fast}: with {@link AsciiCsvRows}, which throws {@link AsciiCsvRows.Unsure} beyond plain ASCII
   * (then Commons CSV reads them), so that a plain file's run never loads Commons CSV at all.
   */
  private List<String> names(Path f, boolean fast) {
    try (CsvRows r =
        fast ? new AsciiCsvRows(f, maxFieldBytes) : new CommonsCsvRows(f, maxFieldBytes)) {
      if (!r.next()) {
        return null;
      }
      List<String> first = cells(r);
      return rule.decide(f, first, r.next(), null).names();
    } catch (IOException | UncheckedIOException e) {
      throw DatasetFiles.readError(f, e);
    }
  }

  /**
   * Reads every row, keeping the columns whose {@code keep} flag is set, and the trimmed text of
   * column {@code keyColumn} when it is not -1. Columns flagged {@code optional} (FlipTest-only
   * columns) are kept only while all of them are non-text: once one turns STRING, FlipTest is
   * refused anyway (spec §5.3), so every optional column becomes an {@link UnreadTextColumn}.
   *
   * <p>The fast {@link AsciiCsvRows} reads first; if it meets anything beyond its common case, the
   * whole dataset is read again with {@link CommonsCsvRows}.
   */
  public SourceData read(boolean[] keep, boolean[] optional, int keyColumn) {
    try {
      return read(keep, optional, keyColumn, true);
    } catch (AsciiCsvRows.Unsure e) {
      return read(keep, optional, keyColumn, false);
    }
  }

  /** Returns {@link #read(boolean[], boolean[], int)} without optional columns. */
  public SourceData read(boolean[] keep, int keyColumn) {
    return read(keep, new boolean[keep.length], keyColumn);
  }

  private SourceData read(boolean[] keep, boolean[] optional, int keyColumn, boolean fast) {
    List<String> cols = names();
    ColumnBuilder[] builders = new ColumnBuilder[cols.size()];
    for (int j = 0; j < builders.length; j++) {
      if (keep[j]) {
        builders[j] = ColumnBuilder.forText(cols.get(j));
      }
    }
    List<String> keys = keyColumn >= 0 ? new ArrayList<>() : null;
    Pass first = new Pass(builders, optional, keyColumn, keys, log, fast);
    int rows = first.run();
    List<Column> out = new ArrayList<>();
    ColumnBuilder[] redo = new ColumnBuilder[builders.length];
    boolean anyRedo = false;
    for (int j = 0; j < builders.length; j++) {
      if (first.dropped && optional[j] && keep[j]) {
        out.add(new UnreadTextColumn(cols.get(j), rows));
      } else if (builders[j] != null) {
        out.add(builders[j].build());
        if (builders[j].textLost()) {
          redo[j] = ColumnBuilder.forStrings(cols.get(j));
          anyRedo = true;
        }
      }
    }
    if (anyRedo) {
      // A column turned STRING after non-canonical numbers ("007"): read its original text again.
      new Pass(redo, new boolean[redo.length], -1, null, RunLog.silent(), fast).run();
      int k = 0;
      for (int j = 0; j < builders.length; j++) {
        if (keep[j]) {
          if (redo[j] != null) {
            out.set(k, redo[j].build());
          }
          k++;
        }
      }
    }
    return new SourceData(rows, out, keys);
  }

  /** One reading of every file into the builders. */
  private final class Pass {
    private final ColumnBuilder[] builders;
    private final boolean[] optional;
    private final int keyColumn;
    private final List<String> keys;
    private final RunLog passLog;
    private final boolean fast;
    private int[] kept;
    private int[] watched;
    boolean dropped;

    Pass(
        ColumnBuilder[] builders,
        boolean[] optional,
        int keyColumn,
        List<String> keys,
        RunLog passLog,
        boolean fast) {
      this.builders = builders;
      this.optional = optional;
      this.keyColumn = keyColumn;
      this.keys = keys;
      this.passLog = passLog;
      this.fast = fast;
      this.kept = indices(builders, null);
      this.watched = indices(builders, optional);
    }

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
      if (!r.next()) {
        return 0;
      }
      List<String> firstCells = cells(r);
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
          sawNumber = rule.anyNumber(cells(r));
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
     * Reserves room in the kept columns for the rows a file of {@code fileBytes} bytes holds when
     * its rows are as long as those of its first block ({@code rows} rows in {@code bytes} bytes),
     * plus 2%. The estimate is capped by the most rows the file can hold (each row takes at least
     * {@code m} bytes: its commas and line end), and nothing is reserved when that room would take
     * more than a quarter of the heap: an estimate that is far off costs only the copying it was
     * meant to save.
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
          kept = indices(builders, null);
          watched = new int[0];
          return;
        }
      }
    }
  }

  private static List<String> cells(CsvRows r) {
    List<String> out = new ArrayList<>(r.size());
    for (int j = 0; j < r.size(); j++) {
      out.add(r.cell(j));
    }
    return out;
  }

  /** Returns the indices of the non-null builders, only those flagged in {@code only} if given. */
  private static int[] indices(ColumnBuilder[] builders, boolean[] only) {
    int n = 0;
    for (int j = 0; j < builders.length; j++) {
      if (builders[j] != null && (only == null || only[j])) {
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    for (int j = 0; j < builders.length; j++) {
      if (builders[j] != null && (only == null || only[j])) {
        out[k++] = j;
      }
    }
    return out;
  }
}
