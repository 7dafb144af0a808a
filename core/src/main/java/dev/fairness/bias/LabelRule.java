package dev.fairness.bias;

import dev.fairness.Finding;
import dev.fairness.RunLog;
import dev.fairness.bias.count.RowSet;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.config.ConfigException;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.DataException;
import dev.fairness.text.ValueText;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the positive label index of spec §4.2. */
public final class LabelRule {

  private LabelRule() {}

  /**
   * Returns the positive label index of {@code label} for {@code values}, logging the kind line and
   * the [ADAPT] warnings (two-integer continuous column, missing labels). Throws {@link
   * ConfigException} when {@code values} is empty and {@link DataException} when a value cannot be
   * used or selects no row (spec §4.1, §4.2; issue 14).
   */
  public static LabelIndex positive(Column label, List<Object> values, RunLog log) {
    return positive(label, values, null, log);
  }

  /**
   * Returns {@link #positive(Column, List, RunLog)} with the label's kind {@code given} by {@code
   * label_kind} (null: Clarify's rule). A value list that selects no row is a data error naming the
   * values present, most frequent first.
   */
  public static LabelIndex positive(
      Column label, List<Object> values, ColumnKind given, RunLog log) {
    return positive(label, values, null, given, log);
  }

  /**
   * Returns {@link #positive(Column, List, RunLog)} for a counted table ({@link
   * dev.fairness.CountedAnalysis}, {@code counts} null: one row each) and the kind {@code given}.
   */
  static LabelIndex positive(
      Column label, List<Object> values, long[] counts, ColumnKind given, RunLog log) {
    if (values == null || values.isEmpty()) {
      throw new ConfigException("Positive label values or thresholds are empty for Label column");
    }
    ValueCodes codes = ValueCodes.of(label);
    ColumnKind kind = ColumnKind.infer(label, codes, values, counts, given, log);
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
      log.finding(
          new Finding(
              Finding.Code.MISSING_VALUES,
              "label",
              ColumnKind.missing(label, counts)
                  + " rows with a missing label are counted as negative (column "
                  + label.name()
                  + ", "
                  + ColumnKind.missing(label, counts)
                  + " of "
                  + label.size()
                  + " rows)",
              "fill or drop the rows with a missing label",
              true));
    }
    if (index.positive().count() == 0) {
      throw new DataException(noRow(label, values, kind, given));
    }
    return index;
  }

  /** Returns the message of a label value list that selects no row. */
  private static String noRow(
      Column label, List<Object> values, ColumnKind kind, ColumnKind given) {
    StringBuilder b = new StringBuilder("label_values_or_threshold: ");
    if (kind == ColumnKind.CATEGORICAL) {
      b.append(values.size() == 1 ? "value " : "values ")
          .append(joined(values).replace(",", ", "))
          .append(values.size() == 1 ? " matches" : " match");
    } else {
      b.append("threshold ").append(ValueText.render(values.get(0))).append(" selects");
    }
    b.append(" no row of column ").append(label.name());
    if (kind == ColumnKind.CONTINUOUS) {
      b.append(" (classified CONTINUOUS: positive means above the threshold)");
    }
    b.append("; ").append(ValuesPresent.of(label));
    if (kind == ColumnKind.CONTINUOUS && given == null) {
      if (label.type() == ColumnType.FLOAT && label.missingCount() > 0) {
        b.append("; the missing cells make the column FLOAT, hence CONTINUOUS: fill or drop them,")
            .append(" or add \"label_kind\": \"categorical\" to match the value");
      } else {
        b.append("; to match the value instead, add \"label_kind\": \"categorical\"");
      }
    }
    return b.toString();
  }

  /** Returns the values rendered by spec §9.5 and joined by {@code ,}. */
  static String joined(List<Object> values) {
    return values.stream().map(ValueText::render).collect(Collectors.joining(","));
  }
}
