package dev.fairness.data.csv;

import dev.fairness.Finding;
import dev.fairness.RunLog;
import dev.fairness.data.CellKind;
import dev.fairness.data.CellParser;
import dev.fairness.data.DataException;
import dev.fairness.data.DelimiterGuess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The header-row rule of spec §3.1 for CSV files: configured {@code headers} (a first row equal to
 * them is skipped), else {@code --csv-header}: present, absent, or AUTO (the first row is the
 * header when none of its cells is a number and a second row exists). Duplicate names of a header
 * row are renamed as pandas does; duplicate configured headers are a data error.
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
    return decide(f, cells, hasSecond ? List.of() : null, passLog);
  }

  /**
   * Returns the header given by {@code headers} in the config: checks its width against the first
   * line's, skips the first line when it equals the names (or with {@code --csv-header present}),
   * notes a header-like first row under AUTO, and rejects duplicate names.
   */
  private Header fromConfig(Path f, List<String> cells, List<String> second, RunLog passLog) {
    if (cells.size() != headers.size()) {
      throw new DataException(
          "Headers in config do not match with the number of columns in the dataset: headers"
              + " has "
              + headers.size()
              + " names, the first line of "
              + f
              + " has "
              + cells.size()
              + (cells.size() == 1 ? " column" : " columns")
              + DelimiterGuess.hint(cells));
    }
    boolean same = true;
    for (int j = 0; j < cells.size() && same; j++) {
      same = CellParser.trim(cells.get(j)).equals(headers.get(j));
    }
    if (same && passLog != null) {
      passLog.info("First row of " + f + " equals headers and is skipped");
    }
    boolean skip = same || mode == CsvHeaderMode.PRESENT;
    if (!skip && mode == CsvHeaderMode.AUTO && passLog != null && looksLikeHeader(cells, second)) {
      passLog.finding(
          new Finding(
              Finding.Code.HEADER_LIKE_ROW,
              f + ":1",
              "the first row looks like a header (text where the next row has numbers) but"
                  + " differs from headers, so it is read as a data row",
              "pass --csv-header present to skip it, or set headers equal to it",
              true));
    }
    for (String n : headers) {
      if (Collections.frequency(headers, n) > 1) {
        throw new DataException("headers: duplicate column name " + n + "; give unique names");
      }
    }
    return new Header(List.copyOf(headers), skip, false);
  }

  /**
   * Returns {@link #decide(Path, List, boolean, RunLog)} given the second row's cells ({@code
   * second}, null when there is none; may be empty when unknown): with {@code headers}, a first row
   * that differs from them is skipped under {@code --csv-header present}, and otherwise read as
   * data with a {@code header-like-row} finding when it looks like a header. Duplicate names of a
   * header row are renamed as pandas does ({@code x}, {@code x.1}, …) with a finding.
   */
  Header decide(Path f, List<String> cells, List<String> second, RunLog passLog) {
    boolean hasSecond = second != null;
    Header h;
    if (headers != null) {
      return fromConfig(f, cells, second, passLog);
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
    if (new HashSet<>(h.names).size() < h.names.size()) {
      List<String> renamed = pandasNames(h.names);
      if (passLog != null) {
        passLog.finding(
            new Finding(
                Finding.Code.DUPLICATE_COLUMN,
                f + ":1",
                "duplicate column names renamed as pandas (and so Clarify) does: "
                    + renames(h.names, renamed),
                "refer to the renamed columns by their new names",
                false));
      }
      h = new Header(renamed, h.skipFirst, h.guessed);
    }
    return h;
  }

  /**
   * Returns the column names pandas 1.5 gives a header row with duplicates (its C parser's {@code
   * mangle_dupe_cols}): the k-th repeat of {@code x} becomes {@code x.k}, skipping names already in
   * the row, so {@code a,a,a.1,a} becomes {@code a, a.2, a.1, a.3}.
   */
  static List<String> pandasNames(List<String> names) {
    List<String> out = new ArrayList<>(names);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      String col = out.get(i);
      String old = col;
      int cur = counts.getOrDefault(col, 0);
      while (cur > 0) {
        counts.put(old, cur + 1);
        col = old + "." + cur;
        cur = out.contains(col) ? cur + 1 : counts.getOrDefault(col, 0);
      }
      out.set(i, col);
      counts.put(col, cur + 1);
    }
    return out;
  }

  private static String renames(List<String> before, List<String> after) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        parts.add("column " + (i + 1) + " " + before.get(i) + " -> " + after.get(i));
      }
    }
    return String.join(", ", parts);
  }

  /**
   * Returns true when the first row has text in every column where the second row has a number, and
   * there is at least one such column.
   */
  boolean looksLikeHeader(List<String> first, List<String> second) {
    if (second == null || second.size() != first.size()) {
      return false;
    }
    int numeric = 0;
    for (int j = 0; j < first.size(); j++) {
      if (kind.isNumber(CellParser.trim(second.get(j)))) {
        numeric++;
        if (kind.isNumber(CellParser.trim(first.get(j)))) {
          return false;
        }
      }
    }
    return numeric > 0;
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
