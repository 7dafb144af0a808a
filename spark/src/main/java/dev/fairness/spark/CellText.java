package dev.fairness.spark;

import dev.fairness.data.DataException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;

/**
 * Typed cells as strings, so that Spark groups them as one string column each: {@code L<long>},
 * {@code D<double bits in hex>}, {@code B<true|false>}, {@code S<text>}, null for missing. The
 * types are those of the local Parquet reader (docs/parquet.md): integers → Long, FLOAT / DOUBLE /
 * DECIMAL → Double, BOOLEAN → Boolean, STRING and BINARY → String (UTF-8).
 */
final class CellText {

  private CellText() {}

  /** Refuses a Parquet column type that the local reader refuses too, naming the column. */
  static void checkType(StructField f, String uri) {
    DataType t = f.dataType();
    boolean ok =
        t instanceof BooleanType
            || t instanceof ByteType
            || t instanceof ShortType
            || t instanceof IntegerType
            || t instanceof LongType
            || t instanceof FloatType
            || t instanceof DoubleType
            || t instanceof DecimalType
            || t instanceof StringType
            || t instanceof BinaryType;
    if (!ok) {
      throw new DataException(
          "Column "
              + f.name()
              + " of "
              + uri
              + " is of type "
              + t.simpleString()
              + ", which is not read; write it as a number, boolean or string column or leave it"
              + " out");
    }
  }

  /** Returns a Spark cell as the local reader's value: Long, Double, Boolean, String or null. */
  static Object typed(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float || v instanceof Double) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (v instanceof byte[] b) {
      return new String(b, StandardCharsets.UTF_8);
    }
    return v;
  }

  /** Returns the string form of a typed value (null stays null). */
  static String encode(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Long l) {
      return "L" + l;
    }
    if (v instanceof Double d) {
      return "D" + Long.toHexString(Double.doubleToLongBits(d));
    }
    if (v instanceof Boolean b) {
      return "B" + b;
    }
    return "S" + v;
  }

  /** Returns the typed value of an encoded string. */
  static Object decode(String s) {
    if (s == null) {
      return null;
    }
    String rest = s.substring(1);
    return switch (s.charAt(0)) {
      case 'L' -> Long.parseLong(rest);
      case 'D' -> Double.longBitsToDouble(Long.parseUnsignedLong(rest, 16));
      case 'B' -> Boolean.parseBoolean(rest);
      default -> rest;
    };
  }
}
