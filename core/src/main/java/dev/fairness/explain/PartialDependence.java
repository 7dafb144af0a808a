package dev.fairness.explain;

import dev.fairness.RunLog;
import dev.fairness.config.PdpConfig;
import dev.fairness.data.Column;
import dev.fairness.data.Table;
import dev.fairness.model.ModelInvocationException;
import dev.fairness.result.PdpResult;
import dev.fairness.result.ShapLabelResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Partial dependence (spec §7): for each chosen feature, its grid, data distribution and the mean
 * score per grid value over a seeded sample of at most {@code pdp_max_rows} rows, one scorer call
 * per feature.
 */
public final class PartialDependence {

  /** The error text of a free-text feature [FACT]. */
  public static final String FREE_TEXT_ERROR =
      "Detected data type is not supported for PDP. PDP can only be computed for numerical or"
          + " categorical columns";

  private final BatchScorer scorer;
  private final RunLog log;

  /** Creates a PDP computation that scores through {@code scorer}. */
  public PartialDependence(BatchScorer scorer, RunLog log) {
    this.scorer = scorer;
    this.log = log;
  }

  /**
   * Returns the features to plot, ascending (feature order): {@code features} when given, else the
   * {@code top_k_features} largest global SHAP values of the first label key, ties by feature
   * order; empty when neither is available.
   */
  public static List<Integer> chooseFeatures(
      PdpConfig config, List<String> featureNames, Map<String, ShapLabelResult> kernelShap) {
    if (config.features() != null && !config.features().isEmpty()) {
      return ShapOptions.resolve(config.features(), featureNames, "methods.pdp.features");
    }
    if (kernelShap == null || kernelShap.isEmpty()) {
      return List.of();
    }
    Map<String, Double> global = kernelShap.values().iterator().next().globalShapValues();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < featureNames.size(); i++) {
      if (global.containsKey(featureNames.get(i))) {
        candidates.add(i);
      }
    }
    candidates.sort(
        Comparator.comparingDouble((Integer i) -> -global.get(featureNames.get(i)))
            .thenComparingInt(i -> i));
    List<Integer> top =
        new ArrayList<>(candidates.subList(0, Math.min(config.topKFeatures(), candidates.size())));
    top.sort(null);
    return top;
  }

  /**
   * Returns one {@link PdpResult} per feature, in the given order.
   *
   * @param table the dataset (feature columns loaded)
   * @param featureNames model features in order
   * @param features indices of the features to plot
   * @param gridResolution buckets for numerical features
   * @param maxRows {@code local.pdp_max_rows}
   * @param seed the run seed (spec §6.5)
   * @param labelHeaders {@code label_headers}, or null
   */
  public List<PdpResult> compute(
      Table table,
      List<String> featureNames,
      List<Integer> features,
      int gridResolution,
      int maxRows,
      long seed,
      List<?> labelHeaders) {
    int[] sample = SeededRandom.reservoir(table.rowCount(), maxRows, SeededRandom.forRun(seed));
    List<Column> cols = new ArrayList<>();
    for (String f : featureNames) {
      cols.add(table.column(f));
    }
    List<Object[]> base = rowsOf(cols, sample);
    List<PdpResult> out = new ArrayList<>();
    List<String> keys = null;
    for (int f : features) {
      String name = featureNames.get(f);
      PdpGrid grid = PdpGrid.of(cols.get(f), gridResolution);
      if (grid.dataType().equals("free_text")) {
        out.add(
            new PdpResult(
                name, "free_text", List.of(), List.of(), List.of(), List.of(), FREE_TEXT_ERROR));
        continue;
      }
      List<Object[]> rows = new ArrayList<>(grid.values().size() * base.size());
      for (Object v : grid.values()) {
        for (Object[] b : base) {
          Object[] z = b.clone();
          z[f] = v;
          rows.add(z);
        }
      }
      double[][] scores = rows.isEmpty() ? new double[0][] : scorer.score(rows);
      int d = scores.length == 0 ? 1 : scores[0].length;
      if (keys == null && scores.length > 0) {
        keys = LabelKeys.of(labelHeaders, d, log);
      }
      List<List<Double>> predictions = means(scores, d, grid.values().size(), base.size());
      out.add(
          new PdpResult(
              name,
              grid.dataType(),
              grid.values(),
              grid.distribution(),
              predictions,
              keys == null ? List.of() : keys,
              null));
    }
    return out;
  }

  /** Returns the values of {@code cols} at the {@code sample} rows, one array per row. */
  private static List<Object[]> rowsOf(List<Column> cols, int[] sample) {
    List<Object[]> base = new ArrayList<>(sample.length);
    for (int r : sample) {
      Object[] row = new Object[cols.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = cols.get(c).get(r);
      }
      base.add(row);
    }
    return base;
  }

  /**
   * Returns, per output j of d, the mean score over the {@code rows} base rows at each of the
   * {@code points} grid values ({@code scores} is grid-major); throws when a score vector does not
   * have d entries.
   */
  private static List<List<Double>> means(double[][] scores, int d, int points, int rows) {
    List<List<Double>> predictions = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      List<Double> means = new ArrayList<>();
      for (int g = 0; g < points; g++) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
          double[] s = scores[g * rows + r];
          if (s.length != d) {
            throw new ModelInvocationException(
                "Model returned " + s.length + " scores for record " + r + ", expected " + d);
          }
          sum += s[j];
        }
        means.add(sum / rows);
      }
      predictions.add(means);
    }
    return predictions;
  }
}
