package dev.fairness.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads an {@code application/x-parquet} dataset (one file, or a directory of part files with one
 * schema): column names and kinds come from the Parquet schema ({@link ParquetColumns}), and only
 * the kept columns are read, column by column and row group by row group. No Hadoop installation is
 * used: files are opened as local files.
 */
final class ParquetSource {

  private final List<Path> files;
  private final Path location;
  private final List<String> headers;
  private MessageType schema;

  ParquetSource(List<Path> files, Path location, List<String> headers) {
    this.files = files;
    this.location = location;
    this.headers = headers;
  }

  /** Returns the column names: {@code headers} when given (one per column), else the schema's. */
  List<String> names() {
    MessageType s = schema();
    List<String> fields = new ArrayList<>();
    for (Type t : s.getFields()) {
      fields.add(t.getName());
    }
    if (headers == null) {
      return fields;
    }
    if (headers.size() != fields.size()) {
      throw new DataException(
          "headers: "
              + headers.size()
              + " names given but "
              + files.get(0)
              + " has "
              + fields.size()
              + " columns; give one name per Parquet column or leave headers out");
    }
    return List.copyOf(headers);
  }

  /**
   * Reads the kept columns of every file.
   *
   * @param keep per column of {@link #names()}, whether it is read
   */
  SourceData read(boolean[] keep) {
    MessageType s = schema();
    List<String> names = names();
    List<Type> kept = new ArrayList<>();
    List<ParquetConverters.Builder> builders = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        Type t = s.getType(i);
        kept.add(t);
        builders.add(ParquetConverters.builder(names.get(i), t, files.get(0)));
      }
    }
    MessageType projection = new MessageType(s.getName(), kept);
    long rows = 0;
    for (Path f : files) {
      rows += readFile(f, projection, builders, rows);
    }
    List<Column> columns = new ArrayList<>();
    for (ParquetConverters.Builder b : builders) {
      columns.add(b.build());
    }
    return new SourceData((int) rows, columns, null);
  }

  private long readFile(
      Path f, MessageType projection, List<ParquetConverters.Builder> builders, long before) {
    try (ParquetFileReader r = open(f)) {
      MessageType own = r.getFileMetaData().getSchema();
      requireSameSchema(f, own);
      r.setRequestedSchema(projection);
      String createdBy = r.getFileMetaData().getCreatedBy();
      List<ColumnDescriptor> descriptors = projection.getColumns();
      long rows = 0;
      for (PageReadStore group = r.readNextRowGroup();
          group != null;
          group = r.readNextRowGroup()) {
        PageReadStore chunk = group;
        long n = group.getRowCount();
        if (before + rows + n > Integer.MAX_VALUE - 8) {
          throw new DataException(
              location
                  + ": more than "
                  + (Integer.MAX_VALUE - 8)
                  + " rows; one machine reads at most that many, run the analysis on Spark"
                  + " (docs/spark.md)");
        }
        // columns are independent (own pages, own builder): read them on all cores
        IntStream.range(0, descriptors.size())
            .parallel()
            .forEach(
                c ->
                    ParquetPages.read(
                        chunk,
                        descriptors.get(c),
                        projection.getType(c),
                        builders.get(c),
                        createdBy));
        rows += n;
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof DataException d) {
        throw d;
      }
      throw new DataException(
          f + ": not a readable Parquet file (" + ParquetColumns.reason(e) + "); check the file",
          e);
    }
  }

  private MessageType schema() {
    if (schema == null) {
      Path f = files.get(0);
      try (ParquetFileReader r = open(f)) {
        schema = r.getFileMetaData().getSchema();
      } catch (IOException | RuntimeException e) {
        throw new DataException(
            f + ": not a readable Parquet file (" + ParquetColumns.reason(e) + "); check the file",
            e);
      }
      for (Type t : schema.getFields()) {
        ParquetColumns.kind(t, f);
      }
    }
    return schema;
  }

  private void requireSameSchema(Path f, MessageType own) {
    if (!own.getFields().equals(schema.getFields())) {
      throw new DataException(
          f
              + ": its Parquet schema differs from that of "
              + files.get(0)
              + "; every part file of "
              + location
              + " must have the same columns and types");
    }
  }

  private static ParquetFileReader open(Path f) throws IOException {
    ParquetReadOptions options =
        ParquetReadOptions.builder(new PlainParquetConfiguration())
            .withCodecFactory(new ParquetCodecs())
            .build();
    return new ParquetFileReader(new LocalInputFile(f), options);
  }
}
