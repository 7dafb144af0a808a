package dev.fairness;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.regex.Pattern;

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

  /** A Java class name or the word Exception in a message, never shown to users. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:java|javax|sun|jdk|com|org)\\.[a-z]+\\.|Exception|Error\\b");

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

  /**
   * Returns what went wrong in an I/O operation, in words and without a Java class name: {@code
   * file not found}, {@code permission denied}, {@code it is a directory}, {@code not UTF-8 text},
   * or the operating system's reason (issue 14: no exception class in a user message).
   */
  public static String ioReason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "file not found";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof UnknownHostException) {
      return "unknown host" + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out";
    }
    if (e instanceof JsonProcessingException j) {
      JsonLocation at = j.getLocation();
      return "not valid JSON"
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
          + ": "
          + jsonReason(j.getOriginalMessage());
    }
    String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    if (e instanceof FileNotFoundException && reason != null && reason.endsWith(")")) {
      reason = reason.substring(reason.lastIndexOf('(') + 1, reason.length() - 1); // "f (why)"
    }
    if (reason == null || reason.isBlank() || CLASS_NAME.matcher(reason).find()) {
      return "input/output error";
    }
    reason = reason.strip();
    if (reason.equals("Is a directory")) {
      return "it is a directory";
    }
    if (reason.equals("No such file or directory")) {
      return "file not found";
    }
    if (reason.equals("Not a directory")) {
      return "a part of the path is a file, not a directory";
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }

  /**
   * Returns {@code FILE:LINE:COLUMN: not valid JSON: REASON} for a parser's error on a whole file
   * (line and column 1 when the parser gives no location).
   */
  public static String notJson(Object file, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return file
        + ":"
        + (at == null ? 1 : at.getLineNr())
        + ":"
        + (at == null ? 1 : at.getColumnNr())
        + ": not valid JSON: "
        + jsonReason(e.getOriginalMessage());
  }

  /**
   * Returns a JSON parser's message for a user: its first line, without the parser's source
   * description ({@code [Source: …]}) or class names; the caller puts {@code file:line:column}
   * before it.
   */
  public static String jsonReason(String parserMessage) {
    String m = parserMessage == null ? "" : parserMessage.lines().findFirst().orElse("");
    m = m.replaceAll("\\s*\\(for root starting at \\[Source: [^\\]]*\\]\\)", "");
    m = m.replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    m = m.replaceAll("\\[Source: [^\\]]*\\]", "the file");
    m = m.replaceAll("\\b(?:java|com|org)\\.[\\w.]*\\.([A-Z]\\w*)", "$1").strip();
    return m.isEmpty() ? "not valid JSON" : m;
  }

  /**
   * Returns the message of an unexpected exception without Java class names: {@link #ioReason} for
   * an I/O failure, else its first line, or {@code an unexpected failure} when it has none or it
   * names a class.
   */
  public static String internalReason(Throwable e) {
    if (e instanceof IOException io) {
      return ioReason(io);
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return "an unexpected failure";
    }
    m = m.lines().findFirst().orElse("").strip();
    return CLASS_NAME.matcher(m).find() ? "an unexpected failure" : m;
  }
}
