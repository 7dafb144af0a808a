package dev.fairness.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.BitSet;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * The number converters of {@link ParquetConverters}: INT32/INT64 into packed longs (a null makes
 * the column FLOAT, as in pandas), FLOAT/DOUBLE and DECIMAL into doubles.
 */
final class ParquetNumberConverters {

  private ParquetNumberConverters() {}

  static final class LongBuilder extends ParquetConverters.Builder {
    private final boolean int32;
    private final boolean unsigned32;
    private final PackedLongs values = new PackedLongs(1024);
    private final BitSet missing = new BitSet();
    private long[] dictionary;

    LongBuilder(String name, PrimitiveType p) {
      super(name);
      this.int32 = p.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32;
      this.unsigned32 =
          int32
              && p.getLogicalTypeAnnotation() instanceof IntLogicalTypeAnnotation i
              && !i.isSigned();
    }

    @Override
    public void addInt(int v) {
      values.add(unsigned32 ? Integer.toUnsignedLong(v) : v);
    }

    @Override
    public void addLong(long v) {
      values.add(v);
    }

    @Override
    public boolean hasDictionarySupport() {
      return true;
    }

    @Override
    public void setDictionary(Dictionary d) {
      dictionary = new long[d.getMaxId() + 1];
      for (int id = 0; id < dictionary.length; id++) {
        long v = int32 ? d.decodeToInt(id) : d.decodeToLong(id);
        dictionary[id] = unsigned32 ? Integer.toUnsignedLong((int) v) : v;
      }
    }

    @Override
    public void addValueFromDictionary(int id) {
      values.add(dictionary[id]);
    }

    @Override
    void addDictionaryIds(int[] ids, int[] defs, int n) {
      if (defs != null) {
        super.addDictionaryIds(ids, defs, n);
        return;
      }
      for (int i = 0; i < n; i++) {
        values.add(dictionary[ids[i]]);
      }
      size += n;
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

  static final class DoubleBuilder extends ParquetConverters.Builder {
    private final boolean float32;
    private final DoubleList values = new DoubleList(1024);
    private double[] dictionary;

    DoubleBuilder(String name, PrimitiveType p) {
      super(name);
      this.float32 = p.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FLOAT;
    }

    @Override
    public void addFloat(float v) {
      values.add(v);
    }

    @Override
    public void addDouble(double v) {
      values.add(v);
    }

    @Override
    public boolean hasDictionarySupport() {
      return true;
    }

    @Override
    public void setDictionary(Dictionary d) {
      dictionary = new double[d.getMaxId() + 1];
      for (int id = 0; id < dictionary.length; id++) {
        dictionary[id] = float32 ? d.decodeToFloat(id) : d.decodeToDouble(id);
      }
    }

    @Override
    public void addValueFromDictionary(int id) {
      values.add(dictionary[id]);
    }

    @Override
    void addDictionaryIds(int[] ids, int[] defs, int n) {
      if (defs != null) {
        super.addDictionaryIds(ids, defs, n);
        return;
      }
      for (int i = 0; i < n; i++) {
        values.add(dictionary[ids[i]]);
      }
      size += n;
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

  /** DECIMAL cells (the column reader decodes dictionary entries itself for this one). */
  static final class DecimalBuilder extends ParquetConverters.Builder {
    private final DoubleList values = new DoubleList(1024);
    private final int scale;

    DecimalBuilder(String name, int scale) {
      super(name);
      this.scale = scale;
    }

    @Override
    public void addInt(int v) {
      values.add(BigDecimal.valueOf(v, scale).doubleValue());
    }

    @Override
    public void addLong(long v) {
      values.add(BigDecimal.valueOf(v, scale).doubleValue());
    }

    @Override
    public void addBinary(Binary b) {
      values.add(new BigDecimal(new BigInteger(b.getBytes()), scale).doubleValue());
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
}
