package dev.fairness;

/**
 * Root of the tool's unchecked exceptions. Every failure that the command line maps to an exit code
 * is a subclass; {@link #kind()} says which class of failure (spec §10.1) it is.
 */
public class FairnessException extends RuntimeException {

  /** The classes of fatal failure of spec §10.1. */
  public enum Kind {
    /** Usage, configuration or unsupported feature: exit 2. */
    CONFIG,
    /** Dataset missing, unreadable, malformed, or columns not found: exit 3. */
    DATA,
    /** Model cannot be started or reached, or answered wrongly: exit 4. */
    MODEL
  }

  private final Kind kind;

  /** Creates an exception of the given kind with a one-line user-facing message. */
  public FairnessException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** Creates an exception of the given kind with a one-line message and its cause. */
  public FairnessException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /**
   * Returns the lines printed indented under the message (the model's last stderr lines, every
   * schema problem); none by default. Kept apart from the message so that printing can escape a
   * line break inside a data value without breaking these lines.
   */
  public java.util.List<String> details() {
    return java.util.List.of();
  }

  /** Returns the class of failure, which decides the exit code. */
  public Kind kind() {
    return kind;
  }
}
