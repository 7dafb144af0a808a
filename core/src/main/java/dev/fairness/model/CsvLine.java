package dev.fairness.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a response into lines and lines into cells with the CSV rules of spec §3.1:
 * delimiter {@code ,}, quote {@code "}, a doubled quote inside a quoted field is a literal quote.
 */
final class CsvLine {

  private CsvLine() {}

  /** Returns the non-empty lines of a body split at {@code \n} or {@code \r\n}. */
  static List<String> lines(String body) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = body.length();
    while (start <= n) {
      int nl = body.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      int e = end > start && body.charAt(end - 1) == '\r' ? end - 1 : end;
      if (e > start) {
        lines.add(body.substring(start, e));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return lines;
  }

  /** Returns the raw (unquoted, untrimmed) texts of the cells of one line. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    if (line.indexOf('"') < 0) {
      int start = 0;
      while (true) {
        int comma = line.indexOf(',', start);
        if (comma < 0) {
          cells.add(line.substring(start));
          return cells;
        }
        cells.add(line.substring(start, comma));
        start = comma + 1;
      }
    }
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
