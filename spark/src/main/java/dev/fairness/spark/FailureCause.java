package dev.fairness.spark;

import dev.fairness.FairnessException;

/** Finds the tool's own failure inside an exception that Spark wrapped (a task's failure). */
final class FailureCause {

  private FailureCause() {}

  /** Returns the first {@link FairnessException} in the cause chain, or null. */
  static FairnessException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FairnessException f) {
        return f;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
