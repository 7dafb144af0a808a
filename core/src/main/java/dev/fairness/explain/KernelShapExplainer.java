package dev.fairness.explain;

import dev.fairness.FairnessException;
import dev.fairness.RunLog;
import dev.fairness.model.ModelInvocationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kernel SHAP over many records (spec §6): scores the baseline once, then plans records into chunks
 * of about {@link ShapOptions#chunkRows()} model rows and pipelines them: while one background
 * thread scores chunk k, the calling thread solves chunk k−1 and builds chunk k+1.
 *
 * <p>Results depend only on the inputs and the seed (spec §6.5), never on chunk size or timing.
 * Local values go to a {@link LocalShapSink} in record order; global values come back in the {@link
 * ShapRun}.
 */
public final class KernelShapExplainer {

  /** The warning of spec §6.4 step 9, logged once per run. */
  public static final String SINGULAR_WARNING =
      "Linear regression equation is singular, a least squares solutions is used instead.";

  /** Receives progress: records explained so far and the total. */
  @FunctionalInterface
  public interface Progress {
    /** Called after each chunk. */
    void explained(int done, int total);
  }

  private final BatchScorer scorer;
  private final ShapOptions options;
  private final RunLog log;
  private final Progress progress;
  private final AtomicLong scorerNanos = new AtomicLong();
  private final AtomicLong modelRows = new AtomicLong();

  /** Creates an explainer without progress reporting. */
  public KernelShapExplainer(BatchScorer scorer, ShapOptions options, RunLog log) {
    this(scorer, options, log, (done, total) -> {});
  }

  /** Creates an explainer that reports progress after each chunk. */
  public KernelShapExplainer(
      BatchScorer scorer, ShapOptions options, RunLog log, Progress progress) {
    this.scorer = scorer;
    this.options = options;
    this.log = log;
    this.progress = progress;
  }

  /**
   * Explains every record and returns the global values; local values are streamed to {@code sink}.
   *
   * @param featureNames the model features, in order
   * @param records the records to explain
   * @param baseline the background rows
   * @param sink receives {@code phi[j][e]} per record (e over the explained features)
   * @throws ModelInvocationException when the model fails, or with {@code use_logit} a score lies
   *     outside [0, 1]
   */
  public ShapRun explain(
      List<String> featureNames, FeatureRows records, Baseline baseline, LocalShapSink sink) {
    long start = System.nanoTime();
    int f = featureNames.size();
    log.info("Shap analyzer: explaining " + records.size() + " rows, " + f + " columns...");
    ScoreLink link = new ScoreLink(options.useLogit(), log);
    double[][] bscores = timedScore(baseline.rows());
    int d = bscores[0].length;
    checkScores(bscores, d, link);
    double[] expected = new double[d];
    double[] fnull = baselineMean(bscores, baseline.weight(), link, expected);
    List<String> labelKeys = LabelKeys.of(options.labelHeaders(), d, log);
    boolean[] explained = explainedMask(f);
    int[] explainedIdx = indices(explained, f);
    List<String> explainedNames = namesAt(featureNames, explainedIdx);
    sink.begin(labelKeys);
    ShapAggregator agg = new ShapAggregator(options.aggMethod(), d, explainedIdx.length);
    Planner planner = new Planner(records, baseline.rows().toArray(new Object[0][]), explained);
    boolean[] singular = new boolean[1];
    boolean warned = false;
    ExecutorService pool = scorerPool();
    try {
      Chunk running = planner.next();
      Future<double[][]> pending = running == null ? null : submit(pool, running);
      int done = 0;
      while (running != null) {
        Chunk next = planner.next();
        double[][] scores = await(pending);
        if (next != null) {
          pending = submit(pool, next);
        }
        checkCount(scores, running.rows.size());
        checkScores(scores, d, link);
        for (RecordTask task : running.tasks) {
          double[][] phi = task.solve(scores, fnull, link, options.l1(), singular);
          if (singular[0] && !warned) {
            log.warn(SINGULAR_WARNING);
            warned = true;
          }
          double[][] local = explainedOnly(phi, d, explainedIdx);
          sink.accept(task.rowIndex, local);
          agg.add(local);
        }
        done += running.tasks.size();
        progress.explained(done, records.size());
        running = next;
      }
    } finally {
      pool.shutdownNow();
    }
    return new ShapRun(
        agg.results(labelKeys, explainedNames, expected),
        labelKeys,
        List.copyOf(explainedNames),
        records.size(),
        planner.firstNumSamples,
        modelRows.get(),
        scorerNanos.get(),
        System.nanoTime() - start);
  }

  /**
   * Returns the baseline's weighted mean score per output (fnull) and fills {@code expected} with
   * its image under {@code link} (the SHAP expected value).
   */
  private static double[] baselineMean(
      double[][] bscores, double weight, ScoreLink link, double[] expected) {
    double[] fnull = new double[expected.length];
    for (int j = 0; j < fnull.length; j++) {
      for (double[] s : bscores) {
        fnull[j] += weight * s[j];
      }
      expected[j] = link.apply(fnull[j]);
    }
    return fnull;
  }

  /** Returns the names at {@code idx}, in that order (a mutable list). */
  private static List<String> namesAt(List<String> names, int[] idx) {
    List<String> out = new ArrayList<>();
    for (int i : idx) {
      out.add(names.get(i));
    }
    return out;
  }

  /** Returns the one daemon thread that scores the next chunk while this one is solved. */
  private static ExecutorService scorerPool() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "shap-scorer");
          t.setDaemon(true);
          return t;
        });
  }

  /** Throws when the scorer did not return one score vector per row of the chunk. */
  private static void checkCount(double[][] scores, int rows) {
    if (scores.length != rows) {
      throw new ModelInvocationException(
          "predictor: the scorer returned "
              + scores.length
              + " score vectors for "
              + rows
              + " rows");
    }
  }

  /** Returns, per output (d of them), the attributions of the explained features only. */
  private static double[][] explainedOnly(double[][] phi, int d, int[] explainedIdx) {
    double[][] local = new double[d][explainedIdx.length];
    for (int j = 0; j < d; j++) {
      for (int e = 0; e < explainedIdx.length; e++) {
        local[j][e] = phi[j][explainedIdx[e]];
      }
    }
    return local;
  }

  private boolean[] explainedMask(int f) {
    List<Integer> list = options.featuresToExplain();
    if (list == null || list.isEmpty()) {
      return null;
    }
    boolean[] mask = new boolean[f];
    for (int i : list) {
      mask[i] = true;
    }
    return mask;
  }

  private static int[] indices(boolean[] explained, int f) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < f; i++) {
      if (explained == null || explained[i]) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void checkScores(double[][] scores, int d, ScoreLink link) {
    for (int r = 0; r < scores.length; r++) {
      if (scores[r].length != d) {
        throw new ModelInvocationException(
            "Model returned " + scores[r].length + " scores for record " + r + ", expected " + d);
      }
      if (link.isLogit()) {
        for (double v : scores[r]) {
          link.check(v);
        }
      }
    }
  }

  private double[][] timedScore(List<Object[]> rows) {
    long t = System.nanoTime();
    try {
      return scorer.score(rows);
    } finally {
      scorerNanos.addAndGet(System.nanoTime() - t);
      modelRows.addAndGet(rows.size());
    }
  }

  private Future<double[][]> submit(ExecutorService pool, Chunk chunk) {
    return pool.submit(() -> timedScore(chunk.rows));
  }

  private static double[][] await(Future<double[][]> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelInvocationException("SHAP was interrupted while waiting for the model", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new ModelInvocationException(
          "model scoring failed: " + FairnessException.internalReason(cause), cause);
    }
  }

  /** Records planned together and their model rows. */
  private record Chunk(List<RecordTask> tasks, List<Object[]> rows) {}

  /** Plans records into chunks, in record order. */
  private final class Planner {
    private final FeatureRows records;
    private final Object[][] base;
    private final boolean[] explained;
    private int next;
    private int firstNumSamples = -1;
    private int expectedRecordRows = 4096;

    Planner(FeatureRows records, Object[][] base, boolean[] explained) {
      this.records = records;
      this.base = base;
      this.explained = explained;
    }

    Chunk next() {
      if (next >= records.size()) {
        return null;
      }
      List<RecordTask> tasks = new ArrayList<>();
      // presized: growing a list of ~10^5 rows by copying dominated the profile
      List<Object[]> rows = new ArrayList<>(options.chunkRows() + expectedRecordRows);
      while (next < records.size() && (tasks.isEmpty() || rows.size() < options.chunkRows())) {
        RecordTask task =
            RecordTask.plan(
                next,
                records.rowIndex(next),
                records.row(next),
                base,
                explained,
                options.numSamples(),
                options.seed());
        if (firstNumSamples < 0) {
          firstNumSamples = task.nsamples;
          log.info("SHAP n_samples " + task.nsamples);
        }
        expectedRecordRows = Math.max(expectedRecordRows, task.rowCount());
        task.appendRows(rows, rows.size());
        tasks.add(task);
        next++;
      }
      return new Chunk(tasks, rows);
    }
  }
}
