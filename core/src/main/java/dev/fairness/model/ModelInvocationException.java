package dev.fairness.model;

import dev.fairness.FairnessException;

/** Thrown when the model cannot be started or reached, or answers wrongly (exit 4). */
public class ModelInvocationException extends FairnessException {

  /** Creates a model error with the spec's message text. */
  public ModelInvocationException(String message) {
    super(Kind.MODEL, message);
  }

  /** Creates a model error with the spec's message text and its cause. */
  public ModelInvocationException(String message, Throwable cause) {
    super(Kind.MODEL, message, cause);
  }
}
