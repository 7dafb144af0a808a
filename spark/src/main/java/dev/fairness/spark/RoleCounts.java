package dev.fairness.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import dev.fairness.RunLog;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.data.CountedRowsBuilder;
import dev.fairness.data.DataException;
import dev.fairness.data.DatasetLoader;
import dev.fairness.data.Table;
import dev.fairness.data.csv.CsvHeaderMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The distributed part of the job: one aggregation of the dataset by the values of its role columns
 * (label, predicted label, group variable, facets) that counts the rows of each distinct
 * combination and finds where it first appears. The driver gets one row per combination, which is
 * the contingency table at its finest, and builds the counted table the core analysis runs on
 * (column kinds, facet groups and strata come from its distinct values, the metrics from its
 * counts).
 */
final class RoleCounts {

  /** FT's rows on the driver, or why they are not there. */
  record FlipRows(dev.fairness.data.Dataset rows, String error) {}

  private final SparkSource source;
  private final AnalysisConfig config;
  private final String uri;
  private final dev.fairness.data.Dataset dataset;
  private final long[] rowCounts;
  private final long rows;
  private final RunLog log;

  private RoleCounts(
      SparkSource source,
      AnalysisConfig config,
      String uri,
      dev.fairness.data.Dataset dataset,
      long[] rowCounts,
      RunLog log) {
    this.source = source;
    this.config = config;
    this.uri = uri;
    this.dataset = dataset;
    this.rowCounts = rowCounts;
    long n = 0;
    for (long c : rowCounts) {
      n += c;
    }
    this.rows = n;
    this.log = log;
  }

  /**
   * Counts the dataset at {@code uri}.
   *
   * @param maxCombinations most distinct role-value combinations brought to the driver
   * @throws DataException when there are more (a continuous score as predicted label, say)
   */
  static RoleCounts count(
      SparkSession spark,
      AnalysisConfig config,
      String uri,
      CsvHeaderMode headerMode,
      long maxCombinations,
      RunLog log) {
    SparkSource src = SparkSource.open(spark, config, uri, headerMode);
    Table names = new Table(uri, 0, src.names(), List.of());
    List<String> roles =
        DatasetLoader.roleColumns(DatasetLoader.withRoles(config, names, src.jsonFeatures()));
    Dataset<Row> cells = src.cells(indexes(src.names(), roles));
    Column[] keys = new Column[roles.size()];
    for (int j = 0; j < keys.length; j++) {
      keys[j] = col("c" + j);
    }
    Column first = struct(col(SparkSource.FILE), col(SparkSource.BLOCK), col(SparkSource.INDEX));
    List<Row> combos =
        cells
            .groupBy(keys)
            .agg(org.apache.spark.sql.functions.count(lit(1)).as("n"), min(first).as("first"))
            .limit((int) Math.min(Integer.MAX_VALUE - 8, maxCombinations + 1))
            .collectAsList();
    if (combos.size() > maxCombinations) {
      throw new DataException(
          "Dataset "
              + uri
              + ": the columns "
              + roles
              + " have more than "
              + maxCombinations
              + " distinct combinations of values (a score as predicted_label?); give predicted"
              + " labels rather than scores, or raise --max-combinations (driver memory)");
    }
    if (combos.isEmpty()) {
      throw new DataException("Dataset " + uri + " has no data rows");
    }
    List<Row> sorted = new ArrayList<>(combos);
    sorted.sort(FIRST_SEEN);
    CountedRowsBuilder b = new CountedRowsBuilder(roles, src.text());
    for (Row r : sorted) {
      b.add(cellsOf(src, r, roles.size()), r.getLong(roles.size()));
    }
    dev.fairness.data.Dataset ds =
        DatasetLoader.withRoles(config, b.table(uri, src.names()), src.jsonFeatures());
    log.info("Counted " + uri + ": " + combos.size() + " distinct combinations of " + roles);
    return new RoleCounts(src, config, uri, ds, b.counts(), log);
  }

  /** Returns the counted table with its roles. */
  dev.fairness.data.Dataset dataset() {
    return dataset;
  }

  /** Returns, per counted row, the number of dataset rows it stands for. */
  long[] rowCounts() {
    return rowCounts;
  }

  /**
   * Returns every row with every column, in reading order, for FT when it is requested and the
   * dataset has at most {@code maxRows} rows; else the error FT entries carry (null rows).
   */
  FlipRows flipRows(long maxRows) {
    List<String> post = config.methods().postTraining();
    if (post == null || !post.contains("FT")) {
      return new FlipRows(null, null);
    }
    if (rows > maxRows) {
      return new FlipRows(
          null,
          "FT needs every row on the driver; the dataset has "
              + rows
              + " rows, more than --ft-max-rows "
              + maxRows
              + "; raise it (driver memory) or leave FT out");
    }
    List<String> names = source.names();
    int[] all = new int[names.size()];
    for (int j = 0; j < all.length; j++) {
      all[j] = j;
    }
    List<Row> got =
        source
            .cells(all)
            .orderBy(col(SparkSource.FILE), col(SparkSource.BLOCK), col(SparkSource.INDEX))
            .collectAsList();
    CountedRowsBuilder b = new CountedRowsBuilder(names, source.text());
    for (Row r : got) {
      b.add(cellsOf(source, r, all.length), 1);
    }
    log.info("FT: brought " + got.size() + " rows to the driver");
    return new FlipRows(
        DatasetLoader.withRoles(config, b.table(uri, names), source.jsonFeatures()), null);
  }

  private static List<Object> cellsOf(SparkSource src, Row r, int n) {
    List<Object> out = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      out.add(src.cell(r, j));
    }
    return out;
  }

  private static int[] indexes(List<String> names, List<String> wanted) {
    int[] out = new int[wanted.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = names.indexOf(wanted.get(j));
    }
    return out;
  }

  /** Orders combinations by where they first appear: file, split start, position. */
  private static final Comparator<Row> FIRST_SEEN =
      Comparator.comparing(
          (Row r) -> r.getStruct(r.length() - 1),
          Comparator.comparing((Row f) -> f.getString(0))
              .thenComparingLong(f -> f.getLong(1))
              .thenComparingLong(f -> f.getLong(2)));
}
