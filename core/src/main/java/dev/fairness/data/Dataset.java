package dev.fairness.data;

import java.util.List;

/**
 * The loaded dataset: one {@link Table} (main columns, then side-file columns joined in, spec §3.5)
 * and the resolved column roles (spec §3.4). Role fields that were not configured are null.
 *
 * @param table the rows; holds the role columns and the columns {@link ColumnNeeds} asked for
 * @param label label column name, or null
 * @param predictedLabel predicted-label column name, or null
 * @param facets facet entries in config order with their column names
 * @param groupVariable group column name, or null
 * @param joinsource identifier column name, or null
 * @param featureNames the model features, in table order
 * @param excludedColumns resolved {@code excluded_columns}, in config order without duplicates
 * @param predictedScore the {@code predicted_score} column name, or null
 */
public record Dataset(
    Table table,
    String label,
    String predictedLabel,
    List<FacetColumn> facets,
    String groupVariable,
    String joinsource,
    List<String> featureNames,
    List<String> excludedColumns,
    String predictedScore) {

  /** Creates a dataset; the lists are copied. */
  public Dataset {
    facets = List.copyOf(facets);
    featureNames = List.copyOf(featureNames);
    excludedColumns = List.copyOf(excludedColumns);
  }

  /** Creates a dataset without a {@code predicted_score} column. */
  public Dataset(
      Table table,
      String label,
      String predictedLabel,
      List<FacetColumn> facets,
      String groupVariable,
      String joinsource,
      List<String> featureNames,
      List<String> excludedColumns) {
    this(
        table,
        label,
        predictedLabel,
        facets,
        groupVariable,
        joinsource,
        featureNames,
        excludedColumns,
        null);
  }
}
