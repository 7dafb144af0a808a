package dev.fairness.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an intersectional {@code facet[]} entry (issue 17): {@code name_or_index} an array of two
 * or more distinct columns, {@code value_or_threshold} absent, {@code []}, or an array of
 * combinations, each an array with one value (or threshold) per column.
 */
final class IntersectionReader {

  private IntersectionReader() {}

  /** Returns the entry, or null after recording its problems. */
  static FacetConfig read(Section facet) {
    List<ColumnRef> members = facet.columnRefList("name_or_index");
    if (members == null) {
      return null;
    }
    String ptr = facet.at("name_or_index");
    if (members.size() < 2) {
      facet
          .problems()
          .schema(ptr, "an intersection needs two or more columns; give one column as a string");
      return null;
    }
    Set<String> seen = new HashSet<>();
    for (ColumnRef m : members) {
      if (!seen.add(m.toString())) {
        facet.problems().schema(ptr, "column " + m + " is named twice; name each column once");
        return null;
      }
    }
    List<List<Object>> combinations = combinations(facet, members.size());
    return combinations == null
        ? null
        : new FacetConfig(members.get(0), List.of(), members, combinations);
  }

  private static List<List<Object>> combinations(Section facet, int width) {
    JsonNode v = facet.get("value_or_threshold");
    if (v == null) {
      return List.of();
    }
    String ptr = facet.at("value_or_threshold");
    if (!v.isArray()) {
      facet.values().wrongType(ptr, "an array of arrays with one value per column", v);
      return null;
    }
    List<List<Object>> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode combo = v.get(i);
      String at = ptr + "/" + i;
      if (!combo.isArray() || combo.size() != width) {
        facet
            .problems()
            .schema(
                at,
                "expected an array of "
                    + width
                    + " values, one per column of name_or_index; got "
                    + combo);
        return null;
      }
      List<Object> values = new ArrayList<>();
      for (int k = 0; k < width; k++) {
        Object e = facet.values().scalar(combo.get(k), at + "/" + k, false);
        if (e == NodeValues.INVALID) {
          return null;
        }
        values.add(e);
      }
      out.add(List.copyOf(values));
    }
    return List.copyOf(out);
  }
}
