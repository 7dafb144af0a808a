package dev.fairness.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a POSIX shell does for a simple command, without
 * invoking a shell: used for {@code --model-command} (spec §1).
 *
 * <p>Rules: unquoted blanks (space, tab, newline) separate words; {@code '...'} keeps every
 * character literally; inside {@code "..."} a backslash escapes only {@code $ ` " \} and newline
 * (and is kept before any other character); outside quotes a backslash makes the next character
 * literal, and a backslash-newline pair is removed. Adjacent quoted and unquoted parts form one
 * word, and {@code ''} or {@code ""} alone is an empty word. No expansion of any kind ({@code $},
 * {@code ~}, globs) takes place and operators such as {@code |} or {@code ;} are ordinary
 * characters.
 */
public final class ShellWords {

  private ShellWords() {}

  /**
   * Returns the words of {@code line}; throws {@link ConfigException} when a quote is not closed or
   * the line ends with a lone backslash.
   */
  public static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
      } else if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw unbalanced(line, "single quote", i);
        }
        word.append(line, i + 1, end);
        inWord = true;
        i = end + 1;
      } else if (c == '"') {
        i = readDoubleQuoted(line, i, word);
        inWord = true;
      } else if (c == '\\') {
        if (i + 1 >= n) {
          throw new ConfigException(
              "--model-command: the command ends with a lone backslash; remove it or quote it");
        }
        char next = line.charAt(i + 1);
        if (next != '\n') {
          word.append(next);
          inWord = true;
        }
        i += 2;
      } else {
        word.append(c);
        inWord = true;
        i++;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return List.copyOf(words);
  }

  /**
   * Appends the content of the double-quoted part starting at {@code open}; returns the index after
   * it.
   */
  private static int readDoubleQuoted(String line, int open, StringBuilder word) {
    int i = open + 1;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(i + 1);
        if (next == '$' || next == '`' || next == '"' || next == '\\') {
          word.append(next);
          i += 2;
          continue;
        }
        if (next == '\n') {
          i += 2;
          continue;
        }
      }
      word.append(c);
      i++;
    }
    throw unbalanced(line, "double quote", open);
  }

  private static ConfigException unbalanced(String line, String quote, int position) {
    return new ConfigException(
        "--model-command: unbalanced "
            + quote
            + " at character "
            + (position + 1)
            + " of "
            + line
            + "; close the quote or escape it with a backslash");
  }
}
