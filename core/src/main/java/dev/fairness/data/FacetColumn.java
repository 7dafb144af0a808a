package dev.fairness.data;

import dev.fairness.config.FacetConfig;
import java.util.List;

/**
 * A {@code facet[]} entry with the table columns it resolved to.
 *
 * @param column the facet's key: the name of the facet column in the {@link Table}, or for an
 *     intersection its member columns' names joined by {@code ", "} (not a table column)
 * @param config the entry as configured
 * @param members the table columns of the entry: the one facet column, or an intersection's members
 *     in order
 */
public record FacetColumn(String column, FacetConfig config, List<String> members) {

  /** Creates the entry of one table column. */
  public FacetColumn(String column, FacetConfig config) {
    this(column, config, List.of(column));
  }

  /** Returns the entry of an intersection of {@code members}. */
  static FacetColumn intersection(List<String> members, FacetConfig config) {
    return new FacetColumn(String.join(", ", members), config, List.copyOf(members));
  }
}
