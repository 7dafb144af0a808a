package dev.fairness.config;

import java.util.List;

/**
 * One {@code facet[]} entry (spec §2.3).
 *
 * @param nameOrIndex the facet column
 * @param valueOrThreshold the values selecting the sensitive group d, or one threshold; elements
 *     are {@link Long}, {@link Double}, {@link String} or {@link Boolean} as typed in JSON; empty
 *     when absent or {@code []} (one group per distinct value)
 * @param kind our key {@code kind}: {@code categorical} or {@code continuous}, or null for
 *     Clarify's 5 % uniqueness rule
 */
public record FacetConfig(ColumnRef nameOrIndex, List<Object> valueOrThreshold, String kind) {

  /** Creates a facet entry without {@code kind}. */
  public FacetConfig(ColumnRef nameOrIndex, List<Object> valueOrThreshold) {
    this(nameOrIndex, valueOrThreshold, null);
  }
}
