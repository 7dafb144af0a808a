package dev.fairness.data;

import java.nio.file.Path;
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
}
