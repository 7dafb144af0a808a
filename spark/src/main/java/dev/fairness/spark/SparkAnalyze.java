package dev.fairness.spark;

import dev.fairness.AnalysisOptions;
import dev.fairness.CountedAnalysis;
import dev.fairness.FairnessException;
import dev.fairness.OutputDirectory;
import dev.fairness.RunLog;
import dev.fairness.config.ConfigException;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.config.LoadedConfig;
import dev.fairness.data.csv.CsvHeaderMode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * The bias analysis as a Spark job: {@code spark-submit --class dev.fairness.spark.SparkAnalyze
 * fairness-spark.jar --config analysis.json --output DIR}. The dataset ({@code dataset_uri}: any
 * Hadoop path, CSV, JSON Lines or Parquet) is counted by Spark ({@link RoleCounts}); the metrics,
 * analysis.json and the reports come from the same core code as {@code fairness analyze}, on the
 * driver ({@link CountedAnalysis}). Exit codes and the one-line error format are the command line's
 * (README "Exit codes").
 */
public final class SparkAnalyze {

  private SparkAnalyze() {}

  /** The job's options. */
  record Options(
      Path config,
      Path output,
      Set<String> formats,
      long ftMaxRows,
      long maxCombinations,
      CsvHeaderMode csvHeader,
      boolean quiet) {}

  /** Runs the job in the Spark session of {@code spark-submit} and exits with its code. */
  public static void main(String[] args) {
    int code;
    Options o;
    try {
      o = parse(args);
    } catch (ConfigException e) {
      System.err.println("fairness: error: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("fairness").getOrCreate();
    try {
      code = run(spark, o, System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /**
   * Runs one analysis in {@code spark} and returns the exit code; messages go to {@code out} (the
   * files written) and {@code err} (the one-line error).
   */
  static int run(SparkSession spark, Options o, PrintStream out, PrintStream err) {
    RunLog log = o.quiet() ? RunLog.silent() : new StderrLog(err);
    try {
      LoadedConfig loaded = load(o.config());
      String uri = DatasetUri.of(o.config());
      RoleCounts counts =
          RoleCounts.count(spark, loaded.config(), uri, o.csvHeader(), o.maxCombinations(), log);
      RoleCounts.FlipRows flip = counts.flipRows(o.ftMaxRows());
      Path target = o.output().toAbsolutePath();
      AnalysisOptions options =
          new AnalysisOptions(
              null, o.csvHeader(), o.formats(), null, Version.text(), System.getenv(), null);
      List<Path> written;
      try (OutputDirectory dir = OutputDirectory.open(target)) {
        CountedAnalysis.run(
            loaded,
            options,
            uri,
            counts.dataset(),
            counts.rowCounts(),
            flip.rows(),
            flip.error(),
            dir,
            log);
        written = dir.commit();
      }
      if (!o.quiet()) {
        for (Path p : written) {
          out.println("wrote " + p);
        }
      }
      return 0;
    } catch (Exception e) {
      FairnessException f = FailureCause.find(e);
      if (f == null) {
        String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        err.println("fairness: error: internal error (" + m + "); please report it");
        return 1;
      }
      err.println("fairness: error: " + f.getMessage());
      return switch (f.kind()) {
        case CONFIG -> 2;
        case DATA -> 3;
        case MODEL -> 4;
      };
    }
  }

  /** Loads the config; {@code dataset_uri} is read by {@link DatasetUri}, not as a local path. */
  private static LoadedConfig load(Path config) {
    if (!Files.isRegularFile(config)) {
      throw new ConfigException("--config " + config + ": no such file; give the analysis config");
    }
    Path dir = config.toAbsolutePath().getParent();
    return ConfigLoader.loadDocument(
        config, new ConfigOverrides(dir, null, null, null), RunLog.silent());
  }

  /** Parses the job's arguments; throws {@link ConfigException} for a usage error. */
  static Options parse(String[] args) {
    Path config = null;
    Path output = Path.of("analysis_output");
    Set<String> formats = new LinkedHashSet<>(List.of("json", "html", "md"));
    long ftMaxRows = 1_000_000;
    long maxCombinations = 2_000_000;
    CsvHeaderMode header = CsvHeaderMode.AUTO;
    boolean quiet = false;
    List<String> a = new ArrayList<>(List.of(args));
    for (int i = 0; i < a.size(); i++) {
      String k = a.get(i);
      if (k.equals("--quiet")) {
        quiet = true;
        continue;
      }
      if (i + 1 >= a.size()) {
        throw new ConfigException(k + ": missing value; see docs/spark.md for the options");
      }
      String v = a.get(++i);
      switch (k) {
        case "--config" -> config = Path.of(v);
        case "--output" -> output = Path.of(v);
        case "--format" -> formats = formats(v);
        case "--ft-max-rows" -> ftMaxRows = number(k, v);
        case "--max-combinations" -> maxCombinations = number(k, v);
        case "--csv-header" -> header = headerMode(v);
        default ->
            throw new ConfigException(
                k
                    + ": unknown option; use --config, --output, --format, --ft-max-rows,"
                    + " --max-combinations, --csv-header or --quiet");
      }
    }
    if (config == null) {
      throw new ConfigException("--config: required; give the analysis config (analysis.json)");
    }
    return new Options(config, output, formats, ftMaxRows, maxCombinations, header, quiet);
  }

  private static Set<String> formats(String v) {
    Set<String> out = new LinkedHashSet<>();
    for (String f : v.split(",")) {
      String t = f.trim();
      if (!Set.of("json", "html", "md").contains(t)) {
        throw new ConfigException("--format " + v + ": unknown format " + t + "; use json,html,md");
      }
      out.add(t);
    }
    return out;
  }

  private static long number(String key, String v) {
    try {
      long n = Long.parseLong(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(key + " " + v + ": not a count; give a whole number >= 0");
  }

  private static CsvHeaderMode headerMode(String v) {
    return switch (v) {
      case "auto" -> CsvHeaderMode.AUTO;
      case "present" -> CsvHeaderMode.PRESENT;
      case "absent" -> CsvHeaderMode.ABSENT;
      default -> throw new ConfigException("--csv-header " + v + ": use auto, present or absent");
    };
  }

  /** Info and warning lines on stderr, one per line. */
  private record StderrLog(PrintStream err) implements RunLog {
    @Override
    public void debug(String message) {}

    @Override
    public void info(String message) {
      err.println("fairness: " + message);
    }

    @Override
    public void warn(String message) {
      err.println("fairness: warning: " + message);
    }
  }

  /** The tool version of the jar's manifest, for report headers. */
  private static final class Version {
    static String text() {
      String v = SparkAnalyze.class.getPackage().getImplementationVersion();
      return v == null ? "dev" : v;
    }
  }
}
