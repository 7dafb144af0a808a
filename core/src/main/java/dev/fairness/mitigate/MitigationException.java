package dev.fairness.mitigate;

import dev.fairness.FairnessException;

/** Thrown when the rows cannot give a threshold fit, e.g. a group has only one label (exit 3). */
public class MitigationException extends FairnessException {

  /** Creates a data error with a one-line message that says what to do. */
  public MitigationException(String message) {
    super(Kind.DATA, message);
  }

  /**
   * Returns {@code text} (a group key from the data) safe inside a one-line message: control
   * characters become {@code \\uXXXX}.
   */
  static String oneLine(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
