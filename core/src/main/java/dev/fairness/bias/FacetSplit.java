package dev.fairness.bias;

import dev.fairness.bias.count.LongValues;
import dev.fairness.bias.count.RowSet;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.Column;
import java.util.List;

/**
 * The facet groups of one {@code facet[]} entry (spec §4.3) and, per row, the group whose sensitive
 * set d the row is in: the one group of a value or threshold entry as a {@link RowSet}, the groups
 * of a one-vs-rest entry through the row's value code; nothing is stored per group per row.
 */
public final class FacetSplit {

  private final List<String> groups;
  private final RowSet only; // the one group's rows, or null for one-vs-rest
  private final ValueCodes codes; // one-vs-rest: the facet's value codes, or null
  private final Column column; // one-vs-rest without codes: the facet column
  private final LongValues values; // one-vs-rest without codes: the column's values
  private final int[] groupOf; // one-vs-rest: the group of each code or value index, or -1

  private FacetSplit(
      List<String> groups,
      RowSet only,
      ValueCodes codes,
      Column column,
      LongValues values,
      int[] groupOf) {
    this.groups = List.copyOf(groups);
    this.only = only;
    this.codes = codes;
    this.column = column;
    this.values = values;
    this.groupOf = groupOf;
  }

  /** Returns the split of a value or threshold entry: one group, the rows in {@code d}. */
  static FacetSplit single(String valueOrThreshold, RowSet d) {
    return new FacetSplit(List.of(valueOrThreshold), d, null, null, null, null);
  }

  /** Returns a one-vs-rest split: {@code groupOf[c]} is the group of the rows with code c. */
  static FacetSplit byCode(List<String> groups, ValueCodes codes, int[] groupOf) {
    return new FacetSplit(groups, null, codes, null, null, groupOf);
  }

  /**
   * Returns a one-vs-rest split of an INT column without value codes (a wide value range): {@code
   * groupOf[k]} is the group of {@code values.values()[k]}.
   */
  static FacetSplit byValue(List<String> groups, Column column, LongValues values, int[] groupOf) {
    return new FacetSplit(groups, null, null, column, values, groupOf);
  }

  /**
   * Returns the one-vs-rest groups {@code from} (inclusive) to {@code to} (exclusive) of this split
   * as a split of their own: each group's d is unchanged, the rows of the other groups join every
   * rest, which they are in already.
   */
  FacetSplit part(int from, int to) {
    int[] sub = new int[groupOf.length];
    for (int k = 0; k < sub.length; k++) {
      int g = groupOf[k];
      sub[k] = g >= from && g < to ? g - from : -1;
    }
    return new FacetSplit(groups.subList(from, to), null, codes, column, values, sub);
  }

  /** Returns the {@code value_or_threshold} strings of the groups, in §4.3 order. */
  public List<String> groups() {
    return groups;
  }

  /** Returns the rows of the only group of a value or threshold entry, else null. */
  RowSet only() {
    return only;
  }

  /** Returns the value codes of a one-vs-rest entry, else null. */
  ValueCodes codes() {
    return codes;
  }

  /** Returns the group index of each code of {@link #codes()} (-1: no group), else null. */
  int[] groupOf() {
    return codes != null ? groupOf : null;
  }

  /** Returns the index of the group whose d holds the row, or -1 when the row is in no d. */
  int group(int row) {
    if (only != null) {
      return only.contains(row) ? 0 : -1;
    }
    if (codes != null) {
      int c = codes.code(row);
      return c < 0 ? -1 : groupOf[c];
    }
    return column.isMissing(row) ? -1 : groupOf[values.index(LongValues.at(column, row))];
  }

  /** Returns, per row, whether it is in the sensitive set d of group {@code g}. */
  public boolean[] sensitive(int g) {
    if (only != null) {
      return only.toBooleans();
    }
    int n = codes != null ? codes.column().size() : column.size();
    boolean[] d = new boolean[n];
    for (int i = 0; i < n; i++) {
      d[i] = group(i) == g;
    }
    return d;
  }
}
