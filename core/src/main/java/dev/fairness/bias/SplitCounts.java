package dev.fairness.bias;

import dev.fairness.bias.count.CellTally;
import dev.fairness.bias.count.ConfusionTable;
import dev.fairness.bias.count.RowSet;
import dev.fairness.bias.count.TallyDim;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.stats.BiasAccumulator;
import dev.fairness.stats.GroupCounts;

/**
 * The counts of every group of one {@link FacetSplit}, tallied in one pass over the rows by (facet
 * group, stratum, label, prediction). The rest a of group g is every row minus its d, so the groups
 * of a one-vs-rest entry cost one pass in all; pre-training counts are the same tallies with the
 * prediction folded away. Tallied by label and predicted value, the same pass also gives the
 * multi-class confusion matrix.
 */
final class SplitCounts {

  /** Most tally cells counted in one pass; beyond it the tally is coarser or split. */
  private static final int MAX_CELLS = 1 << 21;

  private final BiasAccumulator[] post;
  private final BiasAccumulator[] pre;
  private GroupCounts all;
  private ConfusionTable confusion;

  private SplitCounts(int groups) {
    this.post = new BiasAccumulator[groups];
    this.pre = new BiasAccumulator[groups];
  }

  /**
   * Counts the rows of a split.
   *
   * @param split the facet groups
   * @param y the positive label rows
   * @param yhat the positive predicted rows, or null (every prediction negative)
   * @param strata the strata, or null without a group variable
   * @param classes true to tally by label and predicted value too, for {@link #confusion()}
   */
  static SplitCounts count(
      FacetSplit split, RowSet y, RowSet yhat, GroupVariable.Strata strata, boolean classes) {
    return count(split, y, yhat, strata, classes, MAX_CELLS, null);
  }

  /** Returns {@link #count} for a table whose row i stands for {@code rowCounts[i]} rows. */
  static SplitCounts count(
      FacetSplit split,
      RowSet y,
      RowSet yhat,
      GroupVariable.Strata strata,
      boolean classes,
      long[] rowCounts) {
    return count(split, y, yhat, strata, classes, MAX_CELLS, rowCounts);
  }

  /** Returns {@link #count} with at most {@code maxCells} tally cells per pass. */
  static SplitCounts count(
      FacetSplit split,
      RowSet y,
      RowSet yhat,
      GroupVariable.Strata strata,
      boolean classes,
      int maxCells,
      long[] rowCounts) {
    int groups = split.groups().size();
    SplitCounts out = new SplitCounts(groups);
    TallyDim s = strata(strata);
    Outcome label = classes ? Outcome.byValue(y) : null;
    Outcome predicted = classes && label != null ? Outcome.byValue(yhat) : null;
    if (predicted == null
        || (long) (groups + 1) * s.size() * label.dim.size() * predicted.dim.size() > maxCells) {
      label = Outcome.bySet(y);
      predicted = yhat == null ? Outcome.none() : Outcome.bySet(yhat);
      classes = false;
    }
    int perGroup = s.size() * label.dim.size() * predicted.dim.size();
    if ((long) (groups + 1) * perGroup <= maxCells) {
      long[] cells =
          CellTally.count(y.size(), groupDim(split, -1), s, label.dim, predicted.dim, rowCounts);
      long[] all = new long[perGroup];
      for (int i = 0; i < cells.length; i++) {
        all[i % perGroup] += cells[i];
      }
      for (int g = 0; g < groups; g++) {
        out.add(g, cells, (g + 1) * perGroup, all, label, predicted, yhat != null);
      }
      out.finish(all, label, predicted, classes);
    } else {
      for (int g = 0; g < groups; g++) {
        long[] cells =
            CellTally.count(y.size(), groupDim(split, g), s, label.dim, predicted.dim, rowCounts);
        long[] all = new long[perGroup];
        for (int i = 0; i < cells.length; i++) {
          all[i % perGroup] += cells[i];
        }
        out.add(g, cells, perGroup, all, label, predicted, yhat != null);
        out.finish(all, label, predicted, false);
      }
    }
    return out;
  }

  /** Returns the counts of group {@code g} with predictions. */
  BiasAccumulator post(int g) {
    return post[g];
  }

  /** Returns the counts of group {@code g} with every prediction negative. */
  BiasAccumulator pre(int g) {
    return pre[g];
  }

  /** Returns the (label, prediction) confusion counts of all rows, or null without groups. */
  GroupCounts all() {
    return all;
  }

  /** Returns the multi-class confusion matrix when tallied by value, else null. */
  ConfusionTable confusion() {
    return confusion;
  }

  /** A label or prediction dimension and, per index, whether it is positive. */
  private record Outcome(TallyDim dim, boolean[] positive, ValueCodes codes, int[] codeOf) {

    static Outcome none() {
      return new Outcome(TallyDim.none(), new boolean[1], null, null);
    }

    static Outcome bySet(RowSet set) {
      return new Outcome(TallyDim.ofSet(set), new boolean[] {false, true}, null, null);
    }

    /** Returns the dimension by value code (0 = missing), or null without byte or short codes. */
    static Outcome byValue(RowSet set) {
      ValueCodes codes = set == null ? null : set.codes();
      if (codes == null) {
        return null;
      }
      int distinct = codes.distinct();
      int[] index = new int[codes.size()];
      int[] codeOf = new int[distinct + 1];
      boolean[] positive = new boolean[distinct + 1];
      codeOf[0] = -1;
      int k = 0;
      for (int c = 0; c < index.length; c++) {
        if (codes.rows(c) > 0) {
          index[c] = ++k;
          codeOf[k] = c;
          positive[k] = set.member()[c];
        }
      }
      return new Outcome(TallyDim.ofCodes(distinct + 1, codes, index, 0), positive, codes, codeOf);
    }
  }

  private static TallyDim strata(GroupVariable.Strata strata) {
    if (strata == null) {
      return TallyDim.none();
    }
    if (strata.valueCodes() == null) {
      return TallyDim.ofRows(strata.count() + 1, row -> strata.code(row) + 1);
    }
    int[] rank = strata.rankOfCode();
    int[] index = new int[rank.length];
    for (int c = 0; c < index.length; c++) {
      index[c] = rank[c] + 1;
    }
    return TallyDim.ofCodes(strata.count() + 1, strata.valueCodes(), index, 0);
  }

  /**
   * Returns the facet dimension: with {@code only} = -1 the row's group + 1 (0 for none), else 1
   * when the row is in group {@code only}.
   */
  private static TallyDim groupDim(FacetSplit split, int only) {
    if (split.only() != null) {
      return TallyDim.ofSet(split.only());
    }
    int size = only < 0 ? split.groups().size() + 1 : 2;
    int[] groupOf = split.groupOf();
    if (groupOf == null) {
      return TallyDim.ofRows(
          size,
          row -> {
            int g = split.group(row);
            return only < 0 ? g + 1 : (g == only ? 1 : 0);
          });
    }
    int[] index = new int[groupOf.length];
    for (int c = 0; c < index.length; c++) {
      int g = groupOf[c];
      index[c] = only < 0 ? g + 1 : (g == only ? 1 : 0);
    }
    return TallyDim.ofCodes(size, split.codes(), index, 0);
  }

  /** Adds group g's accumulators from the tally cells starting at {@code base}. */
  private void add(
      int g,
      long[] cells,
      int base,
      long[] all,
      Outcome label,
      Outcome predicted,
      boolean withPredictions) {
    BiasAccumulator postAcc = new BiasAccumulator();
    BiasAccumulator preAcc = withPredictions ? new BiasAccumulator() : postAcc;
    int nl = label.dim.size();
    int np = predicted.dim.size();
    for (int k = 0; k < all.length; k++) {
      long d = cells[base + k];
      long a = all[k] - d;
      if (d == 0 && a == 0) {
        continue;
      }
      int stratum = k / (nl * np) - 1;
      boolean yy = label.positive[(k / np) % nl];
      boolean pp = predicted.positive[k % np];
      postAcc.add(true, yy, pp, stratum, d);
      postAcc.add(false, yy, pp, stratum, a);
      if (withPredictions) {
        preAcc.add(true, yy, false, stratum, d);
        preAcc.add(false, yy, false, stratum, a);
      }
    }
    post[g] = postAcc;
    pre[g] = preAcc;
  }

  /** Sets the counts of all rows and, tallied by value, the confusion matrix. */
  private void finish(long[] all, Outcome label, Outcome predicted, boolean classes) {
    int nl = label.dim.size();
    int np = predicted.dim.size();
    long[] c = new long[4];
    long[][] pairs = classes ? new long[nl][np] : null;
    for (int k = 0; k < all.length; k++) {
      int l = (k / np) % nl;
      int p = k % np;
      c[(label.positive[l] ? 2 : 0) + (predicted.positive[p] ? 1 : 0)] += all[k];
      if (classes) {
        pairs[l][p] += all[k];
      }
    }
    // index y * 2 + yhat: 0 = TN, 1 = FP, 2 = FN, 3 = TP
    this.all = GroupCounts.ofConfusion(c[3], c[1], c[2], c[0]);
    if (classes) {
      confusion =
          ConfusionTable.ofPairs(
              label.codes, label.codeOf, predicted.codes, predicted.codeOf, pairs);
    }
  }
}
