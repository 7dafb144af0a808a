package dev.fairness.config;

import java.util.Collection;
import java.util.Locale;

/**
 * Suggests the name the user probably meant: the candidate nearest by edit distance (Levenshtein,
 * case-insensitive, an equal-but-for-case name first), when near enough to be a typo.
 */
public final class DidYouMean {

  private DidYouMean() {}

  /**
   * Returns the candidate nearest to {@code given}, or null when none is within a distance of a
   * third of the longer name (at least 1, at most 3) or equal ignoring case.
   */
  public static String nearest(String given, Collection<String> candidates) {
    if (given == null) {
      return null;
    }
    String g = given.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c == null || c.equals(given)) {
        continue;
      }
      int d = distance(g, c.toLowerCase(Locale.ROOT));
      int limit = Math.min(3, Math.max(1, Math.max(g.length(), c.length()) / 3));
      if (d <= limit && d < Math.min(g.length(), c.length()) && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Returns {@code "; did you mean X?"} for the nearest candidate, or the empty string. */
  public static String hint(String given, Collection<String> candidates) {
    String n = nearest(given, candidates);
    return n == null ? "" : "; did you mean " + n + "?";
  }

  /** Returns the Levenshtein distance of two strings (insert, delete, substitute cost 1). */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
