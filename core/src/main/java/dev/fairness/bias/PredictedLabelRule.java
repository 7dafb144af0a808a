package dev.fairness.bias;

import dev.fairness.RunLog;
import dev.fairness.bias.count.RowBits;
import dev.fairness.bias.count.RowSet;
import dev.fairness.bias.count.ValueCodes;
import dev.fairness.data.Column;
import dev.fairness.data.DataException;
import dev.fairness.text.ValueText;
import java.util.List;

/** Builds the positive predicted index of spec §4.4. */
public final class PredictedLabelRule {

  /** smclarify's error when the label and predicted-label kinds differ. */
  public static final String KIND_MISMATCH =
      "Predicted Label Column series datatype is not the same as Label Column series";

  /** [ADAPT] error for missing predicted cells against an integer continuous label. */
  public static final String MISSING = "Predicted labels contain missing values";

  /** smclarify's error when no predicted label is positive. */
  public static final String NO_POSITIVE =
      "No Label values are present in the predicted Label Column,Positive Predicted Index Series"
          + " contains all False values";

  private PredictedLabelRule() {}

  /**
   * Returns the positive predicted index, or an index carrying the error that all post-training
   * metrics then report; logs the kind line and the missing-prediction warning.
   *
   * @param predicted the predicted-label column
   * @param label the label column
   * @param labelIndex the label's positive index (its kind, threshold and maximum)
   * @param values the label values or threshold (the same list serves both, spec §4.4)
   * @param missingIsNegative true when missing cells were left missing on purpose (a 1-entry {@code
   *     label_headers}, spec §8.4): never positive, never an error, not warned about
   * @param log where lines go
   */
  public static PredictedIndex positive(
      Column predicted,
      Column label,
      LabelIndex labelIndex,
      List<Object> values,
      boolean missingIsNegative,
      RunLog log) {
    return positive(predicted, label, labelIndex, values, missingIsNegative, null, log);
  }

  /** Returns {@link #positive} for a counted table ({@link dev.fairness.CountedAnalysis}). */
  static PredictedIndex positive(
      Column predicted,
      Column label,
      LabelIndex labelIndex,
      List<Object> values,
      boolean missingIsNegative,
      long[] counts,
      RunLog log) {
    ValueCodes codes = ValueCodes.of(predicted);
    ColumnKind kind = ColumnKind.infer(predicted, codes, values, counts, log);
    if (kind == ColumnKind.CONTINUOUS && !Thresholds.isNumeric(values.get(0))) {
      // smclarify converts the predicted labels before it compares the kinds: its error wins
      throw new DataException(
          Thresholds.NOT_NUMERIC
              + " (predicted label column "
              + predicted.name()
              + " is classified CONTINUOUS and the label value "
              + ValueText.render(values.get(0))
              + " is not a number)");
    }
    if (kind != labelIndex.kind()) {
      return new PredictedIndex(null, kind, KIND_MISMATCH);
    }
    RowSet pos;
    if (kind == ColumnKind.CATEGORICAL) {
      pos = ValueMatcher.match(predicted, codes, values);
    } else {
      NumericColumn p = new NumericColumn(predicted);
      if (labelIndex.integral() && !missingIsNegative && p.missingCount() > 0) {
        return new PredictedIndex(null, kind, MISSING);
      }
      pos = codes != null ? continuous(p, codes, labelIndex) : RowSet.of(continuous(p, labelIndex));
    }
    if (predicted.missingCount() > 0 && !missingIsNegative) {
      log.warn(
          ColumnKind.missing(predicted, counts)
              + " rows with a missing predicted label are counted as negative");
    }
    if (pos.count() == 0) {
      return new PredictedIndex(null, kind, NO_POSITIVE);
    }
    return new PredictedIndex(pos, kind, null);
  }

  /**
   * Returns {@link #continuous(NumericColumn, LabelIndex)} for integral predictions with value
   * codes: the rule is applied once per code.
   */
  private static RowSet continuous(NumericColumn p, ValueCodes codes, LabelIndex labelIndex) {
    long[] v = p.codeValues(codes);
    Number max = labelIndex.max();
    boolean integral = labelIndex.integral();
    if (integral) {
      Number m = NumericColumn.max(codes, v);
      if (max == null || (m != null && m.longValue() > max.longValue())) {
        max = m;
      }
    } else {
      for (int c = 0; c < v.length; c++) {
        if (codes.rows(c) > 0 && (max == null || (double) v[c] > max.doubleValue())) {
          max = (double) v[c];
        }
      }
    }
    IntervalRule rule = IntervalRule.of(labelIndex.threshold(), max);
    return RowSet.byCode(codes, rule.selectCodes(codes, v, !integral));
  }

  /**
   * Returns the positive rows of continuous predictions: each value cast to the label's type (FLOAT
   * to an integer label truncates toward zero, like numpy's {@code astype(int)}), the interval's
   * upper break being the maximum over labels and predictions (spec §4.4).
   */
  private static RowBits continuous(NumericColumn p, LabelIndex labelIndex) {
    int n = p.size();
    boolean anyMissing = p.missingCount() > 0;
    Number max = labelIndex.max();
    if (labelIndex.integral()) {
      boolean seen = max != null;
      long best = seen ? max.longValue() : 0;
      for (int i = 0; i < n; i++) {
        if (!anyMissing || !p.isMissing(i)) {
          long v = castLong(p, i);
          if (!seen || v > best) {
            best = v;
            seen = true;
          }
        }
      }
      IntervalRule rule = IntervalRule.of(labelIndex.threshold(), seen ? (Number) best : null);
      RowBits pos = new RowBits(n);
      for (int i = 0; i < n; i++) {
        if ((!anyMissing || !p.isMissing(i)) && rule.containsLong(castLong(p, i))) {
          pos.set(i);
        }
      }
      return pos;
    }
    boolean seen = max != null;
    double best = seen ? max.doubleValue() : 0;
    for (int i = 0; i < n; i++) {
      if (!anyMissing || !p.isMissing(i)) {
        double v = p.doubleValue(i);
        if (!seen || v > best) {
          best = v;
          seen = true;
        }
      }
    }
    IntervalRule rule = IntervalRule.of(labelIndex.threshold(), seen ? (Number) best : null);
    RowBits pos = new RowBits(n);
    for (int i = 0; i < n; i++) {
      if ((!anyMissing || !p.isMissing(i)) && rule.containsDouble(p.doubleValue(i))) {
        pos.set(i);
      }
    }
    return pos;
  }

  private static long castLong(NumericColumn p, int row) {
    return p.integral() ? p.longValue(row) : (long) p.doubleValue(row);
  }
}
