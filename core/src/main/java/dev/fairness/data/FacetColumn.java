package dev.fairness.data;

import dev.fairness.config.FacetConfig;

/**
 * A {@code facet[]} entry with the table column it resolved to.
 *
 * @param column name of the facet column in the {@link Table}
 * @param config the entry as configured
 */
public record FacetColumn(String column, FacetConfig config) {}
