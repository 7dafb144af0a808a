package dev.fairness.data;

import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * The engine's column builders for Parquet columns, typed as {@link ParquetColumns} says: each is
 * the {@link PrimitiveConverter} the column reader hands values to, without boxing, and takes a
 * dictionary-encoded chunk's dictionary once, decoding each entry once per row group.
 */
final class ParquetConverters {

  private ParquetConverters() {}

  /** Returns the record converter whose field i (of the projection) is {@code builders.get(i)}. */
  static GroupConverter root(List<Builder> builders) {
    return new GroupConverter() {
      @Override
      public Converter getConverter(int i) {
        return builders.get(i);
      }

      @Override
      public void start() {}

      @Override
      public void end() {}
    };
  }

  /** Returns a builder for one kept column. */
  static Builder builder(String name, Type t, Path file) {
    PrimitiveType p = t.asPrimitiveType();
    LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
    if (a instanceof DecimalLogicalTypeAnnotation d) {
      return new ParquetNumberConverters.DecimalBuilder(name, d.getScale());
    }
    return switch (ParquetColumns.kind(t, file)) {
      case INT -> new ParquetNumberConverters.LongBuilder(name, p);
      case FLOAT -> new ParquetNumberConverters.DoubleBuilder(name, p);
      case STRING -> new StringBuilder(name);
      case BOOL -> new BoolBuilder(name);
    };
  }

  /**
   * Collects the cells of one column over every row group of every file. The column reader hands
   * each value to this converter as a primitive; a dictionary-encoded column chunk gives its
   * dictionary once ({@link #setDictionary}) and then only the entry numbers, so each distinct
   * value is decoded once per row group.
   */
  abstract static class Builder extends PrimitiveConverter {
    final String name;
    int size;

    Builder(String name) {
      this.name = name;
    }

    /** Adds the next {@code n} cells of {@code r}; a definition level below {@code max} is null. */
    final void addAll(ColumnReader r, long n, int max) {
      if (max == 0) {
        for (long i = 0; i < n; i++) {
          r.writeCurrentValueToConverter();
          r.consume();
        }
        size += (int) n;
        return;
      }
      for (long i = 0; i < n; i++) {
        if (r.getCurrentDefinitionLevel() < max) {
          addMissing();
        } else {
          r.writeCurrentValueToConverter();
        }
        r.consume();
        size++;
      }
    }

    abstract void addMissing();

    /**
     * Adds {@code n} cells of a dictionary-encoded page: cell i is missing when {@code defs} (when
     * not null) is 0 there, else the next of {@code ids}. Builders override this with a loop over
     * their own decoded dictionary, so the per-cell call is not a virtual one.
     */
    void addDictionaryIds(int[] ids, int[] defs, int n) {
      for (int i = 0, k = 0; i < n; i++) {
        if (defs != null && defs[i] == 0) {
          addMissing();
        } else {
          addValueFromDictionary(ids[k++]);
        }
        size++;
      }
    }

    abstract Column build();
  }

  /**
   * STRING cells as dictionary codes: a dictionary-encoded chunk's entries are decoded once and
   * mapped to codes; a plain-encoded value is decoded each time it differs from the previous one.
   */
  private static final class StringBuilder extends Builder {
    private final PackedLongs codes = new PackedLongs(1024);
    private final TextDictionary dictionary = new TextDictionary();
    private int[] chunkCodes;
    private Binary last;
    private int lastCode = -1;

    StringBuilder(String name) {
      super(name);
    }

    @Override
    public boolean hasDictionarySupport() {
      return true;
    }

    @Override
    public void setDictionary(Dictionary d) {
      chunkCodes = new int[d.getMaxId() + 1];
      for (int id = 0; id < chunkCodes.length; id++) {
        chunkCodes[id] = dictionary.codeOf(d.decodeToBinary(id).toStringUsingUTF8());
      }
    }

    @Override
    public void addValueFromDictionary(int id) {
      codes.add(chunkCodes[id]);
    }

    @Override
    void addDictionaryIds(int[] ids, int[] defs, int n) {
      int[] map = chunkCodes;
      for (int i = 0, k = 0; i < n; i++) {
        codes.add(defs != null && defs[i] == 0 ? -1 : map[ids[k++]]);
      }
      size += n;
    }

    @Override
    public void addBinary(Binary b) {
      if (last == null || !b.equals(last)) {
        lastCode = dictionary.codeOf(b.toStringUsingUTF8());
        last = b.copy();
      }
      codes.add(lastCode);
    }

    @Override
    void addMissing() {
      codes.add(-1);
    }

    @Override
    Column build() {
      return new StringColumn(name, codes.trim(), dictionary.toArray());
    }
  }

  private static final class BoolBuilder extends Builder {
    private final ColumnBuilder values;

    BoolBuilder(String name) {
      super(name);
      this.values = ColumnBuilder.forValues(name);
    }

    @Override
    public void addBoolean(boolean v) {
      values.add(v);
    }

    @Override
    void addMissing() {
      values.add(null);
    }

    @Override
    Column build() {
      return values.build();
    }
  }
}
