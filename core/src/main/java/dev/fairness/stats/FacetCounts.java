package dev.fairness.stats;

/**
 * The counts of one facet group split into the sensitive group d ({@link #facet()}) and the rest a
 * ({@link #rest()}), over all rows or over one stratum of the group variable.
 *
 * @param facet counts of the sensitive group d
 * @param rest counts of the rest a
 */
public record FacetCounts(GroupCounts facet, GroupCounts rest) {

  /** Returns the counts of d and a together. */
  public GroupCounts total() {
    return facet.plus(rest);
  }

  /** Returns the counts with d and a exchanged. */
  public FacetCounts swapped() {
    return new FacetCounts(rest, facet);
  }
}
