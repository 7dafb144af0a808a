package dev.fairness.data;

import java.util.Set;

/**
 * Types one text cell as pandas 1.5.3's {@code read_csv} C parser does with its defaults: a cell
 * that is exactly one of the default missing-value markers is missing (no trimming: {@code " NA"}
 * is the string {@code " NA"}); a number may have ASCII white space around it ({@code "\t5"} is 5);
 * {@code true}/{@code false} in any letter case is a boolean; anything else is a string kept as
 * written. [ADAPT] Floats are parsed correctly rounded ({@code Double.parseDouble}), where pandas'
 * default parser may be one unit in the last place off, and integers of 20+ digits or floats that
 * overflow are numbers here where pandas leaves them strings.
 */
public final class CellParser {

  /**
   * The pandas 1.5.3 default missing-value markers ({@code STR_NA_VALUES}), compared exactly.
   * {@code "None"} is not one: pandas added it in 2.0.
   */
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
          "n/a",
          "nan",
          "null");

  private CellParser() {}

  /** Returns true when the text is exactly one of the missing-value markers. */
  public static boolean isMissing(String text) {
    return MISSING_MARKERS.contains(text);
  }

  /**
   * Returns the typed value of a cell: {@code null} when missing, a {@link Long} for an integer, a
   * {@link Double} for a float, a {@link Boolean} for a boolean, else the (untrimmed) text.
   */
  public static Object parse(String text) {
    if (MISSING_MARKERS.contains(text)) {
      return null;
    }
    String t = stripSpace(text);
    Long l = parseLong(t);
    if (l != null) {
      return l;
    }
    Double d = parseDouble(t);
    if (d != null && (t.length() == text.length() || !isInfinityWord(t))) {
      return d;
    }
    Boolean b = parseBoolean(text);
    if (b != null) {
      return b;
    }
    return text;
  }

  /** Returns the value of {@code [+-]?[0-9]+} fitting in a signed 64-bit integer, else null. */
  public static Long parseLong(String t) {
    int n = t.length();
    if (n == 0) {
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
    if (isInfinityWord(t)) {
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

  /**
   * Returns true for {@code inf} or {@code infinity} in any letter case, with an optional sign: the
   * words pandas reads as infinity (only when nothing surrounds them).
   */
  public static boolean isInfinityWord(String t) {
    int n = t.length();
    if (n < 3 || n > 9) {
      return false;
    }
    char c0 = t.charAt(0);
    String rest = (c0 == '+' || c0 == '-') ? t.substring(1) : t;
    return rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity");
  }

  /**
   * Returns the value of {@code true} or {@code false} in any letter case ({@code tRue} too, as
   * pandas' {@code strcasecmp}), without surrounding white space, else null.
   */
  public static Boolean parseBoolean(String t) {
    if (t.length() == 4 && t.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (t.length() == 5 && t.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    return null;
  }

  /**
   * Strips ASCII white space (space, tab, line feed, vertical tab, form feed, carriage return) from
   * both ends, as pandas' number parsers skip it around a number.
   */
  public static String stripSpace(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return (a == 0 && b == s.length()) ? s : s.substring(a, b);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
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
