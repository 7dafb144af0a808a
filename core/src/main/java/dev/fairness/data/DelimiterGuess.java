package dev.fairness.data;

import java.util.List;

/**
 * Guesses the delimiter of a CSV file that was read as one column (issue 14): the most frequent of
 * {@code ; \t | space} in its only name. Used in the messages of column errors.
 */
public final class DelimiterGuess {

  /** The candidates, in the order ties are broken. */
  private static final char[] CANDIDATES = {';', '\t', '|', ' '};

  private DelimiterGuess() {}

  /** Returns the guessed delimiter of a one-column header, or 0 when nothing suggests one. */
  static char guess(List<String> names) {
    if (names.size() != 1) {
      return 0;
    }
    String line = names.get(0);
    char best = 0;
    long bestCount = 0;
    for (char c : CANDIDATES) {
      long n = line.chars().filter(x -> x == c).count();
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    return best;
  }

  /**
   * Returns {@code ; the first line has one column and looks separated by ";": set "csv_delimiter":
   * ";"} for a one-column header, or the empty string.
   */
  public static String hint(List<String> names) {
    char c = guess(names);
    if (c == 0) {
      return "";
    }
    String shown = c == '\t' ? "\\t" : String.valueOf(c);
    String name = c == '\t' ? "a tab" : c == ' ' ? "spaces" : "\"" + shown + "\"";
    return "; the first line was read as one column and looks separated by "
        + name
        + ": set \"csv_delimiter\": \""
        + shown
        + "\"";
  }
}
