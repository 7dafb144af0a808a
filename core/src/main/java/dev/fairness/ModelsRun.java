package dev.fairness;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ComparisonConfig;
import dev.fairness.config.ModelSet;
import dev.fairness.config.NamedModel;
import dev.fairness.gate.Assertion;
import dev.fairness.gate.ModelGate;
import dev.fairness.report.ComparisonRenderer;
import dev.fairness.report.ReportFormat;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.ModelComparison;
import dev.fairness.result.ModelComparisonJson;
import dev.fairness.result.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs several models on one dataset (issue 19): the dataset is read once ({@link SharedDataset}),
 * each model runs the single-model pipeline ({@link Analyzer}) on a pool of up to four threads and
 * writes its outputs into {@code models/<name>/} exactly as a run of that model alone writes them,
 * then {@code comparison.json} and the comparison reports are written at the top. Never prints,
 * never exits.
 */
public final class ModelsRun implements AutoCloseable {

  private static final int MAX_THREADS = 4;

  private final ModelSet set;
  private final AnalysisOptions options;
  private final RunLog log;
  private final List<Assertion> assertions;
  private final List<Analyzer> analyzers = new ArrayList<>();
  private final List<OutputDirectory> dirs = new ArrayList<>();
  private final List<Path> created = new ArrayList<>();
  private ExecutorService pool;
  private boolean committed;

  /** Creates the run; nothing is read or started until {@link #run}. */
  public ModelsRun(ModelSet set, AnalysisOptions options, RunLog log, List<Assertion> assertions) {
    this.set = set;
    this.options = options;
    this.log = log;
    this.assertions = List.copyOf(assertions);
  }

  /** The outcome: every model's result in configuration order, and their comparison. */
  public record Result(
      List<String> names, List<AnalysisResult> results, ModelComparison comparison) {}

  /**
   * Runs every model, stages each model's outputs in its own output directory below {@code dir}'s
   * {@code models/} and the comparison in {@code dir}; returns the results. Throws the {@link
   * FairnessException} of the first model (in configuration order) that failed, its message
   * prefixed with {@code model <name>: }.
   */
  public synchronized Result run(OutputDirectory dir) {
    List<AnalysisConfig> configs = new ArrayList<>();
    set.models().forEach(m -> configs.add(m.loaded().config()));
    SharedDataset shared = new SharedDataset(configs, log);
    AnalysisOptions quiet =
        new AnalysisOptions(
            options.datasetOverride(),
            options.csvHeader(),
            options.formats(),
            options.maxShapRecords(),
            options.toolVersion(),
            options.environment(),
            null,
            options.limits(),
            options.csvSafe());
    Path root = dir.target().resolve("models");
    created.add(root);
    for (NamedModel m : set.models()) {
      created.add(root.resolve(m.name()));
      dirs.add(OutputDirectory.open(root.resolve(m.name())));
      analyzers.add(
          new Analyzer(
                  m.loaded(),
                  quiet,
                  new ModelLog(m.name(), log),
                  ModelGate.forModel(assertions, m.name()))
              .readingFrom(shared));
    }
    List<AnalysisResult> results = runAll();
    ComparisonConfig c = set.comparison();
    ModelComparison comparison =
        ModelComparison.of(set.names(), results, c.metrics(), c.xAxis(), c.yAxis());
    writeComparison(dir, results.get(0).run(), comparison);
    return new Result(set.names(), results, comparison);
  }

  private List<AnalysisResult> runAll() {
    int n = analyzers.size();
    pool =
        Executors.newFixedThreadPool(
            Math.min(n, MAX_THREADS),
            r -> {
              Thread t = new Thread(r, "fairness-model");
              t.setDaemon(true);
              return t;
            });
    CompletionService<AnalysisResult> done = new ExecutorCompletionService<>(pool);
    List<Future<AnalysisResult>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Analyzer a = analyzers.get(i);
      OutputDirectory d = dirs.get(i);
      futures.add(done.submit(() -> a.run(d)));
    }
    try {
      for (int finished = 0; finished < n; finished++) {
        done.take();
        for (int i = 0; i < n; i++) {
          if (futures.get(i).isDone()) {
            failure(i, futures.get(i));
          }
        }
      }
      List<AnalysisResult> results = new ArrayList<>();
      for (Future<AnalysisResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the models ran", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause()); // failure() rethrew every failure already
    } finally {
      pool.shutdown();
    }
  }

  /** Throws the failure of model {@code i} when its run failed; returns otherwise. */
  private void failure(int i, Future<AnalysisResult> f) throws InterruptedException {
    try {
      f.get();
    } catch (ExecutionException e) {
      String name = set.models().get(i).name();
      if (e.getCause() instanceof FairnessException fe) {
        throw new FairnessException(fe.kind(), "model " + name + ": " + fe.getMessage(), fe);
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void writeComparison(OutputDirectory dir, RunInfo run, ModelComparison c) {
    String reportName = run.reportName();
    OutputWriter.file(dir, "comparison.json", w -> ModelComparisonJson.write(c, w));
    // a single-model run's files left in this directory would read as part of this run
    for (String own :
        List.of(
            "analysis.json", "analysis_config.json", reportName + ".html", reportName + ".md")) {
      dir.claim(own);
    }
    for (ReportFormat f : List.of(ReportFormat.HTML, ReportFormat.MARKDOWN)) {
      if (options.formats().contains(f.id())) {
        ComparisonRenderer r = new ComparisonRenderer(f);
        OutputWriter.file(dir, reportName + "." + f.id(), w -> r.render(c, run, reportName, w));
      }
    }
  }

  /**
   * Moves every model's staged files into place, then the comparison's; returns the final paths.
   */
  public synchronized List<Path> commit(OutputDirectory dir) {
    List<Path> written = new ArrayList<>();
    for (OutputDirectory d : dirs) {
      written.addAll(d.commit());
    }
    written.addAll(dir.commit());
    committed = true;
    return written;
  }

  /** Stops every model process and removes uncommitted model outputs; safe more than once. */
  @Override
  public void close() {
    for (Analyzer a : analyzers) {
      a.close();
    }
    for (OutputDirectory d : dirs) {
      d.close();
    }
    if (pool != null) {
      pool.shutdownNow();
    }
    if (!committed) {
      // directories this run created and left empty: the deepest first, a non-empty one stays
      for (int i = created.size() - 1; i >= 0; i--) {
        try {
          Files.deleteIfExists(created.get(i));
        } catch (IOException e) {
          // not empty (an earlier run's outputs) or not ours to remove
        }
      }
    }
  }

  /** Kills every model process at once (a second interrupt); safe from any thread. */
  public void kill() {
    for (Analyzer a : List.copyOf(analyzers)) {
      a.kill();
    }
  }

  /** Prefixes the terminal lines of one model with its name; the reports keep the plain text. */
  private record ModelLog(String name, RunLog target) implements RunLog {
    @Override
    public void debug(String message) {
      target.debug("model " + name + ": " + message);
    }

    @Override
    public void info(String message) {
      target.info("model " + name + ": " + message);
    }

    @Override
    public void warn(String message) {
      target.warn("model " + name + ": " + message);
    }
  }
}
