package dev.fairness.data;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The storage of one column being built, apart from its typing ({@link ColumnBuilder} decides the
 * type): packed longs for INT and BOOL values and STRING dictionary codes, doubles for FLOAT values
 * (NaN when missing), a missing-row mask while the column is EMPTY, INT or BOOL, and the text
 * dictionary of a STRING column. Every {@code add} adds one row; the {@code to*} methods move the
 * rows stored so far into another layout when the column's type changes.
 */
final class ColumnStore {

  private int size;
  private int reserved; // expected number of cells, from reserve()
  private PackedLongs longs; // INT and BOOL values, STRING codes
  private DoubleList doubles; // FLOAT values, NaN when missing
  private BitSet missing = new BitSet(); // missing rows while EMPTY, INT or BOOL
  private TextDictionary dictionary; // STRING

  /** Returns the number of rows stored. */
  int size() {
    return size;
  }

  /** Makes room for {@code rows} rows in all (a hint, see {@link ColumnBuilder#reserve}). */
  void reserve(int rows) {
    reserved = Math.max(reserved, rows);
    if (longs != null) {
      longs.reserve(rows);
    }
    if (doubles != null) {
      doubles.reserve(rows);
    }
  }

  /** Returns the bytes of storage one more row takes now. */
  int bytesPerCell() {
    return doubles != null ? Double.BYTES : longs != null ? longs.width() : 1;
  }

  /** Adds an INT or BOOL value. */
  void addLong(long v) {
    longs.add(v);
    size++;
  }

  /** Adds a missing row to an INT or BOOL column. */
  void addMissingLong() {
    longs.add(0);
    missing.set(size);
    size++;
  }

  /** Adds a missing row to a column with no type yet. */
  void addMissingEmpty() {
    missing.set(size);
    size++;
  }

  /** Adds a FLOAT value (NaN for missing). */
  void addDouble(double v) {
    doubles.add(v);
    size++;
  }

  /** Adds a STRING cell with text {@code text}. */
  void addCode(String text) {
    longs.add(codeOf(text));
    size++;
  }

  /** Adds a missing row to a STRING column. */
  void addMissingCode() {
    longs.add(-1);
    size++;
  }

  /** Returns the dictionary code of {@code text} in a STRING column, adding it when new. */
  int codeOf(String text) {
    return dictionary.codeOf(text);
  }

  /** Adds rows {@code from..to-1} of {@code tokens} as {@code values[token]} (longs or codes). */
  void addLongs(long[] values, int[] tokens, int from, int to) {
    longs.addAll(values, tokens, from, to);
    size += to - from;
  }

  /** Adds rows {@code from..to-1} of {@code tokens} as {@code values[token]} (FLOAT). */
  void addDoubles(double[] values, int[] tokens, int from, int to) {
    doubles.addAll(values, tokens, from, to);
    size += to - from;
  }

  /** Adds rows {@code from..to-1} as the INT or BOOL value of {@code typed[tokens[row]]}. */
  void addLongs(int[] tokens, TextCell[] typed, int from, int to) {
    long[] values = new long[typed.length];
    for (int t = 0; t < values.length; t++) {
      values[t] = typed[t].longValue();
    }
    addLongs(values, tokens, from, to);
  }

  /**
   * Adds rows {@code from..to-1} as the FLOAT value of {@code typed[tokens[row]]} (INT widened).
   */
  void addDoubles(int[] tokens, TextCell[] typed, int from, int to) {
    double[] values = new double[typed.length];
    for (int t = 0; t < values.length; t++) {
      TextCell c = typed[t];
      values[t] = c.kind() == CellKind.INT ? (double) c.longValue() : c.doubleValue();
    }
    addDoubles(values, tokens, from, to);
  }

  /**
   * Adds rows {@code from..to-1} as STRING cells {@code typed[tokens[row]]} (markers missing); each
   * distinct cell's dictionary code is looked up once, in the order of first use.
   */
  void addCodes(int[] tokens, TextCell[] typed, int from, int to) {
    long[] code = new long[typed.length];
    Arrays.fill(code, Long.MIN_VALUE); // not used yet
    for (int r = from; r < to; r++) {
      int t = tokens[r];
      if (code[t] == Long.MIN_VALUE) {
        TextCell cell = typed[t];
        code[t] = cell.marker() ? -1 : codeOf(cell.raw());
      }
    }
    for (int t = 0; t < code.length; t++) {
      if (code[t] == Long.MIN_VALUE) {
        code[t] = -1; // used only by rows added before: any value that takes no room
      }
    }
    addLongs(code, tokens, from, to);
  }

  /** Returns the number of missing rows of an EMPTY, INT or BOOL column. */
  int missingCount() {
    return missing.cardinality();
  }

  /** Moves the rows to FLOAT storage: INT values ({@code fromInt}) as doubles, others NaN. */
  void toDoubles(boolean fromInt) {
    DoubleList d = new DoubleList(Math.max(size + (size >> 1), reserved));
    for (int i = 0; i < size; i++) {
      d.add((fromInt && !missing.get(i)) ? (double) longs.get(i) : Double.NaN);
    }
    doubles = d;
    longs = null;
    missing = new BitSet();
  }

  /** Starts INT or BOOL storage for a column whose rows so far are all missing. */
  void toLongs() {
    longs = new PackedLongs(Math.max(Math.max(16, size * 2), reserved));
    for (int i = 0; i < size; i++) {
      longs.add(0);
    }
  }

  /**
   * Moves the rows to STRING storage, rendering each stored value of kind {@code fromKind} ({@link
   * CellKind#INT}, {@code FLOAT}, {@code BOOL}, or {@code MISSING} for a column with no type yet)
   * as its text; returns true when at least one row had a value.
   */
  boolean toCodes(int fromKind) {
    dictionary = new TextDictionary();
    PackedLongs c = new PackedLongs(Math.max(Math.max(16, size * 2), reserved));
    boolean anyValue = false;
    boolean fromFloat = fromKind == CellKind.FLOAT;
    for (int i = 0; i < size; i++) {
      boolean miss = fromFloat ? Double.isNaN(doubles.get(i)) : missing.get(i);
      if (miss || fromKind == CellKind.MISSING) {
        c.add(-1);
        continue;
      }
      anyValue = true;
      long lv = fromFloat ? 0 : longs.get(i);
      String text = CellKind.render(fromKind, lv, fromFloat ? doubles.get(i) : 0);
      c.add(dictionary.codeOf(text));
    }
    longs = c;
    doubles = null;
    missing = new BitSet();
    return anyValue;
  }

  /** Returns a column of all rows missing: INT ({@code asLong}, zeros) or FLOAT (NaN). */
  Column emptyColumn(String name, boolean asLong) {
    if (asLong) {
      PackedLongs zeros = new PackedLongs(size);
      for (int i = 0; i < size; i++) {
        zeros.add(0);
      }
      return new LongColumn(name, zeros, missing);
    }
    double[] nan = new double[size];
    Arrays.fill(nan, Double.NaN);
    return new DoubleColumn(name, nan);
  }

  /** Returns the INT column of the stored values. */
  Column longColumn(String name) {
    return new LongColumn(name, longs.trim(), missing);
  }

  /** Returns the FLOAT column of the stored values. */
  Column doubleColumn(String name) {
    return new DoubleColumn(name, doubles.toArray());
  }

  /** Returns the BOOL column of the stored values. */
  Column boolColumn(String name) {
    return new BoolColumn(name, longs.trim(), missing);
  }

  /** Returns the STRING column of the stored codes. */
  Column stringColumn(String name) {
    return new StringColumn(name, longs.trim(), dictionary.toArray());
  }
}
