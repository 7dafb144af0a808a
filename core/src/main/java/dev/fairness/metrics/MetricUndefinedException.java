package dev.fairness.metrics;

import dev.fairness.FairnessException;

/**
 * Thrown by a metric whose value is undefined for one facet group; its message is smclarify's error
 * text (spec §5), written as the metric's {@code error}. {@link MetricEngine} always catches it, so
 * it never stops a run; the {@link FairnessException.Kind} is nominal.
 */
public class MetricUndefinedException extends FairnessException {

  /** Creates the exception with the spec's exact error text. */
  public MetricUndefinedException(String message) {
    super(Kind.DATA, message);
  }

  /** Throws a {@link MetricUndefinedException} with {@code message} unless {@code ok}. */
  public static void require(boolean ok, String message) {
    if (!ok) {
      throw new MetricUndefinedException(message);
    }
  }
}
