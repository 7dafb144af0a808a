import dev.fairness.RunLog;
import dev.fairness.ScoreColumn;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.data.Column;
import dev.fairness.data.ColumnNeeds;
import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.data.Dataset;
import dev.fairness.data.DatasetLoader;
import dev.fairness.mitigate.Constraint;
import dev.fairness.mitigate.ExpectedOutcomes;
import dev.fairness.mitigate.GroupedScores;
import dev.fairness.mitigate.Rate;
import dev.fairness.mitigate.ScoreSteps;
import dev.fairness.mitigate.ThresholdFit;
import dev.fairness.mitigate.ThresholdOptimizer;
import dev.fairness.bias.LabelRule;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Phase times of `fairness mitigate --constraint all` for bench/mitigate.sh, in one cold JVM:
 * read (the same loader and columns), prep (scores, labels, groups, one sort per group) and fit
 * (six constraints, each with its exact expected outcome), then prep and fit once more in the same
 * JVM (warm, without JIT warm-up). Prints {@code read_s=… prep_s=… fit_s=… rows=… check=…
 * warm_prep_fit_s=…}. Run with the shaded jar on the class path:
 * {@code java -cp cli/target/fairness.jar bench/MitigateOnly.java CONFIG DATASET}
 */
public class MitigateOnly {
  public static void main(String[] args) {
    long t0 = System.nanoTime();
    AnalysisConfig config =
        ConfigLoader.load(
            Path.of(args[0]).toAbsolutePath(),
            new ConfigOverrides(Path.of(args[1]).toAbsolutePath(), null, null, null),
            RunLog.silent());
    Dataset d =
        DatasetLoader.load(config, null, CsvHeaderMode.AUTO, ColumnNeeds.rolesOnly(), RunLog.silent());
    long t1 = System.nanoTime();
    double[] score = ScoreColumn.scores(d.table().column(d.predictedScore()));
    boolean[] label =
        LabelRule.positive(
                d.table().column(d.label()), config.labelValuesOrThreshold(), RunLog.silent())
            .positive()
            .toBooleans();
    Column facet = d.table().column(d.facets().get(0).column());
    int[] codes = new int[facet.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = facet.code(i);
    }
    GroupedScores data = GroupedScores.ofCodes(score, label, codes, facet.dictionary());
    ScoreSteps[] steps = ScoreSteps.of(data);
    ExpectedOutcomes.before(steps, 0.5);
    long t2 = System.nanoTime();
    double check = 0;
    for (Constraint c : Constraint.values()) {
      ThresholdFit fit = ThresholdOptimizer.fit(data, steps, c, Rate.ACCURACY_SCORE, 1000);
      check += ExpectedOutcomes.total(ExpectedOutcomes.after(steps, fit)).tp();
    }
    long t3 = System.nanoTime();
    // the same prep and fits again in this JVM: the steady state, without JIT warm-up
    GroupedScores again = GroupedScores.ofCodes(score, label, codes, facet.dictionary());
    ScoreSteps[] steps2 = ScoreSteps.of(again);
    ExpectedOutcomes.before(steps2, 0.5);
    for (Constraint c : Constraint.values()) {
      ThresholdFit fit = ThresholdOptimizer.fit(again, steps2, c, Rate.ACCURACY_SCORE, 1000);
      check += ExpectedOutcomes.total(ExpectedOutcomes.after(steps2, fit)).tp();
    }
    long t4 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "read_s=%.3f prep_s=%.3f fit_s=%.3f rows=%d check=%.3f warm_prep_fit_s=%.3f%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        score.length,
        check,
        (t4 - t3) / 1e9);
  }
}
