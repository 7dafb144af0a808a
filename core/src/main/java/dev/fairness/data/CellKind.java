package dev.fairness.data;

import dev.fairness.text.ValueText;

/**
 * Types one trimmed text cell without allocating, by exactly the rules of {@link CellParser} (spec
 * §3.1); the parsed number is left in {@link #longValue} or {@link #doubleValue}. One instance per
 * reading thread.
 */
public final class CellKind {

  static final int MISSING = 0;
  static final int INT = 1;
  static final int FLOAT = 2;
  static final int BOOL = 3;
  static final int STRING = 4;

  /** The value of the last INT cell, or 1/0 for the last BOOL cell. */
  long longValue;

  /** The value of the last FLOAT cell. */
  double doubleValue;

  /**
   * Returns the kind of a cell as read (untrimmed) and stores its value: MISSING for an exact
   * missing-value marker, INT or FLOAT for a number with optional ASCII white space around it (the
   * infinity words only without), BOOL for true/false in any letter case, else STRING.
   */
  int scan(String raw) {
    int n = raw.length();
    if (n == 0) {
      return MISSING;
    }
    char r0 = raw.charAt(0);
    if (((r0 == '-' || r0 == '#' || r0 == '<' || r0 == '1' || r0 == 'N' || r0 == 'n')
        && CellParser.MISSING_MARKERS.contains(raw))) {
      return MISSING;
    }
    String t = r0 <= ' ' || raw.charAt(n - 1) <= ' ' ? CellParser.stripSpace(raw) : raw;
    if (t.isEmpty()) {
      return STRING;
    }
    char c0 = t.charAt(0);
    if ((c0 >= '0' && c0 <= '9') || c0 == '+' || c0 == '-' || c0 == '.') {
      if (scanLong(t)) {
        return INT;
      }
      Double d = CellParser.parseDouble(t);
      if (d != null && (t == raw || !CellParser.isInfinityWord(t))) {
        doubleValue = d;
        return FLOAT;
      }
      return STRING;
    }
    if ((c0 == 'i' || c0 == 'I') && t == raw && CellParser.isInfinityWord(t)) {
      doubleValue = Double.POSITIVE_INFINITY;
      return FLOAT;
    }
    if (c0 == 'T' || c0 == 't' || c0 == 'F' || c0 == 'f') {
      Boolean b = CellParser.parseBoolean(raw);
      if (b != null) {
        longValue = b ? 1 : 0;
        return BOOL;
      }
    }
    return STRING;
  }

  /** Returns true when the text is a number ({@link #INT} or {@link #FLOAT}). */
  public boolean isNumber(String t) {
    int k = scan(t);
    return k == INT || k == FLOAT;
  }

  /** Returns Python's str() of a typed cell (spec §9.5): INT digits, FLOAT repr, True/False. */
  static String render(int k, long lv, double dv) {
    return switch (k) {
      case CellKind.INT -> Long.toString(lv);
      case CellKind.FLOAT -> ValueText.renderDouble(dv);
      default -> lv != 0 ? "True" : "False";
    };
  }

  /**
   * Returns true when Python's str() of the integer gives back the raw text: no sign, spaces or
   * zeros.
   */
  static boolean canonicalInteger(String raw, String trimmed) {
    if (raw.length() != trimmed.length() || raw.charAt(0) == '+') {
      return false;
    }
    int s = raw.charAt(0) == '-' ? 1 : 0;
    if (raw.charAt(s) == '0') {
      return raw.length() == 1;
    }
    return true;
  }

  private boolean scanLong(String t) {
    int n = t.length();
    int i = 0;
    boolean negative = false;
    char c0 = t.charAt(0);
    if (c0 == '+' || c0 == '-') {
      negative = c0 == '-';
      i = 1;
      if (n == 1) {
        return false;
      }
    }
    if (n - i > 19) {
      // Longer digit strings may still be a long only with leading zeros; rare, take the slow path.
      Long l = CellParser.parseLong(t);
      if (l == null) {
        return false;
      }
      longValue = l;
      return true;
    }
    // Accumulate negatively so Long.MIN_VALUE fits.
    long acc = 0;
    for (int k = i; k < n; k++) {
      char c = t.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
      int d = c - '0';
      if (acc < (Long.MIN_VALUE + d) / 10) {
        return false;
      }
      acc = acc * 10 - d;
    }
    if (!negative) {
      if (acc == Long.MIN_VALUE) {
        return false;
      }
      acc = -acc;
    }
    longValue = acc;
    return true;
  }
}
