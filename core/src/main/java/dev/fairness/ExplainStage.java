package dev.fairness;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.PdpConfig;
import dev.fairness.config.ShapConfig;
import dev.fairness.data.Column;
import dev.fairness.data.Dataset;
import dev.fairness.explain.AutoBaseline;
import dev.fairness.explain.Baseline;
import dev.fairness.explain.BaselineCsvWriter;
import dev.fairness.explain.BaselineFile;
import dev.fairness.explain.FeatureRows;
import dev.fairness.explain.KernelShapExplainer;
import dev.fairness.explain.LocalShapSink;
import dev.fairness.explain.PartialDependence;
import dev.fairness.explain.ShapCsvWriter;
import dev.fairness.explain.ShapOptions;
import dev.fairness.explain.ShapRun;
import dev.fairness.result.Explanations;
import dev.fairness.result.PdpResult;
import dev.fairness.result.ShapLabelResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Steps 8 and 9 of spec §11: the baseline, Kernel SHAP (local values streamed to {@code
 * explanations_shap/out.csv}), and partial dependence.
 */
final class ExplainStage {

  private final AnalysisConfig config;
  private final long seed;
  private final Integer maxRecords;
  private final RunLog log;
  private final Progress progress;
  private final boolean csvSafe;
  private Integer chosenClusters;

  ExplainStage(
      AnalysisConfig config,
      long seed,
      Integer maxRecords,
      boolean csvSafe,
      RunLog log,
      Progress progress) {
    this.csvSafe = csvSafe;
    this.config = config;
    this.seed = seed;
    this.maxRecords = maxRecords;
    this.log = log;
    this.progress = progress;
  }

  /** Returns the number of clusters the auto baseline chose, or null. */
  Integer chosenClusters() {
    return chosenClusters;
  }

  Explanations run(Dataset ds, ModelSession model, OutputDirectory dir) {
    ShapConfig shap = config.methods().shap();
    PdpConfig pdp = config.methods().pdp();
    List<String> features = ds.featureNames();
    List<Object> labelHeaders = config.predictor().labelHeaders();
    Map<String, ShapLabelResult> kernelShap = null;
    int explained = 0;
    String agg = null;
    if (shap != null) {
      ShapOptions options =
          ShapOptions.from(shap, seed, config.local().shapL1Reg(), features, labelHeaders);
      Baseline baseline = baseline(shap, ds);
      writeBaseline(dir, features, baseline);
      FeatureRows rows = FeatureRows.of(ds.table(), features, maxRecords == null ? -1 : maxRecords);
      progress.start("SHAP records", rows.size());
      KernelShapExplainer explainer =
          new KernelShapExplainer(
              model, options, log, (done, total) -> progress.advance("SHAP records", done, total));
      ShapRun run = explain(explainer, shap, options, ds, rows, baseline, dir);
      kernelShap = run.kernelShap();
      explained = run.explainedRecords();
      agg = options.aggMethod();
      log.info(
          String.format(
              Locale.ROOT,
              "SHAP explained %d records with %d model rows in %.1f s (%.0f%% of it inside the model)",
              run.explainedRecords(),
              run.modelRows(),
              run.wallNanos() / 1e9,
              run.wallNanos() == 0 ? 0.0 : 100.0 * run.scorerNanos() / run.wallNanos()));
    }
    List<PdpResult> pdpResults = null;
    if (pdp != null) {
      List<Integer> chosen = PartialDependence.chooseFeatures(pdp, features, kernelShap);
      pdpResults =
          new PartialDependence(model, log)
              .compute(
                  ds.table(),
                  features,
                  chosen,
                  pdp.gridResolution(),
                  config.local().pdpMaxRows(),
                  seed,
                  labelHeaders);
    }
    return new Explanations(kernelShap, pdpResults, agg, explained);
  }

  private ShapRun explain(
      KernelShapExplainer explainer,
      ShapConfig shap,
      ShapOptions options,
      Dataset ds,
      FeatureRows rows,
      Baseline baseline,
      OutputDirectory dir) {
    if (!shap.saveLocalShapValues()) {
      return explainer.explain(ds.featureNames(), rows, baseline, LocalShapSink.discard());
    }
    Column join = ds.joinsource() == null ? null : ds.table().column(ds.joinsource());
    String file = "explanations_shap/out.csv";
    try (Writer w =
        new BufferedWriter(
            Files.newBufferedWriter(dir.stage(file), StandardCharsets.UTF_8), 1 << 16)) {
      List<String> explainedFeatures = explainedFeatures(ds.featureNames(), options);
      return explainer.explain(
          ds.featureNames(),
          rows,
          baseline,
          new ShapCsvWriter(w, explainedFeatures, join, csvSafe));
    } catch (IOException e) {
      throw dir.cannotWrite(file, e);
    } catch (UncheckedIOException e) {
      throw dir.cannotWrite(file, e.getCause());
    }
  }

  private static List<String> explainedFeatures(List<String> features, ShapOptions options) {
    List<Integer> idx = options.featuresToExplain();
    if (idx == null || idx.isEmpty()) {
      return features;
    }
    return idx.stream().sorted().map(features::get).toList();
  }

  private Baseline baseline(ShapConfig shap, Dataset ds) {
    List<String> features = ds.featureNames();
    if (shap.baselineRows() != null) {
      return Baseline.ofRows(shap.baselineRows(), features.size());
    }
    if (shap.baselineFile() != null) {
      return BaselineFile.read(shap.baselineFile(), config, features);
    }
    Baseline b = AutoBaseline.compute(ds.table(), features, shap.numClusters(), seed, log);
    chosenClusters = b.size();
    return b;
  }

  private void writeBaseline(OutputDirectory dir, List<String> features, Baseline baseline) {
    OutputWriter.file(
        dir,
        "explanations_shap/baseline.csv",
        w -> BaselineCsvWriter.write(w, features, baseline, csvSafe));
  }
}
