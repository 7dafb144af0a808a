package dev.fairness.data;

import dev.fairness.config.ConfigException;
import java.util.Properties;

/**
 * Size limits that keep one hostile input cell from exhausting the heap: the longest CSV field and
 * the longest JSON Lines line, in UTF-8 bytes. The line limit also bounds one response line of a
 * subprocess model and one HTTP response body. Defaults are {@value #DEFAULT_MAX_FIELD_BYTES} and
 * {@value #DEFAULT_MAX_LINE_BYTES}; the JVM system properties {@value #FIELD_PROPERTY} and {@value
 * #LINE_PROPERTY} raise or lower them (e.g. {@code
 * FAIRNESS_JAVA_OPTS=-Dfairness.max_line_bytes=…}). The command line reads the properties ({@link
 * #of}) and passes the limits in through {@code AnalysisOptions}; core never reads them itself.
 *
 * @param maxFieldBytes most UTF-8 bytes of one CSV field
 * @param maxLineBytes most UTF-8 bytes of one JSON Lines line
 */
public record InputLimits(long maxFieldBytes, long maxLineBytes) {

  /** System property of the CSV field limit. */
  public static final String FIELD_PROPERTY = "fairness.max_field_bytes";

  /** System property of the JSON Lines line limit. */
  public static final String LINE_PROPERTY = "fairness.max_line_bytes";

  /** Default CSV field limit: 16 MiB. */
  public static final long DEFAULT_MAX_FIELD_BYTES = 16L << 20;

  /** Default JSON Lines line limit: 64 MiB. */
  public static final long DEFAULT_MAX_LINE_BYTES = 64L << 20;

  /** Returns the default limits. */
  public static InputLimits defaults() {
    return new InputLimits(DEFAULT_MAX_FIELD_BYTES, DEFAULT_MAX_LINE_BYTES);
  }

  /**
   * Returns the limits that {@code properties} set (e.g. the JVM's system properties), the defaults
   * for those not set. Throws {@link ConfigException} (exit 2) when a property is not a positive
   * integer.
   */
  public static InputLimits of(Properties properties) {
    return new InputLimits(
        property(properties, FIELD_PROPERTY, DEFAULT_MAX_FIELD_BYTES),
        property(properties, LINE_PROPERTY, DEFAULT_MAX_LINE_BYTES));
  }

  private static long property(Properties properties, String name, long fallback) {
    String v = properties.getProperty(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException("-D" + name + "=" + v + ": must be a positive integer (bytes)");
  }

  /** Returns the one-line data error for an input unit over its limit. */
  public static DataException tooLong(
      Object file, long line, String what, long limit, String property) {
    return new DataException(
        file
            + ":"
            + line
            + ": "
            + what
            + " is longer than "
            + limit
            + " bytes; "
            + raiseHint(property));
  }

  /**
   * Returns how to raise the limit of system property {@code property}, the end of every
   * over-the-limit message: {@code raise the limit with the JVM option -D<property>=<bytes>}.
   */
  public static String raiseHint(String property) {
    return "raise the limit with the JVM option -D" + property + "=<bytes>";
  }

  /** Returns the UTF-8 length of one UTF-16 char (a surrogate counts 2, a pair 4). */
  public static int utf8Length(char c) {
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800 || Character.isSurrogate(c)) {
      return 2;
    }
    return 3;
  }
}
