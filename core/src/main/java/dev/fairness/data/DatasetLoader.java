package dev.fairness.data;

import dev.fairness.RunLog;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ColumnRef;
import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.data.csv.CsvSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the dataset of an analysis (spec §3): the main dataset in its {@code dataset_type}, the
 * side datasets joined in (§3.5), the column roles resolved (§3.4), and only the columns that
 * {@link ColumnNeeds} asks for kept (§3.6).
 */
public final class DatasetLoader {

  private DatasetLoader() {}

  /**
   * Returns the loaded dataset, or throws {@link DataException} (exit 3) with the spec's message
   * for the first problem found.
   *
   * @param config the validated configuration
   * @param datasetOverride the {@code --dataset} path, or null to use {@code dataset_uri}
   * @param mode the {@code --csv-header} rule, used when {@code headers} is absent
   * @param needs the columns to keep beyond the role columns
   * @param log receives header decisions and dropped-row warnings
   */
  public static Dataset load(
      AnalysisConfig config,
      Path datasetOverride,
      CsvHeaderMode mode,
      ColumnNeeds needs,
      RunLog log) {
    return load(config, datasetOverride, mode, InputLimits.defaults(), needs, log);
  }

  /**
   * Returns {@link #load(AnalysisConfig, Path, CsvHeaderMode, ColumnNeeds, RunLog)} under the given
   * input size limits.
   */
  public static Dataset load(
      AnalysisConfig config,
      Path datasetOverride,
      CsvHeaderMode mode,
      InputLimits limits,
      ColumnNeeds needs,
      RunLog log) {
    Path location = datasetOverride != null ? datasetOverride : config.datasetUri();
    String key = datasetOverride != null ? "--dataset" : "dataset_uri";
    if (location == null) {
      throw new DataException("dataset_uri: no dataset given; set dataset_uri or pass --dataset");
    }
    List<Path> files = DatasetFiles.list(location, key);
    String type = config.datasetType().toLowerCase(Locale.ROOT);
    if (type.equals("text/csv")) {
      return CsvDataset.load(config, location, files, mode, limits, needs, log);
    }
    if (type.equals("application/x-parquet")) {
      return loadParquet(config, location, files, needs);
    }
    String label = expression(config.label());
    String predicted = expression(config.predictedLabel());
    JsonSource src =
        type.equals("application/jsonlines")
            ? new JsonLinesSource(
                files,
                location,
                config.headers(),
                config.features(),
                label,
                predicted,
                limits.maxLineBytes())
            : new JsonDocumentSource(
                files, location, config.headers(), config.features(), label, predicted);
    src.withScore(expression(config.predictedScore()));
    List<String> names = src.names();
    ColumnRoles roles = ColumnRoles.forJson(config, names, src.featureCount());
    requireFeatures(roles, needs);
    SourceData data = src.read(mask(names, keep(roles, names, needs)));
    if (data.rows() == 0) {
      throw noRows(location);
    }
    return dataset(new Table(location.toString(), data.rows(), names, data.columns()), roles);
  }

  private static Dataset loadParquet(
      AnalysisConfig config, Path location, List<Path> files, ColumnNeeds needs) {
    // Hadoop's marker and summary files (_SUCCESS, _metadata) are not part files
    List<Path> parts =
        files.stream().filter(f -> !f.getFileName().toString().startsWith("_")).toList();
    if (parts.isEmpty()) {
      throw noRows(location);
    }
    ParquetSource src = new ParquetSource(parts, location, config.headers());
    List<String> names = src.names();
    ColumnRoles roles = ColumnRoles.forCsv(config, names, null, null);
    requireFeatures(roles, needs);
    SourceData data = src.read(mask(names, keep(roles, names, needs)));
    if (data.rows() == 0) {
      throw noRows(location);
    }
    return dataset(new Table(location.toString(), data.rows(), names, data.columns()), roles);
  }

  static Set<String> keep(ColumnRoles roles, List<String> names, ColumnNeeds needs) {
    Set<String> keep = new LinkedHashSet<>(roles.roleColumns());
    if (needs.features()) {
      keep.addAll(roles.features());
    }
    if (needs.allColumns()) {
      keep.addAll(names);
    }
    for (ColumnRef c : needs.extraColumns()) {
      if (c.isIndex() ? c.index() < names.size() : names.contains(c.name())) {
        keep.add(c.isIndex() ? names.get(c.index()) : c.name());
      }
    }
    return keep;
  }

  static boolean[] mask(List<String> names, Set<String> keep) {
    boolean[] m = new boolean[names.size()];
    for (int j = 0; j < m.length; j++) {
      m[j] = keep.contains(names.get(j));
    }
    return m;
  }

  static void requireFeatures(ColumnRoles roles, ColumnNeeds needs) {
    if (needs.modelNeeded() && roles.features().isEmpty()) {
      throw new DataException("Data must contain features.");
    }
  }

  static DataException noRows(Path location) {
    return new DataException("Dataset " + location + " has no data rows");
  }

  private static String expression(ColumnRef ref) {
    if (ref == null) {
      return null;
    }
    return ref.isIndex() ? "[" + ref.index() + "]" : ref.name();
  }

  /**
   * Resolves the column roles of {@code config} on a table that was read elsewhere (a Spark job,
   * docs/spark.md) by the rules {@link #load} uses: CSV and Parquet address columns by name or
   * index, JSON types name them from {@code headers} or the JMESPath expressions.
   *
   * @param table the table; its loaded columns may be any subset (none, to learn the role names)
   * @param jsonFeatures the number of features k of a JSON dataset (ignored for other types)
   */
  public static Dataset withRoles(AnalysisConfig config, Table table, int jsonFeatures) {
    String type = config.datasetType().toLowerCase(Locale.ROOT);
    boolean json = type.equals("application/jsonlines") || type.equals("application/json");
    ColumnRoles roles =
        json
            ? ColumnRoles.forJson(config, table.columnNames(), jsonFeatures)
            : ColumnRoles.forCsv(config, table.columnNames(), null, null);
    return dataset(table, roles);
  }

  /** Returns the names of the role columns (label, predicted label, group, joinsource, facets). */
  public static List<String> roleColumns(Dataset ds) {
    List<String> out = new ArrayList<>();
    for (String n : new String[] {ds.label(), ds.predictedLabel(), ds.groupVariable()}) {
      if (n != null && !out.contains(n)) {
        out.add(n);
      }
    }
    for (FacetColumn f : ds.facets()) {
      if (!out.contains(f.column())) {
        out.add(f.column());
      }
    }
    return out;
  }

  static Dataset dataset(Table table, ColumnRoles roles) {
    return new Dataset(
        table,
        roles.label(),
        roles.predicted(),
        roles.facets(),
        roles.group(),
        roles.joinsource(),
        roles.features(),
        roles.excluded(),
        roles.score());
  }

  /**
   * Reads named columns of a CSV dataset with a header row, for commands that need a few columns by
   * name and no analysis configuration ({@code apply-thresholds}). Returns a table holding only the
   * {@code wanted} columns of the dataset at {@code location}; throws {@link DataException} when
   * the dataset is missing or empty or a column is not in its header.
   *
   * @param location dataset file or directory
   * @param option the command-line option that named it, for messages
   * @param wanted column names
   * @param log receives the reader's lines
   */
  public static Table readColumns(Path location, String option, List<String> wanted, RunLog log) {
    return readColumns(location, option, wanted, InputLimits.defaults(), log);
  }

  /** Returns {@link #readColumns(Path, String, List, RunLog)} under the given input limits. */
  public static Table readColumns(
      Path location, String option, List<String> wanted, InputLimits limits, RunLog log) {
    List<Path> files = DatasetFiles.list(location, option);
    CsvSource src = new CsvSource(files, location, null, CsvHeaderMode.PRESENT, limits, log);
    List<String> names = src.names();
    boolean[] keep = new boolean[names.size()];
    for (String w : wanted) {
      int i = names.indexOf(w);
      if (i < 0) {
        throw new DataException(
            option
                + " "
                + location
                + ": column "
                + w
                + " not found in the header; the rules need the columns "
                + String.join(", ", wanted));
      }
      keep[i] = true;
    }
    SourceData d = src.read(keep, -1);
    if (d.rows() == 0) {
      throw new DataException("Dataset " + location + " has no data rows");
    }
    return new Table(location.toString(), d.rows(), names, d.columns());
  }
}
