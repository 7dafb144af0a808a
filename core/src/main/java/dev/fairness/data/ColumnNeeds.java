package dev.fairness.data;

/**
 * Which columns beyond the role columns (label, predicted label, facets, group, joinsource) the
 * requested methods need (spec §3.6), and whether a model is needed.
 *
 * @param features keep the feature columns (SHAP, PDP, auto-baseline, model calls)
 * @param allColumns keep every column of the main dataset (FlipTest's kNN matrix, spec §5.3)
 * @param modelNeeded a model will be called: zero feature columns is then an error
 */
public record ColumnNeeds(boolean features, boolean allColumns, boolean modelNeeded) {

  /**
   * Returns needs for bias metrics on given labels and predictions only: role columns, no model.
   */
  public static ColumnNeeds rolesOnly() {
    return new ColumnNeeds(false, false, false);
  }

  /** Returns needs for a run that calls a model: feature columns kept. */
  public static ColumnNeeds withModel() {
    return new ColumnNeeds(true, false, true);
  }

  /** Returns these needs plus every main column (for FlipTest). */
  public ColumnNeeds plusAllColumns() {
    return new ColumnNeeds(features, true, modelNeeded);
  }
}
