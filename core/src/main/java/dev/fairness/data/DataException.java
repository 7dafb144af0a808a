package dev.fairness.data;

import dev.fairness.FairnessException;

/** Thrown when the dataset, a side file or a baseline file is missing or malformed (exit 3). */
public class DataException extends FairnessException {

  /** Creates a data error with the spec's message text. */
  public DataException(String message) {
    super(Kind.DATA, message);
  }

  /** Creates a data error with the spec's message text and its cause. */
  public DataException(String message, Throwable cause) {
    super(Kind.DATA, message, cause);
  }
}
