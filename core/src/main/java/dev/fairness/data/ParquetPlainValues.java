package dev.fairness.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * PLAIN-encoded Parquet values of one page handed to a builder: little-endian INT32 / INT64 / FLOAT
 * / DOUBLE, BOOLEAN one bit each (lowest bit first), BYTE_ARRAY as a 4-byte length and the bytes.
 * Only present cells have a value; a definition level of 0 is a missing cell.
 */
final class ParquetPlainValues {

  private ParquetPlainValues() {}

  /**
   * Adds the {@code n} cells of a page whose values start at {@code buf[pos]}.
   *
   * @param defs per cell 1 (present) or 0 (missing), or null when every cell is present
   */
  static void add(
      byte[] buf, int pos, PrimitiveTypeName type, int[] defs, int n, ParquetConverters.Builder b) {
    ByteBuffer bb = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
    int p = pos;
    int bit = 0;
    for (int i = 0; i < n; i++) {
      if (defs != null && defs[i] == 0) {
        b.addMissing();
        b.size++;
        continue;
      }
      switch (type) {
        case INT32 -> {
          b.addInt(bb.getInt(p));
          p += 4;
        }
        case INT64 -> {
          b.addLong(bb.getLong(p));
          p += 8;
        }
        case FLOAT -> {
          b.addFloat(bb.getFloat(p));
          p += 4;
        }
        case DOUBLE -> {
          b.addDouble(bb.getDouble(p));
          p += 8;
        }
        case BOOLEAN -> {
          b.addBoolean(((buf[pos + (bit >>> 3)] >>> (bit & 7)) & 1) != 0);
          bit++;
        }
        case BINARY -> {
          int len = bb.getInt(p);
          b.addBinary(Binary.fromConstantByteArray(buf, p + 4, len));
          p += 4 + len;
        }
        default -> throw new IllegalStateException("not a PLAIN type read here: " + type);
      }
      b.size++;
    }
  }
}
