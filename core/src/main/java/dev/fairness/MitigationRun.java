package dev.fairness;

import dev.fairness.bias.LabelIndex;
import dev.fairness.bias.LabelRule;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.LoadedConfig;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnNeeds;
import dev.fairness.data.ColumnType;
import dev.fairness.data.DataException;
import dev.fairness.data.Dataset;
import dev.fairness.data.DatasetLoader;
import dev.fairness.data.FacetColumn;
import dev.fairness.mitigate.Constraint;
import dev.fairness.mitigate.ExpectedOutcomes;
import dev.fairness.mitigate.GroupOutcome;
import dev.fairness.mitigate.GroupedScores;
import dev.fairness.mitigate.MitigationException;
import dev.fairness.mitigate.MitigationOutcome;
import dev.fairness.mitigate.MitigationResult;
import dev.fairness.mitigate.ScoreSteps;
import dev.fairness.mitigate.ThresholdFit;
import dev.fairness.mitigate.ThresholdOptimizer;
import dev.fairness.mitigate.ThresholdsJson;
import dev.fairness.report.MitigationRenderer;
import dev.fairness.report.ReportFormat;
import dev.fairness.text.ValueText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One {@code fairness mitigate} run: reads the score ({@code predicted_score}), the label and each
 * facet, fits the per-group threshold rules of every requested constraint, and stages {@code
 * thresholds.json} and the mitigation reports. Never prints, never exits.
 */
public final class MitigationRun {

  /** The file of fitted rules, in the output directory. */
  public static final String THRESHOLDS_FILE = "thresholds.json";

  private MitigationRun() {}

  /**
   * Runs the fit and stages the outputs in {@code dir}; throws {@link FairnessException} on
   * configuration or data problems.
   */
  public static MitigationResult run(
      LoadedConfig loaded, MitigationOptions options, RunLog log, OutputDirectory dir) {
    AnalysisConfig config = loaded.config();
    check(config, options);
    Dataset ds =
        DatasetLoader.load(
            config,
            options.datasetOverride(),
            options.csvHeader(),
            options.limits(),
            ColumnNeeds.rolesOnly(),
            log);
    double[] scores = scores(ds);
    LabelIndex li =
        LabelRule.positive(ds.table().column(ds.label()), config.labelValuesOrThreshold(), log);
    boolean[] labels = li.positive().toBooleans();
    double threshold = config.effectiveProbabilityThreshold();
    List<MitigationOutcome> outcomes = new ArrayList<>();
    for (FacetColumn f : ds.facets()) {
      GroupedScores data =
          f.members().size() == 1
              ? grouped(scores, labels, ds.table().column(f.column()))
              : intersection(scores, labels, ds, f.members());
      ScoreSteps[] steps = ScoreSteps.of(data);
      List<GroupOutcome> before = ExpectedOutcomes.before(steps, threshold);
      for (Constraint c : options.constraints()) {
        ThresholdFit fit;
        try {
          fit = ThresholdOptimizer.fit(data, steps, c, options.objective(), options.gridSize());
        } catch (MitigationException e) {
          throw new MitigationException("facet " + f.column() + ": " + e.getMessage());
        }
        log.info(
            "Fitted "
                + c.id()
                + " thresholds for facet "
                + f.column()
                + " ("
                + data.groupCount()
                + " groups)");
        outcomes.add(MitigationOutcome.of(f.members(), steps, fit, before));
      }
    }
    String label = ds.label() + " positive when " + li.text();
    MitigationResult result =
        new MitigationResult(ds.predictedScore(), threshold, label, scores.length, outcomes);
    write(dir, result, options);
    return result;
  }

  private static void check(AnalysisConfig config, MitigationOptions options) {
    List<String> problems = new ArrayList<>();
    if (config.predictedScore() == null) {
      problems.add(
          "predicted_score: required by fairness mitigate; name the column of the model's"
              + " positive-class score");
    }
    if (config.label() == null || config.labelValuesOrThreshold().isEmpty()) {
      problems.add("label, label_values_or_threshold: required by fairness mitigate");
    }
    if (config.facets().isEmpty()) {
      problems.add("facet: required by fairness mitigate; name the sensitive column(s)");
    }
    for (Constraint c : options.constraints()) {
      if (!c.objectives().contains(options.objective())) {
        problems.add(
            "--objective "
                + options.objective().id()
                + ": not allowed with "
                + c.id()
                + "; use one of "
                + c.objectives().stream()
                    .map(r -> r.id())
                    .sorted()
                    .collect(Collectors.joining(", ")));
      }
    }
    if (options.gridSize() < 1) {
      problems.add("--grid-size " + options.gridSize() + ": must be at least 1");
    }
    if (!problems.isEmpty()) {
      throw new FairnessException(FairnessException.Kind.CONFIG, String.join("; ", problems));
    }
  }

  private static double[] scores(Dataset ds) {
    double[] s = ScoreColumn.scores(ds.table().column(ds.predictedScore()));
    for (int i = 0; i < s.length; i++) {
      if (!Double.isFinite(s[i])) {
        throw new DataException(
            "predicted_score: column "
                + ds.predictedScore()
                + " has "
                + (Double.isNaN(s[i]) ? "no score" : "an infinite score")
                + " in data row "
                + (i + 1)
                + "; every row needs a finite score");
      }
    }
    return s;
  }

  /** Returns the rows grouped by the facet cell's text (by dictionary code for text columns). */
  private static GroupedScores grouped(double[] scores, boolean[] labels, Column c) {
    if (c.type() != ColumnType.STRING) {
      return GroupedScores.of(scores, labels, keys(c));
    }
    int[] codes = new int[c.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = c.code(i);
      if (codes[i] < 0) {
        keys(c); // throws for the first missing cell
      }
    }
    return GroupedScores.ofCodes(scores, labels, codes, c.dictionary());
  }

  /**
   * Returns the rows grouped by the combination of the members' cells (an intersectional facet),
   * each group named by the member texts joined by {@code ", "} as Fairlearn's oracle names a
   * combined sensitive feature. Groups are ordered as pandas orders tuples, member by member:
   * joining by U+0000 while sorting gives that order, as no text sorts below it.
   */
  private static GroupedScores intersection(
      double[] scores, boolean[] labels, Dataset ds, List<String> members) {
    String[] keys = null;
    for (String m : members) {
      String[] k = keys(ds.table().column(m));
      if (keys == null) {
        keys = k;
      } else {
        for (int i = 0; i < keys.length; i++) {
          keys[i] = keys[i] + '\u0000' + k[i];
        }
      }
    }
    GroupedScores byTuple = GroupedScores.of(scores, labels, keys);
    List<String> names = byTuple.groupNames().stream().map(n -> n.replace("\u0000", ", ")).toList();
    return new GroupedScores(scores, labels, byTuple.group(), names);
  }

  /** Returns each row's group key: the facet cell as text. */
  static String[] keys(Column c) {
    String[] keys = new String[c.size()];
    for (int i = 0; i < keys.length; i++) {
      Object v = c.get(i);
      if (v == null) {
        throw new DataException(
            "facet "
                + c.name()
                + ": data row "
                + (i + 1)
                + " has no value; every row needs a group for mitigation");
      }
      keys[i] = ValueText.render(v);
    }
    return keys;
  }

  private static void write(OutputDirectory dir, MitigationResult result, MitigationOptions o) {
    try (Writer w = Files.newBufferedWriter(dir.stage(THRESHOLDS_FILE), StandardCharsets.UTF_8)) {
      ThresholdsJson.write(result.document(), w);
      if (o.formats().contains("html")) {
        render(dir, "mitigation.html", ReportFormat.HTML, result);
      }
      if (o.formats().contains("md")) {
        render(dir, "mitigation.md", ReportFormat.MARKDOWN, result);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void render(
      OutputDirectory dir, String name, ReportFormat format, MitigationResult result)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.stage(name), StandardCharsets.UTF_8)) {
      new MitigationRenderer(format).render(result, w);
    }
  }
}
