package dev.fairness.bias.count;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import java.util.Arrays;

/**
 * One small code per row for the value of a STRING, INT or BOOL column, with the number of rows of
 * each code: the form every per-value rule of spec §4 works on. A rule is evaluated once per code
 * (the dictionary entry or the integer value), then rows are mapped by their code; nothing is boxed
 * per row.
 *
 * <p>Codes take one byte per row when the code space fits (a dictionary of at most 255 texts,
 * integers within 127 of the first one), else two. STRING codes are the dictionary codes; INT and
 * BOOL codes are {@code value - base}, so their order is the values' order. A column with more than
 * 65535 codes has none ({@link #of} returns null) and is handled row by row.
 */
public final class ValueCodes {

  private static final int BYTE_CODES = 255; // 0xFF marks a missing cell
  private static final int SHORT_CODES = 65535; // 0xFFFF marks a missing cell

  private final Column column;
  private final String[] dictionary; // STRING
  private final int size;
  private final int[] rows;
  private final byte[] bytes;
  private final short[] shorts;
  private final long base;

  private ValueCodes(Column column, int size, byte[] bytes, short[] shorts, long base) {
    this.column = column;
    this.dictionary = column.type() == ColumnType.STRING ? column.dictionary() : null;
    this.size = size;
    this.rows = new int[size];
    this.bytes = bytes;
    this.shorts = shorts;
    this.base = base;
  }

  /** Returns the codes of a STRING, INT or BOOL column, or null when it has too many. */
  public static ValueCodes of(Column c) {
    return switch (c.type()) {
      case STRING -> strings(c);
      case INT, BOOL -> integers(c);
      case FLOAT -> null;
    };
  }

  private static ValueCodes strings(Column c) {
    int n = c.size();
    int size = c.dictionary().length;
    if (size > SHORT_CODES) {
      return null;
    }
    ValueCodes v =
        size <= BYTE_CODES
            ? new ValueCodes(c, size, new byte[n], null, 0)
            : new ValueCodes(c, size, null, new short[n], 0);
    // a missing cell's -1 is stored as all ones, the missing marker
    int[] rows = v.rows;
    byte[] stored = c.storedBytes();
    if (v.bytes != null && stored != null) {
      System.arraycopy(stored, 0, v.bytes, 0, n); // the codes as stored, -1 (0xFF) when missing
      System.arraycopy(countBytes(v.bytes, n), 0, rows, 0, size); // size <= 255: no 0xFF
      return v;
    }
    if (v.bytes != null) {
      byte[] out = v.bytes;
      for (int i = 0; i < n; i++) {
        int code = c.code(i);
        if (code >= 0) {
          rows[code]++;
        }
        out[i] = (byte) code;
      }
    } else {
      short[] out = v.shorts;
      for (int i = 0; i < n; i++) {
        int code = c.code(i);
        if (code >= 0) {
          rows[code]++;
        }
        out[i] = (short) code;
      }
    }
    return v;
  }

  private static ValueCodes integers(Column c) {
    int n = c.size();
    boolean anyMissing = c.missingCount() > 0;
    int first = 0;
    while (first < n && anyMissing && c.isMissing(first)) {
      first++;
    }
    if (first == n) {
      return new ValueCodes(c, 0, new byte[n], null, 0).allMissing();
    }
    byte[] stored = anyMissing ? null : c.storedBytes();
    if (stored != null) {
      ValueCodes v = smallIntegers(c, stored, n);
      if (v != null) {
        return v;
      }
    }
    // one pass when every value is within 127 of the first one (labels, ages, ...)
    long base = LongValues.at(c, first) - (BYTE_CODES - 1) / 2;
    ValueCodes v = new ValueCodes(c, BYTE_CODES, new byte[n], null, base);
    if (v.fill(c, anyMissing, base, BYTE_CODES)) {
      return v;
    }
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      if (!anyMissing || !c.isMissing(i)) {
        long x = LongValues.at(c, i);
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    long range = hi - lo;
    if (range < 0 || range >= SHORT_CODES) {
      return null;
    }
    v = new ValueCodes(c, (int) range + 1, null, new short[n], lo);
    v.fill(c, anyMissing, lo, (int) range + 1);
    return v;
  }

  /**
   * Returns the codes of an INT or BOOL column without missing cells whose values are stored in one
   * byte each, or null when they are not all within 127 of the first one: the same codes as {@link
   * #fill}, from a count of each stored byte and one table lookup per row.
   */
  private static ValueCodes smallIntegers(Column c, byte[] stored, int n) {
    long base = stored[0] - (BYTE_CODES - 1) / 2;
    int[] count = countBytes(stored, n);
    ValueCodes v = new ValueCodes(c, BYTE_CODES, new byte[n], null, base);
    byte[] code = new byte[256];
    for (int b = 0; b < 256; b++) {
      if (count[b] > 0) {
        long d = (byte) b - base;
        if (d < 0 || d >= BYTE_CODES) {
          return null;
        }
        code[b] = (byte) d;
        v.rows[(int) d] = count[b];
      }
    }
    translate(stored, code, v.bytes, n);
    return v;
  }

  /** Returns how many of {@code b[0, n)} hold each unsigned byte value. */
  private static int[] countBytes(byte[] b, int n) {
    int[] count = new int[256];
    for (int i = 0; i < n; i++) {
      count[b[i] & 0xFF]++;
    }
    return count;
  }

  /** Sets {@code out[i] = table[in[i]]} for {@code i < n}, bytes taken unsigned. */
  private static void translate(byte[] in, byte[] table, byte[] out, int n) {
    for (int i = 0; i < n; i++) {
      out[i] = table[in[i] & 0xFF];
    }
  }

  /**
   * Sets every row's code {@code value - base}; false at the first value outside the space. (The
   * loops are kept free of calls but the column's: most of a first run is spent before the JIT has
   * compiled them.)
   */
  private boolean fill(Column c, boolean anyMissing, long base, int space) {
    int n = c.size();
    int[] rows = this.rows;
    boolean bool = c.type() == ColumnType.BOOL;
    if (bytes != null) {
      byte[] out = bytes;
      for (int i = 0; i < n; i++) {
        if (anyMissing && c.isMissing(i)) {
          out[i] = -1;
          continue;
        }
        long d = (bool ? (long) c.getDouble(i) : c.getLong(i)) - base;
        if (d < 0 || d >= space) {
          return false;
        }
        rows[(int) d]++;
        out[i] = (byte) d;
      }
    } else {
      short[] out = shorts;
      for (int i = 0; i < n; i++) {
        if (anyMissing && c.isMissing(i)) {
          out[i] = -1;
          continue;
        }
        long d = (bool ? (long) c.getDouble(i) : c.getLong(i)) - base;
        if (d < 0 || d >= space) {
          return false;
        }
        rows[(int) d]++;
        out[i] = (short) d;
      }
    }
    return true;
  }

  private ValueCodes allMissing() {
    Arrays.fill(bytes, (byte) -1);
    return this;
  }

  /** Returns the column. */
  public Column column() {
    return column;
  }

  /** Returns the number of codes; every code is below it. */
  public int size() {
    return size;
  }

  /** Returns the code of a row, or -1 when the cell is missing. */
  public int code(int row) {
    if (bytes != null) {
      int c = bytes[row] & 0xFF;
      return c == BYTE_CODES ? -1 : c;
    }
    int c = shorts[row] & 0xFFFF;
    return c == SHORT_CODES ? -1 : c;
  }

  /**
   * Returns the codes as one unsigned byte per row (255 when missing), or null when they take two
   * bytes; do not modify.
   */
  byte[] bytes() {
    return bytes;
  }

  /** Returns the stored form of a row's code: unsigned byte or short, all ones when missing. */
  int raw(int row) {
    return bytes != null ? bytes[row] & 0xFF : shorts[row] & 0xFFFF;
  }

  /** Returns the number of stored forms: a table indexed by {@link #raw} has this length. */
  int rawSize() {
    return bytes != null ? BYTE_CODES + 1 : SHORT_CODES + 1;
  }

  /** Returns the number of rows with the code. */
  public int rows(int code) {
    return rows[code];
  }

  /** Returns the number of codes some row has: the number of distinct non-missing values. */
  public int distinct() {
    int k = 0;
    for (int r : rows) {
      k += r > 0 ? 1 : 0;
    }
    return k;
  }

  /** Returns the integer value of a code of an INT or BOOL column (BOOL: 0 or 1). */
  public long longValue(int code) {
    return base + code;
  }

  /** Returns the value of a used code as a cell value: {@link String}, {@link Long} or Boolean. */
  public Object value(int code) {
    return switch (column.type()) {
      case STRING -> dictionary[code];
      case BOOL -> longValue(code) != 0;
      default -> longValue(code);
    };
  }

  /** Returns the dictionary of a STRING column (codes index it), else null; do not modify. */
  public String[] dictionary() {
    return dictionary;
  }

  /**
   * Returns the rank of each used code among the used codes in ascending value order (INT and BOOL
   * codes are in value order), -1 for an unused code.
   */
  public int[] valueRanks() {
    int[] rank = new int[size];
    int k = 0;
    for (int c = 0; c < size; c++) {
      rank[c] = rows[c] > 0 ? k++ : -1;
    }
    return rank;
  }
}
