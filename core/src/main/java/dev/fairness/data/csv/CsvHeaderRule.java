package dev.fairness.data.csv;

import dev.fairness.RunLog;
import dev.fairness.data.CellKind;
import dev.fairness.data.CellParser;
import dev.fairness.data.DataException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The header-row rule of spec §3.1 for CSV files: configured {@code headers} (a first row equal to
 * them is skipped), else {@code --csv-header}: present, absent, or AUTO (the first row is the
 * header when none of its cells is a number and a second row exists). Duplicate names are a data
 * error.
 */
final class CsvHeaderRule {

  private final List<String> headers;
  private final CsvHeaderMode mode;
  private final CellKind kind = new CellKind();

  /**
   * Creates the rule.
   *
   * @param headers the configured column names, or null
   * @param mode header rule when {@code headers} is null
   */
  CsvHeaderRule(List<String> headers, CsvHeaderMode mode) {
    this.headers = headers;
    this.mode = mode;
  }

  /** The header decision for one file. */
  /**
   * The header decision for one file.
   *
   * @param names the column names
   * @param skipFirst true when the first row is the header, not data
   * @param guessed true when the AUTO rule took the first row as the header
   */
  record Header(List<String> names, boolean skipFirst, boolean guessed) {}

  /**
   * Decides the header of file {@code f} from its first row, logging on {@code passLog} (when not
   * null) that a row equal to the configured headers is skipped.
   */
  Header decide(Path f, List<String> cells, boolean hasSecond, RunLog passLog) {
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
            case AUTO -> hasSecond && !anyNumber(cells);
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

  /** Returns true when a cell of the row is a number. */
  boolean anyNumber(List<String> cells) {
    for (String c : cells) {
      if (kind.isNumber(c)) {
        return true;
      }
    }
    return false;
  }
}
