package dev.fairness.data;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ColumnRef;
import dev.fairness.config.DidYouMean;
import dev.fairness.config.FacetConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the configured column references to column names (spec §3.1 addressing, §3.4 index
 * table, §3.5 side files) and derives the feature columns. Pure: no I/O.
 *
 * @param label label column, or null
 * @param predicted predicted-label column, or null
 * @param predictedInSide the predicted label comes from {@code predicted_label_dataset_uri}
 * @param facets facet entries with their columns
 * @param sideFacets facet columns that come from {@code facet_dataset_uri}, in first-use order
 * @param group group column, or null
 * @param joinsource joinsource column, or null
 * @param excluded resolved excluded columns
 * @param features model features in table order
 * @param score the {@code predicted_score} column, or null
 */
record ColumnRoles(
    String label,
    String predicted,
    boolean predictedInSide,
    List<FacetColumn> facets,
    List<String> sideFacets,
    String group,
    String joinsource,
    List<String> excluded,
    List<String> features,
    String score) {

  static final String DEFAULT_PREDICTED_LABEL = "predicted_label";

  /**
   * Resolves roles for {@code text/csv}: integers index the main file's columns, or the side file's
   * for facets / predicted label when that file is configured.
   *
   * @param facetNames columns of the facet file, or null
   * @param predictedNames columns of the predicted-label file, or null
   */
  static ColumnRoles forCsv(
      AnalysisConfig c, List<String> main, List<String> facetNames, List<String> predictedNames) {
    String label = c.label() == null ? null : find(c.label(), main, "label");
    String predicted = null;
    if (predictedNames != null) {
      ColumnRef ref =
          c.predictedLabel() != null
              ? c.predictedLabel()
              : ColumnRef.ofName(DEFAULT_PREDICTED_LABEL);
      predicted = find(ref, predictedNames, "predicted_label_headers");
    } else if (c.predictedLabel() != null) {
      predicted = find(c.predictedLabel(), main, "predicted_label");
    }
    List<FacetColumn> facets = new ArrayList<>();
    Set<String> side = new LinkedHashSet<>();
    for (int i = 0; i < c.facets().size(); i++) {
      FacetConfig f = c.facets().get(i);
      String key = "facet[" + i + "].name_or_index";
      if (f.intersectional()) {
        List<String> members = new ArrayList<>();
        for (int j = 0; j < f.members().size(); j++) {
          members.add(facetColumn(f.members().get(j), main, facetNames, side, key + "[" + j + "]"));
        }
        facets.add(FacetColumn.intersection(members, f));
      } else {
        facets.add(new FacetColumn(facetColumn(f.nameOrIndex(), main, facetNames, side, key), f));
      }
    }
    FacetDuplicates.refuse(facets);
    String group =
        c.groupVariable() == null ? null : find(c.groupVariable(), main, "group_variable");
    String join =
        c.joinsource() == null ? null : find(c.joinsource(), main, "joinsource_name_or_index");
    String score =
        c.predictedScore() == null ? null : find(c.predictedScore(), main, "predicted_score");
    List<String> excluded = excluded(c, main);
    List<String> features = new ArrayList<>();
    for (String n : main) {
      if (!n.equals(label)
          && !n.equals(score)
          && !(n.equals(predicted) && predictedNames == null)
          && !n.equals(join)
          && !excluded.contains(n)) {
        features.add(n);
      }
    }
    return new ColumnRoles(
        label,
        predicted,
        predictedNames != null,
        facets,
        List.copyOf(side),
        group,
        join,
        excluded,
        features,
        score);
  }

  /**
   * Resolves roles for JSON Lines / JSON: {@code names} are the k features, then the label, then
   * the predicted label (spec §3.2), then the score; integers index that list.
   */
  static ColumnRoles forJson(AnalysisConfig c, List<String> names, int k) {
    String label = c.label() == null ? null : names.get(k);
    String predicted = c.predictedLabel() == null ? null : names.get(label == null ? k : k + 1);
    // the score column follows the label and predicted-label columns (JsonSource)
    int scoreAt = k + (label == null ? 0 : 1) + (predicted == null ? 0 : 1);
    String score = c.predictedScore() == null ? null : names.get(scoreAt);
    List<FacetColumn> facets = new ArrayList<>();
    for (int i = 0; i < c.facets().size(); i++) {
      FacetConfig f = c.facets().get(i);
      String key = "facet[" + i + "].name_or_index";
      if (f.intersectional()) {
        List<String> members = new ArrayList<>();
        for (int j = 0; j < f.members().size(); j++) {
          members.add(find(f.members().get(j), names, key + "[" + j + "]"));
        }
        facets.add(FacetColumn.intersection(members, f));
      } else {
        facets.add(new FacetColumn(find(f.nameOrIndex(), names, key), f));
      }
    }
    FacetDuplicates.refuse(facets);
    String group =
        c.groupVariable() == null ? null : find(c.groupVariable(), names, "group_variable");
    String join =
        c.joinsource() == null ? null : find(c.joinsource(), names, "joinsource_name_or_index");
    List<String> excluded = excluded(c, names);
    List<String> features = new ArrayList<>();
    for (String n : names.subList(0, k)) {
      if (!n.equals(join) && !excluded.contains(n)) {
        features.add(n);
      }
    }
    return new ColumnRoles(
        label, predicted, false, facets, List.of(), group, join, excluded, features, score);
  }

  /** Returns every column this run keeps whatever the methods: label, predicted, facets, etc. */
  Set<String> roleColumns() {
    Set<String> out = new LinkedHashSet<>();
    for (String n : new String[] {label, predicted, group, joinsource, score}) {
      if (n != null) {
        out.add(n);
      }
    }
    for (FacetColumn f : facets) {
      out.addAll(f.members());
    }
    return out;
  }

  /** Returns the column of a facet reference, from the facet side file when it holds it. */
  private static String facetColumn(
      ColumnRef ref, List<String> main, List<String> facetNames, Set<String> side, String msg) {
    if (facetNames != null && (ref.isIndex() || facetNames.contains(ref.name()))) {
      String col = find(ref, facetNames, msg);
      side.add(col);
      return col;
    }
    return find(ref, main, msg);
  }

  private static List<String> excluded(AnalysisConfig c, List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    if (c.excludedColumns() != null) {
      for (int i = 0; i < c.excludedColumns().size(); i++) {
        out.add(find(c.excludedColumns().get(i), names, "excluded_columns[" + i + "]"));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the column a reference addresses in {@code names}; throws {@link DataException} if
   * there is none: {@code <key>: column X not found; did you mean x? columns: …}, with the
   * delimiter the one column's name suggests when the file was read as a single column.
   */
  static String find(ColumnRef ref, List<String> names, String key) {
    if (ref.isIndex()) {
      int i = ref.index();
      if (i >= 0 && i < names.size()) {
        return names.get(i);
      }
      throw new DataException(
          (key == null ? "" : key + ": ")
              + "column index "
              + i
              + " is out of range; the data has "
              + names.size()
              + " columns (0 to "
              + (names.size() - 1)
              + ")"
              + DelimiterGuess.hint(names));
    } else if (names.contains(ref.name())) {
      return ref.name();
    }
    String near = DidYouMean.nearest(ref.name(), names);
    throw new DataException(
        (key == null ? "" : key + ": ")
            + "column "
            + ref.name()
            + " not found"
            + DelimiterGuess.hint(names)
            + (near == null ? "; columns: " : "; did you mean " + near + "? columns: ")
            + listed(names));
  }

  /** Returns the names joined by {@code ", "}, at most 30 then {@code … (k more)}. */
  static String listed(List<String> names) {
    int limit = 30;
    String shown = String.join(", ", names.subList(0, Math.min(limit, names.size())));
    return names.size() > limit ? shown + " … (" + (names.size() - limit) + " more)" : shown;
  }
}
