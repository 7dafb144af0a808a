package dev.fairness.bias;

/**
 * Numeric comparison of boxed {@link Long} and {@link Double} values with Python semantics: two
 * integers compare exactly, otherwise as doubles.
 */
final class Numbers {

  private Numbers() {}

  /** Returns the sign of {@code a - b}. */
  static int compare(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    double x = a.doubleValue();
    double y = b.doubleValue();
    return x < y ? -1 : (x > y ? 1 : 0);
  }

  /** Returns {@code |a|}, keeping the type. */
  static Number abs(Number a) {
    return a instanceof Long x ? (Number) Math.abs(x) : (Number) Math.abs(a.doubleValue());
  }
}
