package dev.fairness.mitigate;

import dev.fairness.FairnessException;

/** Thrown when the rows cannot give a threshold fit, e.g. a group has only one label (exit 3). */
public class MitigationException extends FairnessException {

  /** Creates a data error with a one-line message that says what to do. */
  public MitigationException(String message) {
    super(Kind.DATA, message);
  }
}
