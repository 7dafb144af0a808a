package dev.fairness.gate;

/**
 * One {@code <testcase>} of a JUnit XML report.
 *
 * @param classname the dotted class name CI tools group by, e.g. {@code fairness.assert}
 * @param name the test name, e.g. the assertion expression or {@code DI@Sex=Female}
 * @param status passed, failed, skipped or errored
 * @param type the {@code type} attribute of the failure/error element (null when passed/skipped)
 * @param message the one-line {@code message} attribute (null when passed)
 * @param detail the text body of the failure/error/skipped element, or for a passed case its {@code
 *     <system-out>} text; may be null
 */
public record JUnitCase(
    String classname, String name, Status status, String type, String message, String detail) {

  /** Outcomes of a test case, as the JUnit format spells them. */
  public enum Status {
    /** The check held. */
    PASSED,
    /** The check did not hold: a {@code <failure>} element. */
    FAILED,
    /** The check could not be evaluated and is not counted: a {@code <skipped>} element. */
    SKIPPED,
    /** The check could not be evaluated and counts as broken: an {@code <error>} element. */
    ERROR
  }

  /** Returns a passed case, with optional {@code <system-out>} text. */
  public static JUnitCase passed(String classname, String name, String detail) {
    return new JUnitCase(classname, name, Status.PASSED, null, null, detail);
  }

  /** Returns a failed case with the failure type, one-line message and optional body text. */
  public static JUnitCase failed(
      String classname, String name, String type, String message, String detail) {
    return new JUnitCase(classname, name, Status.FAILED, type, message, detail);
  }

  /** Returns a skipped case with its one-line reason. */
  public static JUnitCase skipped(String classname, String name, String message) {
    return new JUnitCase(classname, name, Status.SKIPPED, null, message, null);
  }
}
