package dev.fairness;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.Columns;
import dev.fairness.data.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code predicted_score} column: the model's score for the positive class, and the predicted
 * label it gives, 1 when score {@code >} {@code probability_threshold}, else 0 (a missing score
 * gives a missing label).
 */
public final class ScoreColumn {

  private ScoreColumn() {}

  /**
   * Returns the scores as doubles, NaN where a cell is missing; throws {@link DataException} when
   * the column holds text.
   */
  public static double[] scores(Column c) {
    requireNumeric(c);
    double[] out = new double[c.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = c.getDouble(i);
    }
    return out;
  }

  /** Returns the INT column of predicted labels, 1 where score {@code >} {@code threshold}. */
  public static Column predictedLabels(Column c, double threshold) {
    requireNumeric(c);
    List<Long> values = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      values.add(c.isMissing(i) ? null : c.getDouble(i) > threshold ? 1L : 0L);
    }
    return Columns.fromValues("predicted_label", values, true);
  }

  private static void requireNumeric(Column c) {
    if (c.type() == ColumnType.STRING) {
      throw new DataException(
          "predicted_score: column "
              + c.name()
              + " holds text, not numbers; name the column of the model's positive-class score");
    }
  }
}
