package dev.fairness.explain;

import dev.fairness.RunLog;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.Table;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The computed baseline of spec §6.2 (used when {@code methods.shap.baseline} is absent): cluster
 * centres of a sample of the feature columns by K-means or K-prototypes, the number of clusters
 * given or chosen by the elbow rule, rows ordered by cluster size.
 *
 * <p>Random consumption (one {@link SeededRandom#forRun} generator): the reservoir sample first,
 * then for k = 1, 2, … (or only the given k) five clustering runs in turn.
 */
public final class AutoBaseline {

  /** Most rows sampled for clustering. */
  public static final int MAX_SAMPLE = 10_000;

  /** Most clusters tried when {@code num_clusters} is absent. */
  public static final int MAX_CLUSTERS = 12;

  private static final int RUNS = 5;

  private AutoBaseline() {}

  /**
   * Returns the computed baseline.
   *
   * @param table the dataset (feature columns loaded)
   * @param featureNames model features in order
   * @param numClusters {@code num_clusters}, or null to choose
   * @param seed the run seed (spec §6.5)
   * @param log receives one info line with the chosen number of clusters
   */
  public static Baseline compute(
      Table table, List<String> featureNames, Integer numClusters, long seed, RunLog log) {
    Random rnd = SeededRandom.forRun(seed);
    int[] sample = SeededRandom.reservoir(table.rowCount(), MAX_SAMPLE, rnd);
    int n = sample.length;
    List<Integer> numericCols = new ArrayList<>();
    List<Integer> categoricalCols = new ArrayList<>();
    List<Column> cols = new ArrayList<>();
    for (int i = 0; i < featureNames.size(); i++) {
      Column c = table.column(featureNames.get(i));
      cols.add(c);
      if (c.type() == ColumnType.INT || c.type() == ColumnType.FLOAT) {
        numericCols.add(i);
      } else {
        categoricalCols.add(i);
      }
    }
    double[][] num = new double[n][numericCols.size()];
    double gammaSum = 0;
    for (int p = 0; p < numericCols.size(); p++) {
      gammaSum += fillNumeric(cols.get(numericCols.get(p)), sample, num, p);
    }
    double gamma = numericCols.isEmpty() ? 1.0 : 0.5 * gammaSum / numericCols.size();
    int[][] cat = new int[n][categoricalCols.size()];
    List<List<Object>> dictionaries = new ArrayList<>();
    int[][] textRank = new int[categoricalCols.size()][];
    for (int q = 0; q < categoricalCols.size(); q++) {
      Column c = cols.get(categoricalCols.get(q));
      Map<Object, Integer> codes = new LinkedHashMap<>();
      for (int s = 0; s < n; s++) {
        Object v = c.get(sample[s]);
        Object key = v == null ? "" : v;
        Integer code = codes.get(key);
        if (code == null) {
          code = codes.size();
          codes.put(key, code);
        }
        cat[s][q] = code;
      }
      List<Object> dict = new ArrayList<>(codes.keySet());
      dictionaries.add(dict);
      textRank[q] = textRanks(dict);
    }
    KPrototypes kp = new KPrototypes(num, cat, textRank, gamma);
    KPrototypes.Result chosen;
    if (numClusters != null) {
      chosen = kp.best(Math.min(numClusters, n), RUNS, rnd);
    } else {
      chosen = elbow(kp, Math.min(MAX_CLUSTERS, distinctRows(num, cat)), rnd);
    }
    int k = chosen.num().length;
    log.info("SHAP baseline: " + k + " cluster" + (k == 1 ? "" : "s") + " from " + n + " rows");
    return toBaseline(
        chosen, featureNames.size(), numericCols, categoricalCols, dictionaries, cols);
  }

  /**
   * Fills column {@code p} of {@code num} with the sampled values of {@code c}, missing cells as
   * the column's mean, and returns the population standard deviation of the filled values.
   */
  private static double fillNumeric(Column c, int[] sample, double[][] num, int p) {
    int n = sample.length;
    double sum = 0;
    int count = 0;
    for (int s = 0; s < n; s++) {
      if (!c.isMissing(sample[s])) {
        sum += c.getDouble(sample[s]);
        count++;
      }
    }
    double mean = count == 0 ? 0 : sum / count;
    double sq = 0;
    for (int s = 0; s < n; s++) {
      double v = c.isMissing(sample[s]) ? mean : c.getDouble(sample[s]);
      num[s][p] = v;
      sq += (v - mean) * (v - mean);
    }
    return Math.sqrt(sq / n);
  }

  /** Returns, per code of {@code dict}, its rank when the values are sorted by rendered text. */
  private static int[] textRanks(List<Object> dict) {
    Integer[] order = new Integer[dict.size()];
    for (int v = 0; v < order.length; v++) {
      order[v] = v;
    }
    Arrays.sort(
        order, (a, b) -> ValueText.render(dict.get(a)).compareTo(ValueText.render(dict.get(b))));
    int[] rank = new int[dict.size()];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  private static KPrototypes.Result elbow(KPrototypes kp, int maxK, Random rnd) {
    List<KPrototypes.Result> results = new ArrayList<>();
    for (int k = 1; k <= maxK; k++) {
      results.add(kp.best(k, RUNS, rnd));
    }
    for (int k = 1; k < maxK; k++) {
      double ck = results.get(k - 1).cost();
      double next = results.get(k).cost();
      if (ck == 0 || ck - next < 0.1 * ck) {
        return results.get(k - 1);
      }
    }
    return results.get(maxK - 1);
  }

  private static int distinctRows(double[][] num, int[][] cat) {
    Set<List<Object>> rows = new HashSet<>();
    for (int s = 0; s < num.length; s++) {
      List<Object> key = new ArrayList<>();
      for (double v : num[s]) {
        key.add(v);
      }
      for (int v : cat[s]) {
        key.add(v);
      }
      rows.add(key);
    }
    return rows.size();
  }

  private static Baseline toBaseline(
      KPrototypes.Result res,
      int features,
      List<Integer> numericCols,
      List<Integer> categoricalCols,
      List<List<Object>> dictionaries,
      List<Column> cols) {
    int k = res.num().length;
    int[] size = new int[k];
    int[] firstMember = new int[k];
    Arrays.fill(firstMember, Integer.MAX_VALUE);
    int[] assign = res.assign();
    for (int s = 0; s < assign.length; s++) {
      size[assign[s]]++;
      firstMember[assign[s]] = Math.min(firstMember[assign[s]], s);
    }
    Integer[] order = new Integer[k];
    for (int c = 0; c < k; c++) {
      order[c] = c;
    }
    Arrays.sort(
        order,
        (a, b) ->
            size[a] != size[b]
                ? Integer.compare(size[b], size[a])
                : Integer.compare(firstMember[a], firstMember[b]));
    List<Object[]> rows = new ArrayList<>();
    for (int c : order) {
      Object[] row = new Object[features];
      for (int p = 0; p < numericCols.size(); p++) {
        row[numericCols.get(p)] = res.num()[c][p];
      }
      for (int q = 0; q < categoricalCols.size(); q++) {
        Object v = dictionaries.get(q).get(res.cat()[c][q]);
        boolean isBool = cols.get(categoricalCols.get(q)).type() == ColumnType.BOOL;
        row[categoricalCols.get(q)] = isBool || !"".equals(v) ? v : null;
      }
      rows.add(row);
    }
    return new Baseline(rows);
  }
}
