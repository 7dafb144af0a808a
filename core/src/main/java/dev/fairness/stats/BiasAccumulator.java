package dev.fairness.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mergeable counts of rows keyed by (facet bucket d/a, label class, predicted class, stratum): the
 * sufficient statistics of every count-based bias metric (spec §5).
 *
 * <p>Contract: {@link #merge} is associative and commutative, and a new instance is its identity;
 * accumulating rows in any partition and merging the partial accumulators in any order yields
 * counts equal (by {@link #equals}) to accumulating all rows in one instance. The state is plain
 * {@code long} counts; the class holds no reference to configuration or I/O. Not thread-safe: use
 * one instance per thread and merge.
 */
public final class BiasAccumulator {

  /** Stratum index of a row that belongs to no stratum (missing group value, or no variable). */
  public static final int NO_STRATUM = -1;

  // Slot s (0 = no stratum, g + 1 = stratum g) holds 8 cells: index d*4 + y*2 + yhat.
  private long[] cells = new long[8];

  /**
   * Counts one row.
   *
   * @param facet whether the row is in the sensitive group d
   * @param label whether its label is positive
   * @param predicted whether its predicted label is positive ({@code false} before training)
   * @param stratum its stratum index (0-based), or {@link #NO_STRATUM}
   */
  public void add(boolean facet, boolean label, boolean predicted, int stratum) {
    add(facet, label, predicted, stratum, 1);
  }

  /**
   * Counts {@code rows} rows that share one cell, as {@code rows} calls of {@link #add(boolean,
   * boolean, boolean, int)} would: for counts tallied elsewhere from primitive codes.
   */
  public void add(boolean facet, boolean label, boolean predicted, int stratum, long rows) {
    int base = (stratum + 1) * 8;
    if (base >= cells.length) {
      cells = Arrays.copyOf(cells, Math.max(base + 8, cells.length * 2));
    }
    cells[base + (facet ? 4 : 0) + (label ? 2 : 0) + (predicted ? 1 : 0)] += rows;
  }

  /** Adds every count of {@code other} to this accumulator and returns this accumulator. */
  public BiasAccumulator merge(BiasAccumulator other) {
    if (other.cells.length > cells.length) {
      cells = Arrays.copyOf(cells, other.cells.length);
    }
    for (int i = 0; i < other.cells.length; i++) {
      cells[i] += other.cells[i];
    }
    return this;
  }

  /** Returns the count of rows in one cell; {@code stratum} may be {@link #NO_STRATUM}. */
  public long count(boolean facet, boolean label, boolean predicted, int stratum) {
    int i = (stratum + 1) * 8 + (facet ? 4 : 0) + (label ? 2 : 0) + (predicted ? 1 : 0);
    return i < cells.length ? cells[i] : 0;
  }

  /** Returns the number of strata seen: one more than the highest stratum index with a row. */
  public int strataCount() {
    for (int s = cells.length / 8 - 1; s >= 1; s--) {
      for (int c = 0; c < 8; c++) {
        if (cells[s * 8 + c] != 0) {
          return s;
        }
      }
    }
    return 0;
  }

  /** Returns the counts of d and a over all rows, whatever their stratum. */
  public FacetCounts overall() {
    GroupCounts d = GroupCounts.EMPTY;
    GroupCounts a = GroupCounts.EMPTY;
    for (int s = 0; s < cells.length / 8; s++) {
      d = d.plus(group(s, true));
      a = a.plus(group(s, false));
    }
    return new FacetCounts(d, a);
  }

  /**
   * Returns the counts of d and a in each stratum {@code 0 .. strata-1} (rows of no stratum are
   * left out); strata without rows give zero counts.
   */
  public List<FacetCounts> byStratum(int strata) {
    List<FacetCounts> out = new ArrayList<>(strata);
    for (int g = 0; g < strata; g++) {
      out.add(new FacetCounts(group(g + 1, true), group(g + 1, false)));
    }
    return out;
  }

  private GroupCounts group(int slot, boolean facet) {
    int base = slot * 8 + (facet ? 4 : 0);
    if (base >= cells.length) {
      return GroupCounts.EMPTY;
    }
    // index y*2 + yhat: 0 = TN, 1 = FP, 2 = FN, 3 = TP
    return GroupCounts.ofConfusion(cells[base + 3], cells[base + 1], cells[base + 2], cells[base]);
  }

  /** Returns true when both accumulators hold the same counts in every cell. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BiasAccumulator other)) {
      return false;
    }
    int n = Math.max(cells.length, other.cells.length);
    for (int i = 0; i < n; i++) {
      long x = i < cells.length ? cells[i] : 0;
      long y = i < other.cells.length ? other.cells[i] : 0;
      if (x != y) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int end = cells.length;
    while (end > 0 && cells[end - 1] == 0) {
      end--;
    }
    return Arrays.hashCode(Arrays.copyOf(cells, end));
  }

  @Override
  public String toString() {
    return "BiasAccumulator" + Arrays.toString(cells);
  }
}
