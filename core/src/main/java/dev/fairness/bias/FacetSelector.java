package dev.fairness.bias;

import dev.fairness.Finding;
import dev.fairness.RunLog;
import dev.fairness.bias.count.LongValues;
import dev.fairness.bias.count.RowBits;
import dev.fairness.bias.count.RowSet;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.DataException;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Splits rows into facet groups d / a (spec §4.3). */
public final class FacetSelector {

  /** smclarify's error for a continuous facet without a threshold. */
  public static final String NO_THRESHOLD =
      "Threshold values must be provided for continuous features";

  /**
   * Most groups a facet without {@code value_or_threshold} may have: every group is a report
   * section with its own metrics, so an identifier-like column is refused.
   */
  public static final int MAX_GROUPS = 10_000;

  private FacetSelector() {}

  /**
   * Returns the groups of one {@code facet[]} entry, in §4.3 order, logging the kind line and the
   * [ADAPT] warnings (missing cells, empty or full groups, two-integer continuous column).
   *
   * @param facet the facet column
   * @param values the {@code value_or_threshold} list (empty when absent)
   * @param log where lines go
   * @throws DataException for a continuous facet without a usable threshold, a value that cannot be
   *     compared with the column, or more than {@link #MAX_GROUPS} one-vs-rest groups
   */
  public static FacetSplit groups(Column facet, List<Object> values, RunLog log) {
    return groups(facet, values, null, null, "facet", log);
  }

  /**
   * Returns {@link #groups(Column, List, RunLog)} for a counted table ({@link
   * dev.fairness.CountedAnalysis}, {@code counts} null: one row each), with the facet's kind {@code
   * given} by its {@code kind} key (null: Clarify's rule); {@code where} names the entry ({@code
   * facet[0]}) in findings.
   */
  public static FacetSplit groups(
      Column facet,
      List<Object> values,
      long[] counts,
      ColumnKind given,
      String where,
      RunLog log) {
    List<Object> vals = values == null ? List.of() : values;
    ValueCodes codes = ValueCodes.of(facet);
    ColumnKind kind = ColumnKind.infer(facet, codes, vals, counts, given, log);
    int inOnlyGroup;
    FacetSplit split;
    if (kind == ColumnKind.CONTINUOUS) {
      if (vals.isEmpty()) {
        throw new DataException(NO_THRESHOLD);
      }
      Interval in = interval(facet, codes, vals, log);
      split = FacetSplit.single(in.rule().text(), in.rows());
      inOnlyGroup = in.rows().count();
    } else if (!vals.isEmpty()) {
      RowSet d = ValueMatcher.match(facet, codes, vals);
      split = FacetSplit.single(LabelRule.joined(vals), d);
      inOnlyGroup = d.count();
      if (given == null) {
        FacetFindings.oneValueCategorical(
            facet, codes, vals, FacetFindings.rows(d, counts), counts, where, log);
      }
    } else {
      split = oneVersusRest(facet, codes, counts, log);
      // every one-vs-rest group holds a row; one holds them all when it is the only value
      inOnlyGroup = split.groups().size() == 1 ? facet.size() - facet.missingCount() : -1;
    }
    if (!vals.isEmpty()) {
      FacetFindings.missing(facet, kind, given, counts, where, log);
    }
    if (split.groups().size() == 1) {
      String g = split.groups().get(0);
      if (inOnlyGroup == 0) {
        log.warn("Facet " + facet.name() + " group " + g + " is empty");
      } else if (inOnlyGroup == facet.size()) {
        log.warn("Facet " + facet.name() + " group " + g + " contains every row");
      }
    }
    return split;
  }

  /** The interval of a threshold and the rows inside it. */
  record Interval(IntervalRule rule, RowSet rows) {}

  /** Returns the §4.2 interval of a CONTINUOUS column's threshold {@code vals} and its rows. */
  static Interval interval(Column facet, ValueCodes codes, List<Object> vals, RunLog log) {
    Number t = Thresholds.threshold(vals);
    Thresholds.requireSomeValue(facet, t);
    NumericColumn c = new NumericColumn(facet);
    if (codes != null) {
      long[] v = c.codeValues(codes);
      IntervalRule rule = IntervalRule.of(t, NumericColumn.max(codes, v));
      Thresholds.warnTwoIntegers(c, codes, v, vals.get(0), rule, log);
      return new Interval(rule, RowSet.byCode(codes, rule.selectCodes(codes, v, false)));
    }
    IntervalRule rule = IntervalRule.of(t, c.max());
    Thresholds.warnTwoIntegers(c, vals.get(0), rule, log);
    return new Interval(rule, RowSet.of(rule.select(c)));
  }

  /**
   * Returns the splits of one {@code facet[]} entry: the one of {@link #groups}, except for a
   * one-vs-rest BOOL column with missing cells. There pandas keeps the column as objects
   * True/False/NaN, so smclarify's {@code unique()} gives a group {@code nan} too, at the place of
   * the first missing row; its rows are those equal to {@code bool(nan)}, which is True, when the
   * first row holds a boolean (smclarify converts the value to the type of the first cell), and
   * none when the first row is missing. That group is kept, with a warning that says what it holds.
   */
  public static List<FacetSplit> splits(Column facet, List<Object> values, RunLog log) {
    return splits(facet, values, null, null, "facet", log);
  }

  /** Returns {@link #splits(Column, List, RunLog)} with counts, the kind and the place. */
  public static List<FacetSplit> splits(
      Column facet,
      List<Object> values,
      long[] counts,
      ColumnKind given,
      String where,
      RunLog log) {
    FacetSplit split = groups(facet, values, counts, given, where, log);
    if ((values != null && !values.isEmpty())
        || facet.type() != ColumnType.BOOL
        || facet.missingCount() == 0) {
      return List.of(split);
    }
    int firstMissing = 0;
    while (!facet.isMissing(firstMissing)) {
      firstMissing++;
    }
    long missingRows = 0;
    for (int i = firstMissing; i < facet.size(); i++) {
      missingRows += facet.isMissing(i) ? (counts == null ? 1 : counts[i]) : 0;
    }
    Set<Object> before = new HashSet<>();
    for (int i = 0; i < firstMissing; i++) {
      before.add(facet.get(i));
    }
    int at = before.size();
    RowBits nan = new RowBits(facet.size());
    long nanRows = 0;
    if (firstMissing > 0) {
      for (int i = 0; i < facet.size(); i++) {
        if (Boolean.TRUE.equals(facet.get(i))) {
          nan.set(i);
          nanRows += counts == null ? 1 : counts[i];
        }
      }
    }
    log.finding(
        new Finding(
            Finding.Code.NAN_GROUP,
            where,
            "Facet "
                + facet.name()
                + " is boolean with "
                + missingRows
                + " missing cells: as in smclarify they add a group nan, which holds "
                + (firstMissing > 0
                    ? "the " + nanRows + " rows with True (Python's bool(nan) is True)"
                    : "no row (the first row is missing)"),
            "give value_or_threshold to choose the groups, or fill the missing cells",
            true));
    List<FacetSplit> out = new ArrayList<>();
    int n = split.groups().size();
    if (at > 0) {
      out.add(at == n ? split : split.part(0, at));
    }
    out.add(FacetSplit.single("nan", RowSet.of(nan)));
    if (at < n) {
      out.add(at == 0 ? split : split.part(at, n));
    }
    return out;
  }

  /** One group per distinct non-missing value, in order of first appearance. */
  static FacetSplit oneVersusRest(Column facet, ValueCodes codes, RunLog log) {
    return oneVersusRest(facet, codes, null, log);
  }

  /** One group per distinct non-missing value; {@code counts} weighs each row (null: one each). */
  private static FacetSplit oneVersusRest(
      Column facet, ValueCodes codes, long[] counts, RunLog log) {
    // a FLOAT column is CONTINUOUS, refused above without a threshold
    LongValues values = null;
    int distinct;
    if (codes != null) {
      distinct = codes.distinct();
    } else if (facet.type() == ColumnType.STRING) {
      distinct = facet.dictionary().length;
    } else {
      values = LongValues.of(facet);
      distinct = values.count();
    }
    if (distinct > MAX_GROUPS) {
      throw new DataException(
          "Facet "
              + facet.name()
              + " has "
              + distinct
              + " distinct values; one-vs-rest analysis is limited to "
              + MAX_GROUPS
              + " groups; give value_or_threshold");
    }
    if (facet.missingCount() > 0 && facet.type() != ColumnType.BOOL) {
      log.warn(
          "Facet "
              + facet.name()
              + " has "
              + ColumnKind.missing(facet, counts)
              + " rows with a missing value; they form no group and count in the rest of every"
              + " group");
    }
    List<String> groups = new ArrayList<>(distinct);
    int[] groupOf = new int[codes != null ? codes.size() : distinct];
    Arrays.fill(groupOf, -1);
    boolean anyMissing = facet.missingCount() > 0;
    for (int i = 0, n = facet.size(); i < n && groups.size() < distinct; i++) {
      if (!anyMissing || !facet.isMissing(i)) {
        int k = codes != null ? codes.code(i) : values.index(LongValues.at(facet, i));
        if (groupOf[k] < 0) {
          groupOf[k] = groups.size();
          groups.add(ValueText.render(codes != null ? codes.value(k) : facet.get(i)));
        }
      }
    }
    return codes != null
        ? FacetSplit.byCode(groups, codes, groupOf)
        : FacetSplit.byValue(groups, facet, values, groupOf);
  }
}
