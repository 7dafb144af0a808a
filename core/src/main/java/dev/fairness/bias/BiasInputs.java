package dev.fairness.bias;

import dev.fairness.data.Column;
import dev.fairness.data.Table;
import java.util.List;

/**
 * Everything the bias analysis needs, already resolved and validated by the caller.
 *
 * @param table the dataset
 * @param label label column name
 * @param labelValues {@code label_values_or_threshold}, JSON-typed ({@link Long}, {@link Double},
 *     {@link String}, {@link Boolean}); non-empty
 * @param predicted the predicted-label column (from the table, a side file or the model), or null
 *     when post-training bias is not requested
 * @param predictedMissingIsNegative true when missing predicted cells were left missing on purpose
 *     by a 1-entry {@code label_headers} (spec §8.4)
 * @param facets the {@code facet[]} entries in config order
 * @param group group variable column name, or null
 * @param flipTestColumns candidate columns of the FT kNN matrix in table order (every column but
 *     label, predicted label and joinsource, spec §5.3); the facet column of each facet, the label
 *     and the predicted-label column are removed from it here
 * @param preTraining requested pre-training metric acronyms, or null when not requested
 * @param postTraining requested post-training metric acronyms, or null when not requested
 * @param groupMetrics requested group metric ids ({@code dev.fairness.groups.GroupMetric}), or null
 *     when not requested; they need {@code predicted}
 * @param rowCounts per table row, the number of dataset rows it stands for (a counted table: one
 *     row per distinct combination of role values, {@link dev.fairness.CountedAnalysis}); null when
 *     every row is one dataset row. FT needs the rows themselves and is refused with counts.
 * @param labelKind our {@code label_kind} key ({@code categorical}, {@code continuous}), or null
 */
public record BiasInputs(
    Table table,
    String label,
    List<Object> labelValues,
    Column predicted,
    boolean predictedMissingIsNegative,
    List<Facet> facets,
    String group,
    List<String> flipTestColumns,
    List<String> preTraining,
    List<String> postTraining,
    List<String> groupMetrics,
    long[] rowCounts,
    String labelKind) {

  /**
   * One {@code facet[]} entry: a column name and its values or threshold (empty when absent), or an
   * intersection (issue 17), and its {@code kind} key.
   *
   * @param column the facet column, or an intersection's key (members joined by {@code ", "})
   * @param values the values or threshold of a one-column entry
   * @param members the facet column alone, or an intersection's member columns in order
   * @param combinations an intersection's value combinations (one value or threshold per member);
   *     empty for one group per combination that occurs
   * @param kind {@code categorical}, {@code continuous}, or null for Clarify's rule
   */
  public record Facet(
      String column,
      List<Object> values,
      List<String> members,
      List<List<Object>> combinations,
      String kind) {

    /** Creates an entry without {@code kind}. */
    public Facet(
        String column, List<Object> values, List<String> members, List<List<Object>> combinations) {
      this(column, values, members, combinations, null);
    }

    /** Creates a one-column entry with {@code kind}. */
    public Facet(String column, List<Object> values, String kind) {
      this(column, values, List.of(column), List.of(), kind);
    }

    /** Creates a one-column entry. */
    public Facet(String column, List<Object> values) {
      this(column, values, List.of(column), List.of());
    }

    /** Returns true for an intersection of several columns. */
    public boolean intersectional() {
      return members.size() > 1;
    }
  }

  /** Creates inputs without group metrics in which every table row is one dataset row. */
  public BiasInputs(
      Table table,
      String label,
      List<Object> labelValues,
      Column predicted,
      boolean predictedMissingIsNegative,
      List<Facet> facets,
      String group,
      List<String> flipTestColumns,
      List<String> preTraining,
      List<String> postTraining) {
    this(
        table,
        label,
        labelValues,
        predicted,
        predictedMissingIsNegative,
        facets,
        group,
        flipTestColumns,
        preTraining,
        postTraining,
        null,
        null,
        null);
  }

  /** Creates inputs whose missing predicted cells are ordinary (warned, counted negative). */
  public BiasInputs(
      Table table,
      String label,
      List<Object> labelValues,
      Column predicted,
      List<Facet> facets,
      String group,
      List<String> flipTestColumns,
      List<String> preTraining,
      List<String> postTraining) {
    this(
        table,
        label,
        labelValues,
        predicted,
        false,
        facets,
        group,
        flipTestColumns,
        preTraining,
        postTraining);
  }
}
