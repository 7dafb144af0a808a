package dev.fairness.explain;

import java.util.List;

/**
 * Scores feature rows with the model (spec §6.3): the only way this package reaches a model.
 *
 * <p>Callers hand over large lists (thousands to about a hundred thousand rows) so that an
 * implementation can batch and keep requests in flight. The explainer calls {@link #score} from at
 * most one thread at a time, but not always from the thread that created it.
 */
@FunctionalInterface
public interface BatchScorer {

  /**
   * Returns one score vector per row, in row order; every vector has the same length D.
   *
   * @param rows feature values in model-feature order: {@link Long}, {@link Double}, {@link
   *     Boolean}, {@link String} or null (missing); callers do not modify the arrays afterwards
   * @throws dev.fairness.model.ModelInvocationException when the model fails or answers wrongly
   */
  double[][] score(List<Object[]> rows);
}
