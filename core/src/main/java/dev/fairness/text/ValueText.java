package dev.fairness.text;

/**
 * Renders cell values as text the way Python's {@code str()} does (spec §9.5): the one rendering
 * used by every text output (CSV files, model requests, strings in analysis.json, the summary).
 *
 * <p>Values are the boxed cell types of this tool: {@link Long} (INT), {@link Double} (FLOAT),
 * {@link Boolean} (BOOL), {@link String} (STRING), or {@code null} (missing). Other {@link Number}s
 * are rendered as INT when integral types, FLOAT otherwise.
 */
public final class ValueText {

  private ValueText() {}

  /** Returns the Python {@code str()} text of a value; {@code null} renders as the empty string. */
  public static String render(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return renderDouble(d);
    }
    if (value instanceof Float f) {
      return renderDouble(f.doubleValue());
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Number n) {
      return Long.toString(n.longValue());
    }
    return value.toString();
  }

  /** Returns Python's {@code repr(float)} of {@code v}; see {@link ShortestDouble#repr(double)}. */
  public static String renderDouble(double v) {
    return ShortestDouble.repr(v);
  }
}
