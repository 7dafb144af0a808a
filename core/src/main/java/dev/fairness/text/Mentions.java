package dev.fairness.text;

/**
 * Keeps data text from notifying people when a Markdown report or comment is posted on GitHub: an
 * {@code @} that starts a mention ({@code @user}, {@code @org/team}) gets a zero-width space after
 * it, so it renders as the same visible text but links no one. An {@code @} inside a word, as in an
 * e-mail address, is left alone (GitHub does not read it as a mention).
 */
public final class Mentions {

  /** U+200B ZERO WIDTH SPACE: invisible, and not part of a user or team name. */
  public static final char BREAK = '\u200B';

  private Mentions() {}

  /** Returns {@code text} with every mention-starting {@code @} followed by {@link #BREAK}. */
  public static String defuse(String text) {
    if (text.indexOf('@') < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c);
      if (c == '@' && i + 1 < text.length() && nameChar(text.charAt(i + 1))) {
        if (i == 0 || !wordChar(text.charAt(i - 1))) {
          b.append(BREAK);
        }
      }
    }
    return b.toString();
  }

  private static boolean nameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean wordChar(char c) {
    return nameChar(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }
}
