package dev.fairness.data;

/**
 * One CSV cell's text with everything {@link ColumnBuilder#addCell} needs already worked out, so a
 * reader can type each distinct cell text once (in parallel, per block) and add it many times.
 *
 * @param raw the cell as read, untrimmed
 * @param marker true when the text is exactly a missing-value marker
 * @param kind the {@link CellKind} of the text
 * @param longValue the INT value, or 1/0 for BOOL
 * @param doubleValue the FLOAT value
 * @param canonical true when Python's str() of the typed value gives back {@code raw} exactly
 */
public record TextCell(
    String raw, boolean marker, int kind, long longValue, double doubleValue, boolean canonical) {

  /** Types a raw cell with the reading thread's {@link CellKind}. */
  public static TextCell of(String raw, CellKind cellKind) {
    int k = cellKind.scan(raw);
    boolean canonical =
        switch (k) {
          case CellKind.INT -> CellKind.canonicalInteger(raw, CellParser.stripSpace(raw));
          case CellKind.BOOL -> raw.equals("True") || raw.equals("False");
          case CellKind.FLOAT -> false;
          default -> true;
        };
    return new TextCell(
        raw, k == CellKind.MISSING, k, cellKind.longValue, cellKind.doubleValue, canonical);
  }
}
