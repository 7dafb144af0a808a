package dev.fairness.bias;

import dev.fairness.RunLog;
import dev.fairness.bias.count.RowSet;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.config.ConfigException;
import dev.fairness.data.Column;
import dev.fairness.text.ValueText;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the positive label index of spec §4.2. */
public final class LabelRule {

  private LabelRule() {}

  /**
   * Returns the positive label index of {@code label} for {@code values}, logging the kind line and
   * the [ADAPT] warnings (two-integer continuous column, missing labels, no positive label). Throws
   * {@link ConfigException} when {@code values} is empty and {@link
   * dev.fairness.data.DataException} when a value cannot be used (spec §4.1, §4.2).
   */
  public static LabelIndex positive(Column label, List<Object> values, RunLog log) {
    return positive(label, values, null, log);
  }

  /**
   * Returns {@link #positive(Column, List, RunLog)} for a counted table ({@link
   * dev.fairness.CountedAnalysis}).
   */
  static LabelIndex positive(Column label, List<Object> values, long[] counts, RunLog log) {
    if (values == null || values.isEmpty()) {
      throw new ConfigException("Positive label values or thresholds are empty for Label column");
    }
    ValueCodes codes = ValueCodes.of(label);
    ColumnKind kind = ColumnKind.infer(label, codes, values, counts, log);
    LabelIndex index;
    if (kind == ColumnKind.CATEGORICAL) {
      index =
          new LabelIndex(
              kind, ValueMatcher.match(label, codes, values), joined(values), null, null, false);
    } else {
      Number t = Thresholds.threshold(values);
      Thresholds.requireSomeValue(label, t);
      NumericColumn c = new NumericColumn(label);
      if (codes != null) {
        long[] v = c.codeValues(codes);
        Number max = NumericColumn.max(codes, v);
        IntervalRule rule = IntervalRule.of(t, max);
        Thresholds.warnTwoIntegers(c, codes, v, values.get(0), rule, log);
        RowSet pos = RowSet.byCode(codes, rule.selectCodes(codes, v, false));
        index = new LabelIndex(kind, pos, rule.text(), t, max, true);
      } else {
        Number max = c.max();
        IntervalRule rule = IntervalRule.of(t, max);
        Thresholds.warnTwoIntegers(c, values.get(0), rule, log);
        index = new LabelIndex(kind, RowSet.of(rule.select(c)), rule.text(), t, max, c.integral());
      }
    }
    if (label.missingCount() > 0) {
      log.warn(
          ColumnKind.missing(label, counts) + " rows with a missing label are counted as negative");
    }
    if (index.positive().count() == 0) {
      log.warn("No positive label found for " + label.name() + " with " + index.text());
    }
    return index;
  }

  /** Returns the values rendered by spec §9.5 and joined by {@code ,}. */
  static String joined(List<Object> values) {
    return values.stream().map(ValueText::render).collect(Collectors.joining(","));
  }
}
