package dev.fairness.stats;

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
  private final long[] remaining;
  private final BinomialSampler sampler;

  /** Creates replicates of the counts in {@code counts}, drawn from {@code random}. */
  public TableBootstrap(BiasAccumulator counts, SplittableRandom random) {
    int slots = counts.strataCount() + 1;
    cells = new long[slots * CELLS_PER_SLOT];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = counts.count(facet(i), label(i), predicted(i), stratum(i));
    }
    remaining = new long[cells.length + 1];
    for (int i = cells.length - 1; i >= 0; i--) {
      remaining[i] = remaining[i + 1] + cells[i];
    }
    sampler = new BinomialSampler(random);
  }

  /** Returns the number of rows n of the original counts (and of every replicate). */
  public long rows() {
    return remaining[0];
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
    long left = remaining[0];
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] == 0 || left == 0) {
        out[i] = 0;
        continue;
      }
      long x =
          cells[i] == remaining[i]
              ? left
              : sampler.next(left, (double) cells[i] / (double) remaining[i]);
      out[i] = x;
      left -= x;
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
