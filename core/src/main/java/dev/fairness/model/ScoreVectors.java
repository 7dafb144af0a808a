package dev.fairness.model;

import dev.fairness.RunLog;
import dev.fairness.data.CellParser;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.List;

/** Reduces model outputs to the score vectors that SHAP and PDP explain (spec §6.3). */
public final class ScoreVectors {

  private ScoreVectors() {}

  /**
   * Returns the score vector of one output: the value at {@code probability}, else at {@code
   * label}, else the whole output; a number gives one score, a list of numbers one per element.
   *
   * @param record the 1-based record number, for the message
   * @throws ModelInvocationException {@code Could not convert string to float. <value> (record
   *     <r>)} when a value is not a number or numeric string
   */
  public static double[] of(ModelOutput output, long record) {
    Object v =
        output.probability() != null
            ? output.probability()
            : output.label() != null ? output.label() : output.output();
    double[] s;
    if (v instanceof List<?> list) {
      s = new double[list.size()];
      for (int i = 0; i < s.length; i++) {
        s[i] = number(list.get(i), record);
      }
    } else {
      s = new double[] {number(v, record)};
    }
    for (double x : s) {
      if (!Double.isFinite(x)) {
        throw new ModelInvocationException(
            "Model returned the score "
                + ValueText.renderDouble(x)
                + " for record "
                + record
                + "; scores must be finite numbers");
      }
    }
    return s;
  }

  /**
   * Returns a value as a double: numbers as they are, numeric strings parsed (§3.1 cell typing).
   *
   * @throws ModelInvocationException when the value is anything else
   */
  public static double number(Object v, long record) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      Object typed = CellParser.parse(s);
      if (typed instanceof Number n) {
        return n.doubleValue();
      }
    }
    throw new ModelInvocationException(
        "Could not convert string to float. " + text(v) + " (record " + record + ")");
  }

  /**
   * Returns the output names for a score vector of {@code width} entries: {@code label_headers}
   * rendered with §9.5 when it has exactly {@code width} entries, else {@code label0}, {@code
   * label1}, … (with a warning when {@code label_headers} is given with another length).
   */
  public static List<String> labelKeys(List<Object> labelHeaders, int width, RunLog log) {
    List<String> keys = new ArrayList<>(width);
    if (labelHeaders != null && labelHeaders.size() == width) {
      for (Object h : labelHeaders) {
        keys.add(ValueText.render(h));
      }
      return keys;
    }
    if (labelHeaders != null) {
      log.warn(
          "predictor.label_headers has "
              + labelHeaders.size()
              + " entries but the model returned "
              + width
              + " scores; naming the outputs label0 to label"
              + (width - 1));
    }
    for (int j = 0; j < width; j++) {
      keys.add("label" + j);
    }
    return keys;
  }

  /** Returns Python's {@code str()} of a model value, {@code None} for null. */
  static String text(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object o : list) {
        parts.add(o instanceof String s ? "'" + s + "'" : text(o));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    return ValueText.render(v);
  }
}
