package dev.fairness.model;

/**
 * Signals a recoverable model failure for one request: the model answered with an error (an {@code
 * {"error": …}} envelope, an HTTP error after retries) or with a response that cannot be used
 * (wrong record count, unparseable, a locator yielding nothing). {@link ModelClient} reacts by
 * sending the records one by one (spec §8.7); the message is the cause shown to the user.
 */
public class ModelResponseException extends Exception {

  /** Creates the exception with the cause text shown to the user. */
  public ModelResponseException(String message) {
    super(message);
  }

  /** Creates the exception with the cause text and the underlying exception. */
  public ModelResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
