package dev.fairness.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Bootstrap replicates of a {@link BiasAccumulator}: each replicate has the counts of n rows drawn
 * with replacement from the n counted rows. Since only the cell counts matter, a replicate is one
 * multinomial draw of n over the cells with probabilities count/n, made as a chain of conditional
 * binomials ({@link BinomialSampler}), so it costs O(cells) whatever n is.
 */
public final class TableBootstrap {

  private static final int CELLS_PER_SLOT = 8;

  private final long[] cells;
  private final long rows;
  private final int[] nonEmpty; // indexes of the cells with rows, in order
  private final double[] share; // cells[nonEmpty[k]] / rows in it and the cells after it
  private final BinomialSampler sampler;

  /** Creates replicates of the counts in {@code counts}, drawn from {@code random}. */
  public TableBootstrap(BiasAccumulator counts, SplittableRandom random) {
    int slots = counts.strataCount() + 1;
    cells = new long[slots * CELLS_PER_SLOT];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = counts.count(facet(i), label(i), predicted(i), stratum(i));
    }
    int k = 0;
    for (long c : cells) {
      k += c > 0 ? 1 : 0;
    }
    nonEmpty = new int[k];
    share = new double[k];
    long remaining = 0;
    for (int i = cells.length - 1; i >= 0; i--) {
      if (cells[i] > 0) {
        remaining += cells[i];
        nonEmpty[--k] = i;
        share[k] = (double) cells[i] / (double) remaining;
      }
    }
    rows = remaining;
    sampler = new BinomialSampler(random);
  }

  /** Returns the number of rows n of the original counts (and of every replicate). */
  public long rows() {
    return rows;
  }

  /** Returns the next replicate. */
  public BiasAccumulator next() {
    long[] draw = new long[cells.length];
    next(draw);
    BiasAccumulator out = new BiasAccumulator();
    for (int i = 0; i < draw.length; i++) {
      if (draw[i] > 0) {
        out.add(facet(i), label(i), predicted(i), stratum(i), draw[i]);
      }
    }
    return out;
  }

  /** Returns the number of cells of a replicate: 8 per slot (no stratum, then each stratum). */
  public int cellCount() {
    return cells.length;
  }

  /**
   * Writes the next replicate's counts into {@code out} (length {@link #cellCount()}), laid out as
   * {@link BiasAccumulator} slots: cell {@code (stratum + 1)·8 + facet·4 + label·2 + predicted}.
   * Draws exactly what {@link #next()} draws, without allocating.
   */
  public void next(long[] out) {
    Arrays.fill(out, 0);
    long left = rows;
    int last = nonEmpty.length - 1;
    for (int k = 0; k < last && left > 0; k++) {
      long x = sampler.next(left, share[k]);
      out[nonEmpty[k]] = x;
      left -= x;
    }
    if (last >= 0) {
      out[nonEmpty[last]] = left; // the last cell with rows takes the rest (its share is 1)
    }
  }

  private static boolean facet(int i) {
    return (i & 4) != 0;
  }

  private static boolean label(int i) {
    return (i & 2) != 0;
  }

  private static boolean predicted(int i) {
    return (i & 1) != 0;
  }

  private static int stratum(int i) {
    return i / CELLS_PER_SLOT - 1;
  }
}
