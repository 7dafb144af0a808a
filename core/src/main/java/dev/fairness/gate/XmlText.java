package dev.fairness.gate;

/**
 * Escapes text for XML 1.0: markup characters become entities, and characters XML 1.0 cannot carry
 * at all (most C0 controls, lone surrogates, U+FFFE, U+FFFF) become U+FFFD, so any metric error
 * text or group string yields a well-formed document.
 */
final class XmlText {

  private XmlText() {}

  /** Returns {@code s} escaped for element content. */
  static String text(String s) {
    return escape(s, false);
  }

  /**
   * Returns {@code s} escaped for a double-quoted attribute value; tabs and line breaks become
   * character references so parsers do not normalise them to spaces.
   */
  static String attribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
