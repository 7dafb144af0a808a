package dev.fairness.config;

/**
 * Our own data keys that say what Clarify would guess (Clarify itself rejects them, as it does
 * {@code local}): how the label is compared and how CSV cells are separated.
 *
 * @param labelKind {@code label_kind}: {@code categorical} or {@code continuous}, or null for
 *     Clarify's 5 % uniqueness rule
 * @param csvDelimiter {@code csv_delimiter}: one of {@code , ; \t | space}, or null for a comma
 */
public record DataHints(String labelKind, Character csvDelimiter) {

  /** The hints of a configuration that gives none. */
  public static final DataHints NONE = new DataHints(null, null);

  /** The values {@code label_kind} and {@code facet[].kind} accept. */
  public static final java.util.List<String> KINDS = java.util.List.of("categorical", "continuous");

  /** The delimiters {@code csv_delimiter} accepts, as written in JSON. */
  public static final java.util.List<String> DELIMITERS =
      java.util.List.of(",", ";", "\t", "|", " ");

  /** Returns the delimiter CSV files are split on: {@code csv_delimiter}, else a comma. */
  public char delimiter() {
    return csvDelimiter == null ? ',' : csvDelimiter;
  }
}
