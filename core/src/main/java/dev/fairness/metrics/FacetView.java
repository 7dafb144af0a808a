package dev.fairness.metrics;

import dev.fairness.stats.FacetCounts;
import dev.fairness.stats.GroupCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * What a metric sees of one facet group: the counts of d and a, the counts per stratum of the group
 * variable, and the Flip Test source.
 *
 * @param counts counts of d ({@code facet}) and a ({@code rest}) over all rows
 * @param strata counts per stratum in ascending stratum order, or null without a group variable
 * @param flip the Flip Test source, or null when FT cannot be computed here
 */
public record FacetView(FacetCounts counts, List<FacetCounts> strata, FlipTestSource flip) {

  /** Returns the counts of the sensitive group d. */
  public GroupCounts facet() {
    return counts.facet();
  }

  /** Returns the counts of the rest a. */
  public GroupCounts rest() {
    return counts.rest();
  }

  /** Returns the counts of all rows. */
  public GroupCounts all() {
    return counts.total();
  }

  /** Returns the view with d and a exchanged (the Flip Test source is dropped). */
  public FacetView swapped() {
    List<FacetCounts> s = null;
    if (strata != null) {
      s = new ArrayList<>();
      for (FacetCounts c : strata) {
        s.add(c.swapped());
      }
    }
    return new FacetView(counts.swapped(), s, null);
  }
}
