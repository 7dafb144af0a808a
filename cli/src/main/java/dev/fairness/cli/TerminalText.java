package dev.fairness.cli;

/**
 * Makes text safe to print as one line of a terminal or CI log: line breaks, other control
 * characters (ESC of ANSI sequences, CR, BEL, C1 controls), line and paragraph separators and
 * bidirectional overrides are written as visible escapes ({@code \n}, {@code \r}, {@code \t},
 * {@code \x1b}, {@code \u202e}). A data value can then neither start a line of its own (a GitHub
 * Actions {@code ::error::} workflow command) nor drive the terminal.
 */
final class TerminalText {

  private TerminalText() {}

  /** Returns {@code text} with every control character escaped; unchanged when it has none. */
  static String line(String text) {
    int i = 0;
    while (i < text.length() && !control(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!control(c)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x100) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  private static boolean control(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** Returns {@link #line} of {@code s}, or {@code "null"} for null. */
  static String safe(String s) {
    return s == null ? "null" : line(s);
  }
}
