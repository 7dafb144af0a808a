package dev.fairness.stats;

import java.util.stream.IntStream;

/**
 * Counts rows into a {@link BiasAccumulator} in fixed-size chunks, one accumulator per chunk, and
 * merges them: the same contract a distributed job uses across partitions. Chunks run in parallel;
 * the result does not depend on the scheduling because merging is exact integer addition. A test
 * fixture: the engine counts through {@code bias.count}.
 */
public final class BiasCounter {

  /** The default chunk size in rows. */
  public static final int DEFAULT_CHUNK = 1 << 16;

  private BiasCounter() {}

  /**
   * Returns the merged counts of all rows.
   *
   * @param facet membership of the sensitive group d per row
   * @param label positive label per row
   * @param predicted positive predicted label per row, or null before training (all false)
   * @param strata stratum index per row ({@link BiasAccumulator#NO_STRATUM} for none), or null
   * @param chunk rows per chunk (positive)
   */
  public static BiasAccumulator count(
      boolean[] facet, boolean[] label, boolean[] predicted, int[] strata, int chunk) {
    int n = facet.length;
    if (label.length != n
        || (predicted != null && predicted.length != n)
        || (strata != null && strata.length != n)) {
      throw new IllegalArgumentException("row arrays differ in length");
    }
    int chunks = (n + chunk - 1) / chunk;
    return IntStream.range(0, chunks)
        .parallel()
        .mapToObj(
            c -> {
              BiasAccumulator acc = new BiasAccumulator();
              int end = Math.min(n, (c + 1) * chunk);
              for (int i = c * chunk; i < end; i++) {
                acc.add(
                    facet[i],
                    label[i],
                    predicted != null && predicted[i],
                    strata == null ? BiasAccumulator.NO_STRATUM : strata[i]);
              }
              return acc;
            })
        .reduce(new BiasAccumulator(), (x, y) -> new BiasAccumulator().merge(x).merge(y));
  }
}
