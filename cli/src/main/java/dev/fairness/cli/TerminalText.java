package dev.fairness.cli;

/**
 * Text from data made safe for a terminal or a CI log: control characters (C0, DEL, C1), which
 * could move the cursor, recolour the log or forge a new line, are shown as {@code \\uXXXX}
 * escapes.
 */
final class TerminalText {

  private TerminalText() {}

  /** Returns {@code s} with every control character escaped; null gives {@code null}. */
  static String safe(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (control && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        if (control) {
          b.append(String.format("\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
