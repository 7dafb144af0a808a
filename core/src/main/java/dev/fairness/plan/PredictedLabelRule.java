package dev.fairness.plan;

import dev.fairness.RunLog;
import dev.fairness.data.Column;
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
    ColumnKind kind = ColumnKind.infer(predicted, values, log);
    if (kind != labelIndex.kind()) {
      return new PredictedIndex(null, kind, KIND_MISMATCH);
    }
    int n = predicted.size();
    boolean[] pos;
    if (kind == ColumnKind.CATEGORICAL) {
      pos = ValueMatcher.match(predicted, values);
    } else {
      boolean integral = labelIndex.integral();
      NumericColumn p = new NumericColumn(predicted);
      Number[] cast = new Number[n];
      Number max = labelIndex.max();
      for (int i = 0; i < n; i++) {
        if (p.isMissing(i)) {
          if (integral && !missingIsNegative) {
            return new PredictedIndex(null, kind, MISSING);
          }
          continue;
        }
        Number v;
        if (integral) {
          // FLOAT -> INT truncates toward zero, like numpy's astype(int)
          v = p.integral() ? p.longValue(i) : (long) p.doubleValue(i);
        } else {
          v = p.doubleValue(i);
        }
        cast[i] = v;
        if (max == null || Numbers.compare(v, max) > 0) {
          max = v;
        }
      }
      IntervalRule rule = IntervalRule.of(labelIndex.threshold(), max);
      pos = new boolean[n];
      for (int i = 0; i < n; i++) {
        pos[i] = cast[i] != null && inside(rule, cast[i]);
      }
    }
    if (predicted.missingCount() > 0 && !missingIsNegative) {
      log.warn(
          predicted.missingCount()
              + " rows with a missing predicted label are counted as negative");
    }
    if (LabelRule.count(pos) == 0) {
      return new PredictedIndex(null, kind, NO_POSITIVE);
    }
    return new PredictedIndex(pos, kind, null);
  }

  private static boolean inside(IntervalRule rule, Number v) {
    return !rule.isEmpty()
        && Numbers.compare(rule.lower(), v) < 0
        && Numbers.compare(v, rule.upper()) <= 0;
  }
}
