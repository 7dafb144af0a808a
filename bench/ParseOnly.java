import dev.fairness.RunLog;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.data.ColumnNeeds;
import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.data.Dataset;
import dev.fairness.data.DatasetLoader;
import java.nio.file.Path;

/**
 * Parse-only baseline for bench/bias-scale.sh: reads a dataset exactly as `fairness analyze` does
 * (same config, same parser, same kept columns) and does nothing else. Prints one line:
 * {@code parse_s=<seconds> rows=<n>}. Run with the shaded jar on the class path:
 * {@code java -cp cli/target/fairness.jar bench/ParseOnly.java CONFIG DATASET [ft]}
 */
public class ParseOnly {
  public static void main(String[] args) {
    long t0 = System.nanoTime();
    AnalysisConfig config =
        ConfigLoader.load(
            Path.of(args[0]).toAbsolutePath(),
            new ConfigOverrides(Path.of(args[1]).toAbsolutePath(), null, null, null),
            RunLog.silent());
    ColumnNeeds needs = args.length > 2 ? ColumnNeeds.rolesOnly().plusAllColumns() : ColumnNeeds.rolesOnly();
    Dataset d = DatasetLoader.load(config, null, CsvHeaderMode.AUTO, needs, RunLog.silent());
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "parse_s=%.3f rows=%d%n", s, d.table().rowCount());
  }
}
