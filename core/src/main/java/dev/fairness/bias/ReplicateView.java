package dev.fairness.bias;

import dev.fairness.metrics.FacetView;
import dev.fairness.stats.FacetCounts;
import dev.fairness.stats.GroupCounts;
import java.util.AbstractList;

/**
 * What the metrics see of one bootstrap replicate, read straight from its cell counts ({@link
 * dev.fairness.stats.TableBootstrap#next(long[])}): the overall counts summed as primitives, and
 * the strata as a list computed only when a metric reads it (CDDL, CDDPL), so a replicate of the
 * other metrics allocates four small records.
 */
final class ReplicateView {

  private ReplicateView() {}

  /** Returns the view of {@code cells}; {@code strata} is the strata count, or -1 for none. */
  static FacetView of(long[] cells, int strata) {
    long[] sum = new long[8];
    for (int i = 0; i < cells.length; i++) {
      sum[i & 7] += cells[i];
    }
    FacetCounts overall = new FacetCounts(group(sum, 0, true), group(sum, 0, false));
    return new FacetView(overall, strata < 0 ? null : new Strata(cells, strata), null);
  }

  /** Counts of d or a in slot {@code slot}: cell index y·2 + ŷ within the facet's four cells. */
  private static GroupCounts group(long[] cells, int slot, boolean facet) {
    int base = slot * 8 + (facet ? 4 : 0);
    if (base >= cells.length) {
      return GroupCounts.EMPTY;
    }
    return GroupCounts.ofConfusion(cells[base + 3], cells[base + 1], cells[base + 2], cells[base]);
  }

  /** The strata of a replicate, computed on access from the (live) cell array. */
  private static final class Strata extends AbstractList<FacetCounts> {
    private final long[] cells;
    private final int size;

    Strata(long[] cells, int size) {
      this.cells = cells;
      this.size = size;
    }

    @Override
    public FacetCounts get(int g) {
      return new FacetCounts(group(cells, g + 1, true), group(cells, g + 1, false));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
