package dev.fairness.gate;

/**
 * One failed check of an assertion: the facet group it concerns (null when nothing matched) and the
 * value or error that failed.
 *
 * @param assertion the assertion
 * @param facet facet name, or null when the reference matched nothing
 * @param group group string, or null when the reference matched nothing or a facet's group-metric
 *     summary
 * @param detail the value rendered (§9.5) or {@code error: <message>}, or {@code no matching
 *     metric}
 */
public record AssertionFailure(Assertion assertion, String facet, String group, String detail) {

  /** Returns the line printed on stderr (spec §10.3). */
  public String message() {
    return "fairness: assertion failed: " + assertion.expression() + " (" + where() + ")";
  }

  /** Returns the line printed on stderr for model {@code model} of a multi-model run (issue 19). */
  public String message(String model) {
    return "fairness: assertion failed: model "
        + model
        + ": "
        + assertion.expression()
        + " ("
        + where()
        + ")";
  }

  private String where() {
    return facet == null ? detail : facet + (group == null ? "" : "=" + group) + ": " + detail;
  }
}
