package dev.fairness.data;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ColumnRef;
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
    String label = c.label() == null ? null : find(c.label(), main, "Headers must contain label.");
    String predicted = null;
    if (predictedNames != null) {
      ColumnRef ref =
          c.predictedLabel() != null
              ? c.predictedLabel()
              : ColumnRef.ofName(DEFAULT_PREDICTED_LABEL);
      predicted = find(ref, predictedNames, null);
    } else if (c.predictedLabel() != null) {
      predicted = find(c.predictedLabel(), main, null);
    }
    List<FacetColumn> facets = new ArrayList<>();
    Set<String> side = new LinkedHashSet<>();
    for (FacetConfig f : c.facets()) {
      if (f.intersectional()) {
        List<String> members = new ArrayList<>();
        for (ColumnRef ref : f.members()) {
          members.add(facetColumn(ref, main, facetNames, side));
        }
        facets.add(FacetColumn.intersection(members, f));
      } else {
        facets.add(new FacetColumn(facetColumn(f.nameOrIndex(), main, facetNames, side), f));
      }
    }
    String group = c.groupVariable() == null ? null : find(c.groupVariable(), main, null);
    String join = c.joinsource() == null ? null : find(c.joinsource(), main, null);
    String score =
        c.predictedScore() == null
            ? null
            : find(
                c.predictedScore(),
                main,
                "predicted_score: column "
                    + c.predictedScore()
                    + " not found in the dataset; name a column of its header or a 0-based index");
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
   * the predicted label (spec §3.2); integers index that list.
   */
  static ColumnRoles forJson(AnalysisConfig c, List<String> names, int k) {
    String label = c.label() == null ? null : names.get(k);
    String predicted = c.predictedLabel() == null ? null : names.get(label == null ? k : k + 1);
    List<FacetColumn> facets = new ArrayList<>();
    for (FacetConfig f : c.facets()) {
      if (f.intersectional()) {
        List<String> members = new ArrayList<>();
        for (ColumnRef ref : f.members()) {
          members.add(find(ref, names, "Unable to locate the facet. Column " + ref + " not found"));
        }
        facets.add(FacetColumn.intersection(members, f));
      } else {
        ColumnRef ref = f.nameOrIndex();
        facets.add(
            new FacetColumn(
                find(ref, names, "Unable to locate the facet. Column " + ref + " not found"), f));
      }
    }
    String group = c.groupVariable() == null ? null : find(c.groupVariable(), names, null);
    String join = c.joinsource() == null ? null : find(c.joinsource(), names, null);
    List<String> excluded = excluded(c, names);
    List<String> features = new ArrayList<>();
    for (String n : names.subList(0, k)) {
      if (!n.equals(join) && !excluded.contains(n)) {
        features.add(n);
      }
    }
    return new ColumnRoles(
        label, predicted, false, facets, List.of(), group, join, excluded, features, null);
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
      ColumnRef ref, List<String> main, List<String> facetNames, Set<String> side) {
    String msg = "Unable to locate the facet. Column " + ref + " not found";
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
      for (ColumnRef ref : c.excludedColumns()) {
        out.add(find(ref, names, "Feature names not found."));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the column a reference addresses in {@code names}; throws {@link DataException} with
   * {@code message}, or {@code Column <x> not found} when it is null, if there is none.
   */
  static String find(ColumnRef ref, List<String> names, String message) {
    if (ref.isIndex()) {
      int i = ref.index();
      if (i >= 0 && i < names.size()) {
        return names.get(i);
      }
    } else if (names.contains(ref.name())) {
      return ref.name();
    }
    throw new DataException(message != null ? message : "Column " + ref + " not found");
  }
}
