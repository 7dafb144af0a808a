package dev.fairness.data;

import dev.fairness.config.ConfigException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a {@code facet} list that names one column twice (issue 23 item 12): by the same name,
 * the same index, or a name and the index of that column; an intersection twice with the same
 * members in the same order counts too. The entries are not merged: two entries of one column would
 * give two result entries under one facet name, and which {@code value_or_threshold} a reader of
 * analysis.json is looking at would depend on their order, so the user merges them.
 */
final class FacetDuplicates {

  private FacetDuplicates() {}

  /**
   * Returns normally when every entry resolves to its own column(s).
   *
   * @param facets the entries in {@code facet} order, with their resolved columns
   * @throws ConfigException {@code facet[j]: same column as facet[i] (<column>); merge their
   *     value_or_threshold lists into one entry} (exit 2)
   */
  static void refuse(List<FacetColumn> facets) {
    Map<List<String>, Integer> first = new HashMap<>();
    for (int j = 0; j < facets.size(); j++) {
      List<String> members = facets.get(j).members();
      Integer i = first.putIfAbsent(members, j);
      if (i != null) {
        throw new ConfigException(
            "facet["
                + j
                + "]: same "
                + (members.size() == 1 ? "column" : "columns")
                + " as facet["
                + i
                + "] ("
                + facets.get(j).column()
                + "); merge their value_or_threshold lists into one entry");
      }
    }
  }
}
