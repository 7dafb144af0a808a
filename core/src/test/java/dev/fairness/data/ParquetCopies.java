package dev.fairness.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.RunLog;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.config.ConfigLoader;
import dev.fairness.config.ConfigOverrides;
import dev.fairness.data.csv.CsvHeaderMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Test fixture: Parquet copies of datasets and configs, written with parquet-java's example writer.
 * A copy holds the columns exactly as the local engine typed them (INT → INT64, FLOAT → DOUBLE,
 * BOOL → BOOLEAN, STRING → UTF-8 BINARY, missing → null), so the analysis of the copy must give the
 * same numbers as that of the original.
 */
public final class ParquetCopies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ParquetCopies() {}

  /**
   * Writes a Parquet copy of a case for the benchmarks: {@code ParquetCopies CONFIG OUTDIR [PARTS
   * [ROW_GROUP_MB]]}; prints the copied config's path.
   */
  public static void main(String[] args) throws IOException {
    int parts = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    long group = args.length > 3 ? Long.parseLong(args[3]) << 20 : 64L * 1024;
    System.out.println(copyCase(Path.of(args[0]), Path.of(args[1]), parts, group));
  }

  /** Returns {@link #copyCase(Path, Path, int, long)} with small (64 KiB) row groups. */
  public static Path copyCase(Path config, Path dir, int parts) throws IOException {
    return copyCase(config, dir, parts, 64L * 1024);
  }

  /**
   * Writes {@code dir/data.parquet} (split in {@code parts} files under {@code dir/data/} when
   * {@code parts > 1}) and {@code dir/config.json}, a copy of {@code config} that reads it; returns
   * the config's path.
   */
  public static Path copyCase(Path config, Path dir, int parts, long rowGroupBytes)
      throws IOException {
    AnalysisConfig c = ConfigLoader.load(config, ConfigOverrides.none(), RunLog.silent());
    Dataset ds =
        DatasetLoader.load(
            c, null, CsvHeaderMode.AUTO, ColumnNeeds.rolesOnly().plusAllColumns(), RunLog.silent());
    Files.createDirectories(dir);
    Path data;
    if (parts > 1) {
      data = dir.resolve("data");
      Files.createDirectories(data);
      int n = ds.table().rowCount();
      for (int p = 0; p < parts; p++) {
        write(
            ds.table(),
            (int) ((long) p * n / parts),
            (int) ((long) (p + 1) * n / parts),
            data.resolve("part-" + p + ".parquet"),
            rowGroupBytes);
      }
    } else {
      data = dir.resolve("data.parquet");
      write(ds.table(), 0, ds.table().rowCount(), data, rowGroupBytes);
    }
    ObjectNode doc = (ObjectNode) JSON.readTree(config.toFile());
    doc.put("dataset_type", "application/x-parquet");
    doc.put("dataset_uri", dir.relativize(data).toString());
    doc.remove("headers");
    doc.remove("features");
    if (ds.label() != null) {
      doc.put("label", ds.label());
    }
    if (ds.predictedLabel() != null) {
      doc.put("predicted_label", ds.predictedLabel());
    }
    Path out = dir.resolve("config.json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), doc);
    return out;
  }

  /** Writes rows {@code [from, to)} of every loaded column of {@code table} to {@code file}. */
  public static void write(Table table, int from, int to, Path file, long rowGroupBytes)
      throws IOException {
    List<Column> cols = table.loadedColumns();
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (Column c : cols) {
      switch (c.type()) {
        case INT -> b.optional(PrimitiveTypeName.INT64).named(c.name());
        case FLOAT -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
        case BOOL -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
        case STRING ->
            b.optional(PrimitiveTypeName.BINARY)
                .as(LogicalTypeAnnotation.stringType())
                .named(c.name());
      }
    }
    MessageType schema = b.named("schema");
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> w =
        ExampleParquetWriter.builder(new LocalOutputFile(file))
            .withConf(new PlainParquetConfiguration())
            .withCodecFactory(new ParquetCodecs())
            .withType(schema)
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withRowGroupSize(rowGroupBytes)
            .build()) {
      for (int i = from; i < to; i++) {
        Group g = groups.newGroup();
        for (Column c : cols) {
          if (c.isMissing(i)) {
            continue;
          }
          switch (c.type()) {
            case INT -> g.append(c.name(), c.getLong(i));
            case FLOAT -> g.append(c.name(), c.getDouble(i));
            case BOOL -> g.append(c.name(), c.getLong(i) != 0);
            case STRING -> g.append(c.name(), (String) c.get(i));
          }
        }
        w.write(g);
      }
    }
  }
}
