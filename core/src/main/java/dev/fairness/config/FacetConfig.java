package dev.fairness.config;

import java.util.List;

/**
 * One {@code facet[]} entry (spec §2.3), of one column or, when {@code name_or_index} is an array,
 * an intersection of several (issue 17).
 *
 * @param nameOrIndex the facet column; for an intersection the first member
 * @param valueOrThreshold the values selecting the sensitive group d, or one threshold; elements
 *     are {@link Long}, {@link Double}, {@link String} or {@link Boolean} as typed in JSON; empty
 *     when absent or {@code []} (one group per distinct value); empty for an intersection
 * @param members an intersection's columns in order (two or more), else empty
 * @param combinations an intersection's {@code value_or_threshold}: one list per combination with
 *     one value or threshold per member; empty for every combination that occurs
 */
public record FacetConfig(
    ColumnRef nameOrIndex,
    List<Object> valueOrThreshold,
    List<ColumnRef> members,
    List<List<Object>> combinations) {

  /** Creates a single-column entry. */
  public FacetConfig(ColumnRef nameOrIndex, List<Object> valueOrThreshold) {
    this(nameOrIndex, valueOrThreshold, List.of(), List.of());
  }

  /** Returns true when the entry names several columns. */
  public boolean intersectional() {
    return !members.isEmpty();
  }
}
