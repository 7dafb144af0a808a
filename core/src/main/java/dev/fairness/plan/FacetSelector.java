package dev.fairness.plan;

import dev.fairness.RunLog;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.DataException;
import dev.fairness.data.ValueText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits rows into facet groups d / a (spec §4.3). */
public final class FacetSelector {

  /** smclarify's error for a continuous facet without a threshold. */
  public static final String NO_THRESHOLD =
      "Threshold values must be provided for continuous features";

  /**
   * Most groups a facet without {@code value_or_threshold} may have: each group holds a row mask,
   * so an identifier-like column would otherwise need rows × values bytes.
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
  public static List<FacetGroup> groups(Column facet, List<Object> values, RunLog log) {
    List<Object> vals = values == null ? List.of() : values;
    ColumnKind kind = ColumnKind.infer(facet, vals, log);
    List<FacetGroup> out = new ArrayList<>();
    if (kind == ColumnKind.CONTINUOUS) {
      if (vals.isEmpty()) {
        throw new DataException(NO_THRESHOLD);
      }
      Number t = Thresholds.threshold(vals);
      NumericColumn c = new NumericColumn(facet);
      IntervalRule rule = IntervalRule.of(t, c.max());
      Thresholds.warnTwoIntegers(c, vals.get(0), rule, log);
      boolean[] sens = new boolean[c.size()];
      for (int i = 0; i < sens.length; i++) {
        sens[i] = rule.contains(c, i);
      }
      out.add(new FacetGroup(rule.text(), sens));
    } else if (!vals.isEmpty()) {
      out.add(new FacetGroup(LabelRule.joined(vals), ValueMatcher.match(facet, vals)));
    } else {
      out.addAll(oneVersusRest(facet, log));
    }
    for (FacetGroup g : out) {
      int k = LabelRule.count(g.sensitive());
      if (k == 0) {
        log.warn("Facet " + facet.name() + " group " + g.valueOrThreshold() + " is empty");
      } else if (k == facet.size()) {
        log.warn(
            "Facet " + facet.name() + " group " + g.valueOrThreshold() + " contains every row");
      }
    }
    return out;
  }

  /** One group per distinct non-missing value, in order of first appearance. */
  private static List<FacetGroup> oneVersusRest(Column facet, RunLog log) {
    int n = facet.size();
    Map<Object, Integer> codes = new LinkedHashMap<>();
    int[] code = new int[n];
    for (int i = 0; i < n; i++) {
      if (facet.isMissing(i)) {
        code[i] = -1;
        continue;
      }
      Object key = facet.type() == ColumnType.STRING ? (Object) facet.code(i) : facet.get(i);
      if (key instanceof Double d && d == 0.0) {
        key = 0.0; // -0.0 and 0.0 are one value
      }
      Integer c = codes.get(key);
      if (c == null) {
        c = codes.size();
        codes.put(key, c);
      }
      code[i] = c;
    }
    if (codes.size() > MAX_GROUPS) {
      throw new DataException(
          "Facet "
              + facet.name()
              + " has "
              + codes.size()
              + " distinct values; one-vs-rest analysis is limited to "
              + MAX_GROUPS
              + " groups; give value_or_threshold");
    }
    if (facet.missingCount() > 0) {
      log.warn(
          "Facet "
              + facet.name()
              + " has "
              + facet.missingCount()
              + " rows with a missing value; they form no group and count in the rest of every"
              + " group");
    }
    List<FacetGroup> out = new ArrayList<>();
    for (Map.Entry<Object, Integer> e : codes.entrySet()) {
      Object value =
          facet.type() == ColumnType.STRING ? facet.dictionary()[(Integer) e.getKey()] : e.getKey();
      boolean[] sens = new boolean[n];
      int c = e.getValue();
      for (int i = 0; i < n; i++) {
        sens[i] = code[i] == c;
      }
      out.add(new FacetGroup(ValueText.render(value), sens));
    }
    return out;
  }
}
