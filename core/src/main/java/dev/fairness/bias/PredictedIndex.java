package dev.fairness.bias;

import dev.fairness.bias.count.RowSet;

/**
 * The positive predicted index (spec §4.4), or the error that every post-training metric reports
 * instead when predicted labels cannot be used.
 *
 * @param positive per row, whether the predicted label is positive; null when {@code error} is set
 * @param kind the predicted-label column's kind
 * @param error the error text of spec §4.4, or null
 */
public record PredictedIndex(RowSet positive, ColumnKind kind, String error) {

  /** Returns true when the predicted labels can be used. */
  public boolean usable() {
    return error == null;
  }
}
