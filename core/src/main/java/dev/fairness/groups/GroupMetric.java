package dev.fairness.groups;

import dev.fairness.stats.GroupCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The per-group metrics of Fairlearn's {@code MetricFrame} as {@code fairness} reports them, each a
 * function of one group's confusion counts. Zero denominators follow Fairlearn 0.10.0: the four
 * rates come from scikit-learn's {@code confusion_matrix(normalize="true")}, whose {@code
 * nan_to_num} turns 0/0 into 0; precision is {@code precision_score(zero_division=0)}; count,
 * selection rate and accuracy divide by the group's rows, never zero for a group.
 */
public enum GroupMetric {
  /** Rows in the group. */
  COUNT("count", "count", c -> c.n()),
  /** Predicted positives / rows. */
  SELECTION_RATE("selection_rate", "selection rate", c -> (double) c.predictedPositives() / c.n()),
  /** (TP + TN) / rows. */
  ACCURACY("accuracy", "accuracy", c -> (double) (c.tp() + c.tn()) / c.n()),
  /** TP / (TP + FN); 0 without label positives. */
  TRUE_POSITIVE_RATE(
      "true_positive_rate", "true positive rate", c -> zeroIfEmpty(c.tp(), c.tp() + c.fn())),
  /** FP / (FP + TN); 0 without label negatives. */
  FALSE_POSITIVE_RATE(
      "false_positive_rate", "false positive rate", c -> zeroIfEmpty(c.fp(), c.fp() + c.tn())),
  /** FN / (TP + FN); 0 without label positives. */
  FALSE_NEGATIVE_RATE(
      "false_negative_rate", "false negative rate", c -> zeroIfEmpty(c.fn(), c.tp() + c.fn())),
  /** TN / (FP + TN); 0 without label negatives. */
  TRUE_NEGATIVE_RATE(
      "true_negative_rate", "true negative rate", c -> zeroIfEmpty(c.tn(), c.fp() + c.tn())),
  /** TP / (TP + FP); 0 without predicted positives. */
  PRECISION("precision", "precision", c -> zeroIfEmpty(c.tp(), c.tp() + c.fp()));

  private final String id;
  private final String words;
  private final ToDoubleFunction<GroupCounts> formula;

  GroupMetric(String id, String words, ToDoubleFunction<GroupCounts> formula) {
    this.id = id;
    this.words = words;
    this.formula = formula;
  }

  /** Returns the metric's key in analysis.json ({@code selection_rate}, …). */
  public String id() {
    return id;
  }

  /** Returns the metric's name in plain words ({@code selection rate}). */
  public String words() {
    return words;
  }

  /** Returns the metric's value for one group's counts. */
  public double of(GroupCounts c) {
    return formula.applyAsDouble(c);
  }

  /** Returns every metric id, in output order. */
  public static List<String> ids() {
    List<String> out = new ArrayList<>();
    for (GroupMetric m : values()) {
      out.add(m.id);
    }
    return List.copyOf(out);
  }

  /** Returns the metric with an id, or null when there is none. */
  public static GroupMetric byId(String id) {
    for (GroupMetric m : values()) {
      if (m.id.equals(id)) {
        return m;
      }
    }
    return null;
  }

  private static double zeroIfEmpty(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
