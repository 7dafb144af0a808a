package dev.fairness.data;

import dev.fairness.config.ColumnRef;
import java.util.List;

/**
 * Which columns beyond the role columns (label, predicted label, facets, group, joinsource) the
 * requested methods need (spec §3.6), and whether a model is needed.
 *
 * @param features keep the feature columns (SHAP, PDP, auto-baseline, model calls)
 * @param allColumns keep every column of the main dataset (FlipTest's kNN matrix, spec §5.3)
 * @param modelNeeded a model will be called: zero feature columns is then an error
 * @param numericExtras the columns that only {@code allColumns} adds matter only while every one of
 *     them is numeric (FlipTest refuses text, spec §5.3): as soon as one turns STRING while
 *     reading, none of them is converted further and they load as unread STRING columns
 * @param extraColumns main-dataset columns kept as if they were role columns (the prediction
 *     columns of the other models of a multi-model run, issue 19); a reference to no column is
 *     ignored
 */
public record ColumnNeeds(
    boolean features,
    boolean allColumns,
    boolean modelNeeded,
    boolean numericExtras,
    List<ColumnRef> extraColumns) {

  /** Creates needs; the extra columns are copied. */
  public ColumnNeeds {
    extraColumns = List.copyOf(extraColumns);
  }

  /** Returns needs without extra columns. */
  public ColumnNeeds(
      boolean features, boolean allColumns, boolean modelNeeded, boolean numericExtras) {
    this(features, allColumns, modelNeeded, numericExtras, List.of());
  }

  /** Returns needs that keep every extra column whatever its type. */
  public ColumnNeeds(boolean features, boolean allColumns, boolean modelNeeded) {
    this(features, allColumns, modelNeeded, false);
  }

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
    return new ColumnNeeds(features, true, modelNeeded, numericExtras, extraColumns);
  }

  /** Returns these needs plus every main column while all of them are numeric (FlipTest's kNN). */
  public ColumnNeeds plusNumericColumns() {
    return new ColumnNeeds(features, true, modelNeeded, true, extraColumns);
  }

  /** Returns these needs with {@code columns} kept as role columns too. */
  public ColumnNeeds plusColumns(List<ColumnRef> columns) {
    return new ColumnNeeds(features, allColumns, modelNeeded, numericExtras, columns);
  }
}
