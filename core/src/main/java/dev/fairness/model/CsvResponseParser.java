package dev.fairness.model;

import com.fasterxml.jackson.core.io.NumberInput;
import dev.fairness.config.ColumnRef;
import dev.fairness.config.ConfigException;
import dev.fairness.data.CellParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code text/csv} responses (spec §8.3): one line per record, or one line with one cell per
 * record; cells typed by §3.1, cells in brackets read as lists (JSON, else with {@code '} replaced
 * by {@code "}); locators are 0-based cell indices.
 */
final class CsvResponseParser implements ResponseParser {

  private final int label;
  private final int probability;

  CsvResponseParser(ColumnRef label, ColumnRef probability) {
    this.label = index(label, "label");
    this.probability = index(probability, "probability");
  }

  @Override
  public List<ModelOutput> parse(String body, int records) throws ModelResponseException {
    List<List<Object>> rows = rows(body, records);
    List<ModelOutput> out = new ArrayList<>(records);
    for (List<Object> row : rows) {
      Object l = label < 0 ? null : locate(row, label, "label");
      Object p = probability < 0 ? null : locate(row, probability, "probability");
      out.add(new ModelOutput(l, p, row.size() == 1 ? row.get(0) : row));
    }
    return out;
  }

  @Override
  public double[][] scores(String body, int records, long firstRecord)
      throws ModelResponseException {
    if (body.indexOf('"') >= 0 || body.indexOf('[') >= 0) {
      return ResponseParser.super.scores(body, records, firstRecord);
    }
    // Fast path for plain numeric lines: no typed cell objects, no lists.
    List<String> lines = CsvLine.lines(body);
    int at = probability >= 0 ? probability : label;
    double[][] scores = new double[records][];
    if (lines.size() != records) {
      if (lines.size() != 1 || records < 2) {
        throw countError(lines.size(), records);
      }
      List<String> cells = CsvLine.cells(lines.get(0));
      if (cells.size() != records) {
        throw countError(lines.size(), records);
      }
      for (int i = 0; i < records; i++) {
        if (at > 0) {
          throw outOfRange(at == label ? "label" : "probability", at, 1);
        }
        scores[i] = new double[] {number(cells.get(i), firstRecord + i)};
      }
      return scores;
    }
    for (int i = 0; i < records; i++) {
      String line = lines.get(i);
      long r = firstRecord + i;
      if (at < 0 && line.indexOf(',') < 0) {
        scores[i] = new double[] {number(line, r)};
        continue;
      }
      List<String> cells = CsvLine.cells(line);
      if (at >= 0) {
        if (at >= cells.size()) {
          throw outOfRange(at == label ? "label" : "probability", at, cells.size());
        }
        scores[i] = new double[] {number(cells.get(at), r)};
      } else {
        double[] v = new double[cells.size()];
        for (int c = 0; c < v.length; c++) {
          v[c] = number(cells.get(c), r);
        }
        scores[i] = v;
      }
    }
    return scores;
  }

  private List<List<Object>> rows(String body, int records) throws ModelResponseException {
    List<String> lines = CsvLine.lines(body);
    List<List<Object>> rows = new ArrayList<>(records);
    if (lines.size() == records) {
      for (String line : lines) {
        rows.add(row(line));
      }
      return rows;
    }
    if (lines.size() == 1 && records > 1) {
      List<Object> cells = typed(CsvLine.cells(lines.get(0)));
      if (cells.size() == records) {
        for (Object c : cells) {
          List<Object> row = new ArrayList<>(1);
          row.add(c);
          rows.add(row);
        }
        return rows;
      }
    }
    throw countError(lines.size(), records);
  }

  /**
   * Returns the typed cells of a line; a whole line in brackets that reads as a list (an unquoted
   * {@code [0.1,0.9]}) is one list cell rather than cells cut at its commas.
   */
  private static List<Object> row(String line) throws ModelResponseException {
    String t = CellParser.trim(line);
    if (t.length() >= 2
        && t.charAt(0) == '['
        && t.charAt(t.length() - 1) == ']'
        && line.indexOf('"') < 0) {
      try {
        List<Object> row = new ArrayList<>(1);
        row.add(list(t));
        return row;
      } catch (ModelResponseException e) {
        // Not one list: read it as ordinary cells.
      }
    }
    return typed(CsvLine.cells(line));
  }

  private static List<Object> typed(List<String> raw) throws ModelResponseException {
    List<Object> cells = new ArrayList<>(raw.size());
    for (String text : raw) {
      String t = CellParser.trim(text);
      if (t.length() >= 2 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']') {
        cells.add(list(t));
      } else {
        cells.add(CellParser.parse(text));
      }
    }
    return cells;
  }

  private static Object list(String t) throws ModelResponseException {
    try {
      return JsonValues.toJava(ModelJson.read(t));
    } catch (Exception first) {
      try {
        return JsonValues.toJava(ModelJson.read(t.replace('\'', '"')));
      } catch (Exception e) {
        throw new ModelResponseException("cannot read the list " + t + " in the response", e);
      }
    }
  }

  private static Object locate(List<Object> row, int index, String key)
      throws ModelResponseException {
    if (index >= row.size()) {
      throw outOfRange(key, index, row.size());
    }
    Object v = row.get(index);
    if (v == null) {
      throw new ModelResponseException(
          "predictor." + key + " " + index + " is a missing cell in the response");
    }
    return v;
  }

  private static double number(String cell, long record) {
    String t = CellParser.trim(cell);
    if (plainDecimal(t)) {
      try {
        // Correctly rounded like Double.parseDouble, without JDK 17's slow big-integer path for
        // the 17-digit scores models print.
        return NumberInput.parseDouble(t, true);
      } catch (NumberFormatException e) {
        // Not a number after all (e.g. "1e"): fall through to the §3.1 typing and its message.
      }
    }
    Double d = CellParser.parseDouble(t);
    if (d != null) {
      return d;
    }
    return ScoreVectors.number(CellParser.parse(cell), record);
  }

  /** Returns true when the text has only decimal digits, signs, a point and exponent letters. */
  private static boolean plainDecimal(String t) {
    int n = t.length();
    if (n == 0 || n > 40) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }

  private static ModelResponseException countError(int lines, int records) {
    return new ModelResponseException(
        "the response has " + lines + " lines for " + records + " records");
  }

  private static ModelResponseException outOfRange(String key, int index, int cells) {
    return new ModelResponseException(
        "predictor."
            + key
            + " "
            + index
            + " is out of range for a response row of "
            + cells
            + " cells");
  }

  private static int index(ColumnRef ref, String key) {
    if (ref == null) {
      return -1;
    }
    if (ref.isIndex()) {
      return ref.index();
    }
    Long l = CellParser.parseLong(ref.name().trim());
    if (l == null || l < 0 || l > Integer.MAX_VALUE) {
      throw new ConfigException(
          "predictor." + key + " must be a column index when accept_type is text/csv");
    }
    return l.intValue();
  }
}
