package dev.fairness;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.data.Column;
import dev.fairness.data.InputLimits;
import dev.fairness.data.Table;
import dev.fairness.explain.BatchScorer;
import dev.fairness.model.ModelClient;
import dev.fairness.model.ModelOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's one model (spec §8.7: predictions for bias and scores for SHAP/PDP come from the same
 * model): opened lazily at the first request, closed (subprocess stopped) by {@link #close()}.
 */
final class ModelSession implements BatchScorer, AutoCloseable {

  /** Rows handed to the client per call when predicting the whole dataset. */
  private static final int PREDICT_CHUNK = 100_000;

  private final AnalysisConfig config;
  private final List<String> featureNames;
  private final RunLog log;
  private final Progress progress;
  private volatile ModelClient client;
  private final InputLimits limits;
  private boolean closed;

  ModelSession(
      AnalysisConfig config,
      List<String> featureNames,
      InputLimits limits,
      RunLog log,
      Progress progress) {
    this.limits = limits;
    this.config = config;
    this.featureNames = List.copyOf(featureNames);
    this.log = log;
    this.progress = progress;
  }

  /** Returns the transport in words for the report (command or URL; never environment values). */
  static String describe(AnalysisConfig config) {
    if (config.local().command() != null) {
      return "subprocess: " + String.join(" ", config.local().command());
    }
    if (config.local().endpointUrl() != null) {
      return "HTTP: " + config.local().endpointUrl();
    }
    return null;
  }

  private synchronized ModelClient client() {
    if (closed) {
      throw new IllegalStateException("model session closed");
    }
    if (client == null) {
      client = ModelClient.open(config.predictor(), config.local(), featureNames, limits, log);
    }
    return client;
  }

  /** Returns one model output per table row, in row order (spec §8.7). */
  List<ModelOutput> predictAll(Table table) {
    log.info("Getting predictions from the endpoint");
    List<Column> cols = new ArrayList<>();
    for (String f : featureNames) {
      cols.add(table.column(f));
    }
    int n = table.rowCount();
    ModelClient c = client();
    progress.start("predictions", n);
    List<ModelOutput> out = new ArrayList<>(n);
    for (int start = 0; start < n; start += PREDICT_CHUNK) {
      int end = Math.min(n, start + PREDICT_CHUNK);
      List<Object[]> rows = new ArrayList<>(end - start);
      for (int r = start; r < end; r++) {
        Object[] row = new Object[cols.size()];
        for (int k = 0; k < row.length; k++) {
          row[k] = cols.get(k).get(r);
        }
        rows.add(row);
      }
      out.addAll(c.predict(rows, start + 1L));
      progress.advance("predictions", end, n);
    }
    return out;
  }

  @Override
  public double[][] score(List<Object[]> rows) {
    return client().scores(rows);
  }

  /**
   * Stops the model after its last answer was used; throws a {@link
   * dev.fairness.model.ModelInvocationException} when the answers turn out not to match the rows.
   */
  synchronized void finish() {
    closed = true;
    if (client != null) {
      client.finish();
      client = null;
    }
  }

  /** Kills the model at once (no grace periods); never waits for {@link #close}. */
  void kill() {
    ModelClient c = client;
    if (c != null) {
      c.kill();
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (client != null) {
      client.close(); // a kill() meanwhile still finds it
      client = null;
    }
  }
}
