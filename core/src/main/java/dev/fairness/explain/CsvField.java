package dev.fairness.explain;

import dev.fairness.text.ValueText;

/**
 * Renders CSV fields for the SHAP output files (spec §9.4, §8.2 quoting, §9.5 values). In safe mode
 * ({@code --csv-safe}) a text field that a spreadsheet would run as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return) gets a leading {@code '} and is quoted (OWASP's rule
 * against CSV injection); by default the bytes are Clarify's.
 */
final class CsvField {

  private CsvField() {}

  /** Returns a header field, quoted only when it contains a comma, quote, CR or LF. */
  static String header(String name) {
    return header(name, false);
  }

  /** Returns a header field; in safe mode a formula-like name is neutralised and quoted. */
  static String header(String name, boolean safe) {
    if (safe && formula(name)) {
      return quote("'" + name);
    }
    if (name.indexOf(',') >= 0
        || name.indexOf('"') >= 0
        || name.indexOf('\n') >= 0
        || name.indexOf('\r') >= 0) {
      return quote(name);
    }
    return name;
  }

  /**
   * Returns a value field: STRING always quoted (§8.2), others rendered with §9.5, missing empty.
   */
  static String value(Object v) {
    return value(v, false);
  }

  /** Returns a value field; in safe mode a formula-like string gets a leading {@code '}. */
  static String value(Object v, boolean safe) {
    if (v instanceof String s) {
      return quote(safe && formula(s) ? "'" + s : s);
    }
    return ValueText.render(v);
  }

  /** Returns true when a spreadsheet would read {@code s} as a formula. */
  static boolean formula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static String quote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
