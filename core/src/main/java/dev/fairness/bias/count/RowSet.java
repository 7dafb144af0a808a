package dev.fairness.bias.count;

/**
 * A set of rows of the table (spec §4): the positive label or predicted rows, the sensitive group d
 * of a facet value. Held either as one bit per row or, for a rule on values, as the rule's answer
 * per value code ({@link ValueCodes}), which costs nothing per row beyond the codes.
 */
public final class RowSet {

  private final RowBits bits;
  private final ValueCodes codes;
  private final boolean[] member;

  private RowSet(RowBits bits, ValueCodes codes, boolean[] member) {
    this.bits = bits;
    this.codes = codes;
    this.member = member;
  }

  /** Returns the set of the rows in {@code bits}. */
  public static RowSet of(RowBits bits) {
    return new RowSet(bits, null, null);
  }

  /** Returns the set of the rows whose code {@code c} has {@code member[c]}. */
  public static RowSet byCode(ValueCodes codes, boolean[] member) {
    return new RowSet(null, codes, member);
  }

  /** Returns the number of rows of the table. */
  public int size() {
    return bits != null ? bits.size() : codes.column().size();
  }

  /** Returns true when the row is in the set. */
  public boolean contains(int row) {
    if (bits != null) {
      return bits.get(row);
    }
    int c = codes.code(row);
    return c >= 0 && member[c];
  }

  /** Returns the number of rows in the set. */
  public int count() {
    if (bits != null) {
      return bits.count();
    }
    int k = 0;
    for (int c = 0; c < member.length; c++) {
      k += member[c] ? codes.rows(c) : 0;
    }
    return k;
  }

  /** Returns, per code, whether its rows are in the set; null when the set is held as bits. */
  public boolean[] member() {
    return member;
  }

  /** Returns the value codes the set is defined on, or null when it is held as bits. */
  public ValueCodes codes() {
    return codes;
  }

  /** Returns the set as one {@code boolean} per row (FlipTest's input, tests). */
  public boolean[] toBooleans() {
    if (bits != null) {
      return bits.toBooleans();
    }
    boolean[] out = new boolean[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = contains(i);
    }
    return out;
  }
}
