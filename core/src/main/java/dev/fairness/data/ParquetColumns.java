package dev.fairness.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * How Parquet column types become the column types of spec §3.1 (docs/parquet.md): BOOLEAN → BOOL;
 * INT32/INT64 (plain or signed/unsigned up to 32 bits) → INT; FLOAT/DOUBLE and DECIMAL → FLOAT;
 * BINARY/FIXED_LEN_BYTE_ARRAY (STRING, ENUM, JSON or no annotation) → STRING as UTF-8 text. A null
 * cell (or a NaN) is missing; as in pandas, an INT column with a missing cell becomes FLOAT and a
 * BOOL column with one becomes STRING. Other types (dates, times, timestamps, INT96, unsigned
 * 64-bit, nested or repeated fields) are refused with a data error naming the column.
 */
final class ParquetColumns {

  private ParquetColumns() {}

  /** Returns the column type of a top-level field, or throws a {@link DataException}. */
  static ColumnType kind(Type t, Path file) {
    if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) {
      throw refused(t, file, "a nested or repeated field");
    }
    PrimitiveType p = t.asPrimitiveType();
    LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
    if (a instanceof DecimalLogicalTypeAnnotation) {
      return ColumnType.FLOAT;
    }
    switch (p.getPrimitiveTypeName()) {
      case BOOLEAN:
        return ColumnType.BOOL;
      case INT32:
      case INT64:
        if (a == null
            || (a instanceof IntLogicalTypeAnnotation i
                && (i.isSigned() || i.getBitWidth() < 64))) {
          return ColumnType.INT;
        }
        throw refused(t, file, "of logical type " + a);
      case FLOAT:
      case DOUBLE:
        return ColumnType.FLOAT;
      case BINARY:
      case FIXED_LEN_BYTE_ARRAY:
        if (a == null
            || a.equals(LogicalTypeAnnotation.stringType())
            || a.equals(LogicalTypeAnnotation.enumType())
            || a.equals(LogicalTypeAnnotation.jsonType())) {
          return ColumnType.STRING;
        }
        throw refused(t, file, "of logical type " + a);
      default:
        throw refused(t, file, "of type " + p.getPrimitiveTypeName());
    }
  }

  private static DataException refused(Type t, Path file, String what) {
    return new DataException(
        "Column "
            + t.getName()
            + " of "
            + file
            + " is "
            + what
            + ", which is not read; write it as a number, boolean or string column or leave it out");
  }

  /**
   * Returns the first line of an exception's message for an error message, without the library's
   * object names ({@code org.apache...LocalInputFile@1a2b}).
   */
  static String reason(Exception e) {
    String m = e.getMessage();
    if (m == null) {
      return "unreadable";
    }
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    if (m.contains("is not a Parquet file")) {
      return "no Parquet footer at its end";
    }
    return m.replaceAll("[A-Za-z_$][\\w.$]*@[0-9a-f]+\\s*", "").trim();
  }

  /** Returns a builder for one kept column. */
  static Builder builder(String name, Type t, Path file) {
    PrimitiveType p = t.asPrimitiveType();
    LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
    if (a instanceof DecimalLogicalTypeAnnotation d) {
      return new DecimalBuilder(name, p, d.getScale());
    }
    return switch (kind(t, file)) {
      case INT -> new LongBuilder(name, p);
      case FLOAT -> new DoubleBuilder(name, p);
      case STRING -> new StringBuilder(name);
      case BOOL -> new BoolBuilder(name);
    };
  }

  /** Collects the cells of one column over every row group of every file. */
  abstract static class Builder {
    final String name;
    int size;

    Builder(String name) {
      this.name = name;
    }

    /** Adds the next {@code n} cells of {@code r}; a definition level below {@code max} is null. */
    final void addAll(ColumnReader r, long n, int max) {
      for (long i = 0; i < n; i++) {
        if (r.getCurrentDefinitionLevel() < max) {
          addMissing();
        } else {
          add(r);
        }
        r.consume();
        size++;
      }
    }

    abstract void add(ColumnReader r);

    abstract void addMissing();

    abstract Column build();
  }

  private static final class LongBuilder extends Builder {
    private final boolean int32;
    private final boolean unsigned;
    private final PackedLongs values = new PackedLongs(1024);
    private final BitSet missing = new BitSet();

    LongBuilder(String name, PrimitiveType p) {
      super(name);
      this.int32 = p.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32;
      this.unsigned =
          p.getLogicalTypeAnnotation() instanceof IntLogicalTypeAnnotation i && !i.isSigned();
    }

    @Override
    void add(ColumnReader r) {
      long v = int32 ? r.getInteger() : r.getLong();
      values.add(unsigned && int32 ? Integer.toUnsignedLong((int) v) : v);
    }

    @Override
    void addMissing() {
      values.add(0);
      missing.set(size);
    }

    @Override
    Column build() {
      if (missing.isEmpty()) {
        return new LongColumn(name, values.trim(), null);
      }
      double[] d = new double[size];
      for (int i = 0; i < size; i++) {
        d[i] = missing.get(i) ? Double.NaN : values.get(i);
      }
      return new DoubleColumn(name, d);
    }
  }

  private static class DoubleBuilder extends Builder {
    private final boolean float32;
    final DoubleList values = new DoubleList(1024);

    DoubleBuilder(String name, PrimitiveType p) {
      super(name);
      this.float32 = p.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FLOAT;
    }

    @Override
    void add(ColumnReader r) {
      values.add(float32 ? r.getFloat() : r.getDouble());
    }

    @Override
    void addMissing() {
      values.add(Double.NaN);
    }

    @Override
    Column build() {
      return new DoubleColumn(name, values.toArray());
    }
  }

  private static final class DecimalBuilder extends DoubleBuilder {
    private final PrimitiveType.PrimitiveTypeName physical;
    private final int scale;

    DecimalBuilder(String name, PrimitiveType p, int scale) {
      super(name, p);
      this.physical = p.getPrimitiveTypeName();
      this.scale = scale;
    }

    @Override
    void add(ColumnReader r) {
      BigInteger unscaled =
          switch (physical) {
            case INT32 -> BigInteger.valueOf(r.getInteger());
            case INT64 -> BigInteger.valueOf(r.getLong());
            default -> new BigInteger(r.getBinary().getBytes());
          };
      values.add(new BigDecimal(unscaled, scale).doubleValue());
    }
  }

  /**
   * STRING cells as dictionary codes. A dictionary-encoded page hands out the same {@link Binary}
   * object for each occurrence of a value, so the text of each value is decoded once per row group.
   */
  private static final class StringBuilder extends Builder {
    private final PackedLongs codes = new PackedLongs(1024);
    private final TextDictionary dictionary = new TextDictionary();
    private final Map<Binary, Integer> seen = new IdentityHashMap<>();
    private Binary last;
    private int lastCode = -1;

    StringBuilder(String name) {
      super(name);
    }

    @Override
    void add(ColumnReader r) {
      Binary b = r.getBinary();
      if (b != last) {
        Integer c = seen.get(b);
        if (c == null) {
          c = dictionary.codeOf(b.toStringUsingUTF8());
          if (seen.size() > 4096) {
            seen.clear(); // plain-encoded pages give a new object per cell
          }
          seen.put(b, c);
        }
        last = b;
        lastCode = c;
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
    void add(ColumnReader r) {
      values.add(r.getBoolean());
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
