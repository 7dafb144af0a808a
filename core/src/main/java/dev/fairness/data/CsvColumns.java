package dev.fairness.data;

import dev.fairness.RunLog;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads named columns of a CSV dataset (a file or a directory of files, spec §3.1 reading and
 * typing) that has a header row, for commands that need a few columns by name and no analysis
 * configuration.
 */
public final class CsvColumns {

  private CsvColumns() {}

  /**
   * Returns a table holding only the {@code wanted} columns of the dataset at {@code location};
   * throws {@link DataException} when the dataset is missing or empty or a column is not in its
   * header.
   *
   * @param location dataset file or directory
   * @param option the command-line option that named it, for messages
   * @param wanted column names
   * @param log receives the reader's lines
   */
  public static Table read(Path location, String option, List<String> wanted, RunLog log) {
    List<Path> files = DatasetFiles.list(location, option);
    CsvSource src = new CsvSource(files, location, null, CsvHeaderMode.PRESENT, log);
    List<String> names = src.names();
    boolean[] keep = new boolean[names.size()];
    for (String w : wanted) {
      int i = names.indexOf(w);
      if (i < 0) {
        throw new DataException(
            option
                + " "
                + location
                + ": column "
                + w
                + " not found in the header; the rules need the columns "
                + String.join(", ", wanted));
      }
      keep[i] = true;
    }
    SourceData d = src.read(keep, -1);
    if (d.rows() == 0) {
      throw new DataException("Dataset " + location + " has no data rows");
    }
    return new Table(location.toString(), d.rows(), names, d.columns());
  }
}
