package dev.fairness.data.csv;

import dev.fairness.RunLog;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnBuilder;
import dev.fairness.data.DataException;
import dev.fairness.data.DatasetFiles;
import dev.fairness.data.InputLimits;
import dev.fairness.data.SourceData;
import dev.fairness.data.UnreadTextColumn;
import java.io.IOException;
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
    CsvPass first =
        new CsvPass(
            files, names, rule, maxFieldBytes, builders, optional, keyColumn, keys, log, fast);
    int rows = first.run();
    List<Column> out = new ArrayList<>();
    ColumnBuilder[] redo = new ColumnBuilder[builders.length];
    boolean anyRedo = false;
    for (int j = 0; j < builders.length; j++) {
      if (first.dropped() && optional[j] && keep[j]) {
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
      new CsvPass(
              files,
              names,
              rule,
              maxFieldBytes,
              redo,
              new boolean[redo.length],
              -1,
              null,
              RunLog.silent(),
              fast)
          .run();
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

  static List<String> cells(CsvRows r) {
    List<String> out = new ArrayList<>(r.size());
    for (int j = 0; j < r.size(); j++) {
      out.add(r.cell(j));
    }
    return out;
  }

  /** Returns the indices of the non-null builders, only those flagged in {@code only} if given. */
  static int[] indices(ColumnBuilder[] builders, boolean[] only) {
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
