package dev.fairness.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ColumnRef;
import dev.fairness.config.ConfigException;
import dev.fairness.data.DataException;
import dev.fairness.data.JsonLineCells;
import dev.fairness.data.csv.CsvHeader;
import dev.fairness.data.csv.CsvHeaderMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A dataset as Spark reads it, cut to the cells the analysis needs: per row, the chosen columns as
 * strings (raw CSV text, or typed values in {@link CellText}) and the row's place in the local
 * engine's reading order ({@code __f} file, {@code __b} split start, {@code __i} position).
 */
final class SparkSource {

  static final String FILE = "__f";
  static final String BLOCK = "__b";
  static final String INDEX = "__i";

  private final Dataset<Row> rows;
  private final List<String> names;
  private final boolean text;
  private final int jsonFeatures;
  private final JsonLineCells json;

  private SparkSource(
      Dataset<Row> rows, List<String> names, boolean text, int jsonFeatures, JsonLineCells json) {
    this.rows = rows;
    this.names = names;
    this.text = text;
    this.jsonFeatures = jsonFeatures;
    this.json = json;
  }

  /** Opens the dataset of {@code config} at {@code uri}; reads only names and first rows. */
  static SparkSource open(
      SparkSession spark, AnalysisConfig config, String uri, CsvHeaderMode headerMode) {
    try {
      return openType(spark, config, uri, headerMode);
    } catch (Exception e) {
      if (e instanceof AnalysisException a) {
        String m = a.getMessage() == null ? a.toString() : a.getMessage();
        int cut = m.indexOf(". SQLSTATE");
        throw new DataException(
            "dataset_uri "
                + uri
                + ": "
                + (cut > 0 ? m.substring(0, cut) : m.lines().findFirst().orElse(m))
                + "; check the path and dataset_type",
            a);
      }
      throw e;
    }
  }

  private static SparkSource openType(
      SparkSession spark, AnalysisConfig config, String uri, CsvHeaderMode headerMode) {
    String type = config.datasetType().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "text/csv" -> csv(spark, config, uri, headerMode);
      case "application/jsonlines" -> jsonLines(spark, config, uri);
      case "application/x-parquet" -> parquet(spark, config, uri);
      default ->
          throw new ConfigException(
              "dataset_type "
                  + type
                  + ": one JSON document is not split by Spark; convert it to JSON Lines or"
                  + " Parquet, or run 'fairness analyze'");
    };
  }

  /** Returns every column name of the dataset, in order. */
  List<String> names() {
    return names;
  }

  /** Returns true when the cells are raw CSV text, false for {@link CellText} typed values. */
  boolean text() {
    return text;
  }

  /** Returns k of a JSON Lines dataset (0 for others). */
  int jsonFeatures() {
    return jsonFeatures;
  }

  /**
   * Returns the rows with columns {@code c0..} (the given column indexes: strings for CSV and JSON
   * Lines, the Parquet types for Parquet; read them with {@link #cell}) and the order key.
   */
  Dataset<Row> cells(int[] columns) {
    List<StructField> fields = new ArrayList<>();
    for (int j = 0; j < columns.length; j++) {
      fields.add(DataTypes.createStructField("c" + j, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(BLOCK, DataTypes.LongType, false));
    fields.add(DataTypes.createStructField(INDEX, DataTypes.LongType, false));
    StructType schema = DataTypes.createStructType(fields);
    if (json != null) {
      JsonLineCells cellsOf = json;
      int k = jsonFeatures;
      int[] cols = columns.clone();
      return rows.map(
          (MapFunction<Row, Row>)
              r -> {
                String where = r.getString(1) + " (split at byte " + r.getLong(2) + ")";
                Object[] v = cellsOf.cells(r.getString(0), k, cols, where);
                Object[] out = new Object[cols.length + 3];
                for (int j = 0; j < cols.length; j++) {
                  out[j] = CellText.encode(v[j]);
                }
                out[cols.length] = r.getString(1);
                out[cols.length + 1] = r.getLong(2);
                out[cols.length + 2] = r.getLong(3);
                return RowFactory.create(out);
              },
          Encoders.row(schema));
    }
    if (text) {
      List<Column> sel = new ArrayList<>();
      for (int j = 0; j < columns.length; j++) {
        sel.add(col("_c" + columns[j]).as("c" + j));
      }
      sel.add(col(FILE));
      sel.add(col(BLOCK));
      sel.add(col(INDEX));
      return rows.select(sel.toArray(new Column[0]));
    }
    // Parquet: the typed columns themselves, grouped by Spark's generated code
    List<Column> sel = new ArrayList<>();
    String[] present = rows.columns();
    for (int j = 0; j < columns.length; j++) {
      sel.add(col("`" + present[columns[j]] + "`").as("c" + j));
    }
    sel.add(col(FILE));
    sel.add(col(BLOCK));
    sel.add(col(INDEX));
    return rows.select(sel.toArray(new Column[0]));
  }

  /**
   * Returns cell {@code j} of a row of {@link #cells} as the counted table takes it: raw text for
   * CSV, a typed value ({@link CellText#typed}) otherwise.
   */
  Object cell(Row r, int j) {
    if (r.isNullAt(j)) {
      return null;
    }
    if (text) {
      return r.getString(j);
    }
    return json != null ? CellText.decode(r.getString(j)) : CellText.typed(r.get(j));
  }

  private static Dataset<Row> withOrder(Dataset<Row> df) {
    return df.withColumn(FILE, col("_metadata.file_path"))
        .withColumn(BLOCK, col("_metadata.file_block_start"))
        .withColumn(INDEX, monotonically_increasing_id());
  }

  private static SparkSource csv(
      SparkSession spark, AnalysisConfig config, String uri, CsvHeaderMode mode) {
    Dataset<Row> raw =
        spark
            .read()
            .option("header", "false")
            .option("inferSchema", "false")
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .csv(uri);
    String first = firstFile(raw, uri);
    List<Row> head = spark.read().option("escape", "\"").csv(first).limit(2).collectAsList();
    if (head.isEmpty()) {
      throw new DataException("Dataset " + uri + " has no data rows");
    }
    List<String> firstRow = strings(head.get(0));
    CsvHeader h = CsvHeader.decide(config.headers(), mode, first, firstRow, head.size() > 1);
    if (h.names().size() != raw.columns().length) {
      throw new DataException(
          "Headers in config do not match with the number of columns in the dataset.");
    }
    Dataset<Row> rows = withOrder(raw);
    if (h.skipFirst()) {
      int n = raw.columns().length;
      rows =
          rows.filter(
              (FilterFunction<Row>)
                  r -> r.getLong(n + 1) != 0 || !CsvHeader.sameCells(strings(r, n), firstRow));
    }
    return new SparkSource(rows, h.names(), true, 0, null);
  }

  private static SparkSource jsonLines(SparkSession spark, AnalysisConfig config, String uri) {
    JsonLineCells cells =
        new JsonLineCells(
            config.features(), expression(config.label()), expression(config.predictedLabel()));
    Dataset<Row> raw = spark.read().text(uri);
    String first = firstFile(raw, uri);
    String line = null;
    for (Row r : spark.read().text(first).limit(1000).collectAsList()) {
      if (!r.getString(0).isBlank()) {
        line = r.getString(0);
        break;
      }
    }
    if (line == null) {
      throw new DataException("Dataset " + uri + " has no data rows");
    }
    List<String> names = cells.names(line, config.headers(), first + " (first record)");
    int k =
        names.size() - (config.label() != null ? 1 : 0) - (config.predictedLabel() != null ? 1 : 0);
    Dataset<Row> rows = withOrder(raw).filter((FilterFunction<Row>) r -> !r.getString(0).isBlank());
    return new SparkSource(rows, names, false, k, cells);
  }

  private static SparkSource parquet(SparkSession spark, AnalysisConfig config, String uri) {
    Dataset<Row> raw = spark.read().parquet(uri);
    List<String> fields = Arrays.asList(raw.columns());
    for (StructField f : raw.schema().fields()) {
      CellText.checkType(f, uri);
    }
    List<String> names = fields;
    if (config.headers() != null) {
      if (config.headers().size() != fields.size()) {
        throw new DataException(
            "headers: "
                + config.headers().size()
                + " names given but "
                + uri
                + " has "
                + fields.size()
                + " columns; give one name per Parquet column or leave headers out");
      }
      names = List.copyOf(config.headers());
    }
    return new SparkSource(withOrder(raw), names, false, 0, null);
  }

  private static String firstFile(Dataset<Row> raw, String uri) {
    String[] files = raw.inputFiles();
    if (files.length == 0) {
      throw new DataException("Dataset " + uri + " has no data rows");
    }
    Arrays.sort(files);
    return files[0];
  }

  private static String expression(ColumnRef ref) {
    if (ref == null) {
      return null;
    }
    return ref.isIndex() ? "[" + ref.index() + "]" : ref.name();
  }

  private static List<String> strings(Row r) {
    return strings(r, r.length());
  }

  private static List<String> strings(Row r, int n) {
    List<String> out = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      out.add(r.isNullAt(j) ? "" : r.getString(j));
    }
    return out;
  }
}
