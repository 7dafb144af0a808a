package dev.fairness.data;

import java.util.Set;

/**
 * Types one text cell by the rules of spec §3.1: missing-value markers (pandas defaults), 64-bit
 * integers, floats, booleans, otherwise string. Input is trimmed of spaces first.
 */
public final class CellParser {

  /** The pandas default missing-value markers, compared after trimming spaces. */
  public static final Set<String> MISSING_MARKERS =
      Set.of(
          "",
          "#N/A",
          "#N/A N/A",
          "#NA",
          "-1.#IND",
          "-1.#QNAN",
          "-NaN",
          "-nan",
          "1.#IND",
          "1.#QNAN",
          "<NA>",
          "N/A",
          "NA",
          "NULL",
          "NaN",
          "None",
          "n/a",
          "nan",
          "null");

  private CellParser() {}

  /** Returns true when the trimmed text is one of the missing-value markers. */
  public static boolean isMissing(String text) {
    return MISSING_MARKERS.contains(trim(text));
  }

  /**
   * Returns the typed value of a cell: {@code null} when missing, a {@link Long} for an integer, a
   * {@link Double} for a float, a {@link Boolean} for a boolean, else the (untrimmed) text.
   */
  public static Object parse(String text) {
    String t = trim(text);
    if (MISSING_MARKERS.contains(t)) {
      return null;
    }
    Long l = parseLong(t);
    if (l != null) {
      return l;
    }
    Double d = parseDouble(t);
    if (d != null) {
      return d;
    }
    Boolean b = parseBoolean(t);
    if (b != null) {
      return b;
    }
    return text;
  }

  /** Returns the value of {@code [+-]?[0-9]+} fitting in a signed 64-bit integer, else null. */
  public static Long parseLong(String t) {
    int n = t.length();
    if (n == 0 || n > 20) {
      return null;
    }
    int i = 0;
    char c0 = t.charAt(0);
    if (c0 == '+' || c0 == '-') {
      i = 1;
      if (n == 1) {
        return null;
      }
    }
    for (int k = i; k < n; k++) {
      char c = t.charAt(k);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(c0 == '+' ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Returns the value of a float cell (what {@code Double.parseDouble} accepts without hexadecimal
   * forms or {@code d}/{@code f} suffixes, plus {@code inf}/{@code infinity} case-insensitively),
   * else null. An integer text also parses here; callers try {@link #parseLong} first.
   */
  public static Double parseDouble(String t) {
    int n = t.length();
    if (n == 0) {
      return null;
    }
    String u = t;
    char c0 = t.charAt(0);
    String rest = (c0 == '+' || c0 == '-') ? t.substring(1) : t;
    if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
      return c0 == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    // Only digits, one '.', an exponent: rejects hex, suffixes, NaN words and stray letters.
    boolean digit = false;
    boolean dot = false;
    boolean exp = false;
    for (int k = 0; k < rest.length(); k++) {
      char c = rest.charAt(k);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && !dot && !exp) {
        dot = true;
      } else if ((c == 'e' || c == 'E') && digit && !exp) {
        exp = true;
        if (k + 1 < rest.length() && (rest.charAt(k + 1) == '+' || rest.charAt(k + 1) == '-')) {
          k++;
        }
        if (k + 1 >= rest.length()) {
          return null;
        }
      } else {
        return null;
      }
    }
    if (!digit) {
      return null;
    }
    try {
      return Double.parseDouble(u);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Returns the value of {@code True/TRUE/true/False/FALSE/false}, else null. */
  public static Boolean parseBoolean(String t) {
    switch (t) {
      case "True", "TRUE", "true":
        return Boolean.TRUE;
      case "False", "FALSE", "false":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** Trims ASCII spaces (not other whitespace) from both ends, as pandas' skipinitialspace does. */
  public static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && s.charAt(a) == ' ') {
      a++;
    }
    while (b > a && s.charAt(b - 1) == ' ') {
      b--;
    }
    return (a == 0 && b == s.length()) ? s : s.substring(a, b);
  }
}
