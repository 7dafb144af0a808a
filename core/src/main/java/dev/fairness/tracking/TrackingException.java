package dev.fairness.tracking;

import dev.fairness.FairnessException;

/**
 * Logging to the MLflow tracking server failed (unreachable, refused, or answered with an error).
 * Kind {@link FairnessException.Kind#MODEL}: exit 4 when the caller treats it as fatal.
 */
public final class TrackingException extends FairnessException {

  /** Creates the exception; {@code message} says where (the endpoint), what and what to do. */
  public TrackingException(String message) {
    super(Kind.MODEL, message);
  }

  /** Creates the exception with its cause. */
  public TrackingException(String message, Throwable cause) {
    super(Kind.MODEL, message, cause);
  }
}
