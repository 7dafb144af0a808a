package dev.fairness.data;

import dev.fairness.RunLog;
import dev.fairness.config.ColumnRef;
import dev.fairness.data.csv.CsvSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The CSV side files of a dataset ({@code facet_dataset_uri}, {@code predicted_label_dataset_uri}):
 * each read for its wanted columns, matched to the main rows by position or by the joinsource
 * column, and joined into one table keeping the rows that every side matches.
 */
final class SideFiles {

  private SideFiles() {}

  /** The kept columns of one side file and, per main row, its matching side row. */
  record Side(String side, SourceData data, int[] match) {}

  /**
   * Reads the wanted columns of one side file and matches its rows to the main rows {@code md} (by
   * the joinsource key when {@code keyed}, else by position); adds the column names to {@code
   * tableNames}, refusing a name the table already has.
   */
  static Side read(
      CsvSource src,
      String side,
      Path sideLocation,
      List<String> wanted,
      ColumnRoles roles,
      boolean keyed,
      SourceData md,
      Path location,
      List<String> tableNames) {
    List<String> sideNames = src.names();
    int key =
        keyed
            ? sideNames.indexOf(
                ColumnRoles.find(ColumnRef.ofName(roles.joinsource()), sideNames, null))
            : -1;
    SourceData sd = src.read(DatasetLoader.mask(sideNames, new HashSet<>(wanted)), key);
    if (keyed) {
      RowJoin.requireUnique(sd.keys(), sideLocation);
    }
    for (Column c : sd.columns()) {
      if (tableNames.contains(c.name())) {
        throw new DataException(
            sideLocation
                + ": column "
                + c.name()
                + " also exists in the dataset; rename one of them");
      }
      tableNames.add(c.name());
    }
    int[] match =
        RowJoin.match(
            side,
            md.rows(),
            sd.rows(),
            keyed ? md.keys() : null,
            location,
            keyed ? sd.keys() : null,
            sideLocation);
    return new Side(side, sd, match);
  }

  /**
   * Returns the table of the main columns {@code md} and the columns of every side, over the main
   * rows that every side matched (in main-row order); warns about dropped rows.
   */
  static Table join(
      Path location, SourceData md, List<String> names, List<Side> sides, RunLog log) {
    if (sides.isEmpty()) {
      return new Table(location.toString(), md.rows(), names, md.columns());
    }
    List<int[]> matches = new ArrayList<>();
    List<String> sideNames = new ArrayList<>();
    for (Side s : sides) {
      matches.add(s.match);
      sideNames.add(s.side);
    }
    int[] keptRows = RowJoin.keptRows(md.rows(), matches, sideNames, log);
    if (keptRows.length == 0) {
      throw DatasetLoader.noRows(location);
    }
    List<Column> columns = new ArrayList<>();
    for (Column c : md.columns()) {
      columns.add(keptRows.length == md.rows() ? c : Columns.select(c, keptRows));
    }
    for (Side s : sides) {
      int[] rows = new int[keptRows.length];
      boolean identity = true;
      for (int i = 0; i < keptRows.length; i++) {
        rows[i] = s.match[keptRows[i]];
        identity &= rows[i] == i;
      }
      for (Column c : s.data.columns()) {
        columns.add(identity && rows.length == c.size() ? c : Columns.select(c, rows));
      }
    }
    return new Table(location.toString(), keptRows.length, names, columns);
  }
}
