package dev.fairness;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ColumnRef;
import dev.fairness.data.ColumnNeeds;
import dev.fairness.data.DataException;
import dev.fairness.data.Dataset;
import dev.fairness.data.DatasetLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dataset of a multi-model run (issue 19), read once for every model: the first request reads
 * the union of the columns the models need (each model's prediction column kept as a role column),
 * and every model gets the same table with its own column roles. The warnings the reading logged
 * reach every model's log, in order, as a run of that model alone logs them. JSON datasets and side
 * files (whose joins depend on the roles) are read per model.
 */
final class SharedDataset implements DatasetSource {

  private final List<AnalysisConfig> configs;
  private final RunLog log;
  private Dataset table;
  private List<Finding> warnings;

  /**
   * Creates the source for the models' configurations; {@code log} gets the reader's info lines.
   */
  SharedDataset(List<AnalysisConfig> configs, RunLog log) {
    this.configs = List.copyOf(configs);
    this.log = log;
  }

  /** Returns whether the dataset of {@code config} can be shared between models. */
  static boolean shareable(AnalysisConfig config) {
    String type = config.datasetType().toLowerCase(Locale.ROOT);
    return (type.equals("text/csv") || type.equals("application/x-parquet"))
        && config.facetDatasetUri() == null
        && config.predictedLabelDatasetUri() == null;
  }

  @Override
  public synchronized Dataset load(
      AnalysisConfig config, ColumnNeeds needs, AnalysisOptions options, RunLog modelLog) {
    if (!shareable(config)) {
      return READER.load(config, needs, options, modelLog);
    }
    if (table == null) {
      Warnings recording = new Warnings(log);
      table = READER.load(configs.get(0), union(), options, recording);
      warnings = recording.kept;
    }
    for (Finding f : warnings) {
      modelLog.finding(f);
    }
    Dataset ds = DatasetLoader.withRoles(config, table.table(), 0);
    if (needs.modelNeeded() && ds.featureNames().isEmpty()) {
      throw new DataException("Data must contain features.");
    }
    return ds;
  }

  /** Returns what every model needs, with each model's prediction columns kept. */
  private ColumnNeeds union() {
    boolean features = false;
    boolean all = false;
    boolean numeric = false;
    List<ColumnRef> extra = new ArrayList<>();
    for (AnalysisConfig c : configs) {
      ColumnNeeds n = Analyzer.needs(c);
      features |= n.features();
      all |= n.allColumns();
      numeric |= n.numericExtras();
      for (ColumnRef r : new ColumnRef[] {c.predictedLabel(), c.predictedScore()}) {
        if (r != null) {
          extra.add(r);
        }
      }
    }
    return new ColumnNeeds(features, all, false, numeric, extra);
  }

  /** Passes info and debug lines on and keeps the warnings and findings for every model. */
  private static final class Warnings implements RunLog {
    private final RunLog target;
    private final List<Finding> kept = new ArrayList<>();

    Warnings(RunLog target) {
      this.target = target;
    }

    @Override
    public void debug(String message) {
      target.debug(message);
    }

    @Override
    public void info(String message) {
      target.info(message);
    }

    @Override
    public synchronized void warn(String message) {
      kept.add(Finding.plain(message));
    }

    @Override
    public synchronized void finding(Finding finding) {
      kept.add(finding);
    }
  }
}
