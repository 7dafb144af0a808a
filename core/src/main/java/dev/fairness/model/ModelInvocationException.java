package dev.fairness.model;

import dev.fairness.FairnessException;
import java.util.List;

/** Thrown when the model cannot be started or reached, or answers wrongly (exit 4). */
public class ModelInvocationException extends FairnessException {

  private final List<String> details;

  /** Creates a model error with the spec's message text. */
  public ModelInvocationException(String message) {
    this(message, List.of(), null);
  }

  /** Creates a model error with the spec's message text and its cause. */
  public ModelInvocationException(String message, Throwable cause) {
    this(message, List.of(), cause);
  }

  /** Creates a model error with detail lines (the model's last stderr lines) and its cause. */
  public ModelInvocationException(String message, List<String> details, Throwable cause) {
    super(Kind.MODEL, message, cause);
    this.details = List.copyOf(details);
  }

  @Override
  public List<String> details() {
    return details;
  }
}
