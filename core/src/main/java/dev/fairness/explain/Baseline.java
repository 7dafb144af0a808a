package dev.fairness.explain;

import dev.fairness.data.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * The background rows of Kernel SHAP (spec §6.2), each of weight {@code 1/N}; values are {@link
 * Long}, {@link Double}, {@link Boolean}, {@link String} or null.
 *
 * @param rows the rows, each with one value per model feature
 */
public record Baseline(List<Object[]> rows) {

  /** Creates a baseline; throws {@link IllegalArgumentException} when it has no row. */
  public Baseline {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a baseline needs at least one row");
    }
    rows = List.copyOf(rows);
  }

  /** Returns the number of rows N. */
  public int size() {
    return rows.size();
  }

  /** Returns the weight of every row, {@code 1/N}. */
  public double weight() {
    return 1.0 / rows.size();
  }

  /**
   * Returns the baseline of explicit rows ({@code methods.shap.baseline} inline). Throws {@link
   * DataException} {@code Baseline row <r> has <j> values, expected <F>} (r 1-based) on a wrong
   * width.
   */
  public static Baseline ofRows(List<? extends List<?>> rows, int features) {
    List<Object[]> out = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<?> row = rows.get(r);
      if (row.size() != features) {
        throw new DataException(
            "Baseline row " + (r + 1) + " has " + row.size() + " values, expected " + features);
      }
      Object[] values = new Object[features];
      for (int i = 0; i < features; i++) {
        values[i] = normalise(row.get(i));
      }
      out.add(values);
    }
    if (out.isEmpty()) {
      throw new DataException("Baseline has no rows");
    }
    return new Baseline(out);
  }

  private static Object normalise(Object v) {
    if (v instanceof Integer i) {
      return (long) i;
    }
    if (v instanceof Float f) {
      return (double) f;
    }
    return v;
  }
}
