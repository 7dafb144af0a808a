package dev.fairness.explain;

import dev.fairness.text.ValueText;

/** Renders CSV fields for the SHAP output files (spec §9.4, §8.2 quoting, §9.5 values). */
final class CsvField {

  private CsvField() {}

  /** Returns a header field, quoted only when it contains a comma, quote, CR or LF. */
  static String header(String name) {
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
    if (v instanceof String s) {
      return quote(s);
    }
    return ValueText.render(v);
  }

  private static String quote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
