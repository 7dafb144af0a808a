package dev.fairness.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Builds one column cell by cell and types it by the column rule of pandas 1.5.3's {@code
 * read_csv}: all integer and no missing cell → INT; all integer/float → FLOAT; all boolean → BOOL
 * (missing cells allowed, as pandas' object column of True/False/NaN); anything else → STRING,
 * every cell keeping its text and missing cells staying missing.
 *
 * <p>Cells stay in primitive storage while the column is numeric or boolean. When a column turns
 * STRING after such cells, their text is rendered back from the stored value (spec §9.5). For typed
 * values (JSON) that rendering is the cell's text. For text cells (CSV) it is exact only when every
 * earlier cell was written canonically (e.g. {@code 7}, {@code True}); otherwise (e.g. {@code 007},
 * {@code 1.50}) {@link #textLost()} reports it after {@link #build()}, and the reader re-reads that
 * column with {@link #forStrings} — rare, and it costs nothing in the common case.
 */
public final class ColumnBuilder {

  private enum State {
    EMPTY,
    INT,
    FLOAT,
    BOOL,
    STRING
  }

  private final String name;
  private final boolean textCells;
  private final boolean stringsOnly;
  private final CellKind kind = new CellKind();
  private State state = State.EMPTY;
  private int size;
  private PackedLongs longs; // INT and BOOL values, STRING codes
  private DoubleList doubles; // FLOAT values, NaN when missing
  private BitMask missing = new BitMask(); // missing rows while EMPTY, INT or BOOL
  private TextDictionary dictionary; // STRING
  private boolean textExact = true;
  private boolean textLost;
  private int reserved; // expected number of cells, from reserve()

  private ColumnBuilder(String name, boolean textCells, boolean stringsOnly) {
    this.name = name;
    this.textCells = textCells;
    this.stringsOnly = stringsOnly;
    if (stringsOnly) {
      toString(State.EMPTY);
    }
  }

  /** Returns a builder for text cells (CSV), typed by §3.1 cell typing. */
  public static ColumnBuilder forText(String name) {
    return new ColumnBuilder(name, true, false);
  }

  /** Returns a builder for typed values: Long/Integer, Double/Float, Boolean, String, or null. */
  public static ColumnBuilder forValues(String name) {
    return new ColumnBuilder(name, false, false);
  }

  /**
   * Returns a builder for text cells that always yields a STRING column keeping each cell's
   * original text (missing-value markers still make missing cells).
   */
  public static ColumnBuilder forStrings(String name) {
    return new ColumnBuilder(name, true, true);
  }

  /** Returns the number of cells added. */
  public int size() {
    return size;
  }

  /**
   * Makes room for {@code rows} cells in all, so that a reader that knows about how many rows are
   * coming (from the file size) fills storage allocated once instead of growing it step by step:
   * less copying and less garbage at millions of rows. A hint, never a limit.
   */
  public void reserve(int rows) {
    reserved = Math.max(reserved, rows);
    if (longs != null) {
      longs.reserve(rows);
    }
    if (doubles != null) {
      doubles.reserve(rows);
    }
  }

  /** Returns the bytes of storage one more cell takes now, for sizing {@link #reserve}. */
  public int bytesPerCell() {
    return doubles != null ? Double.BYTES : longs != null ? longs.width() : 1;
  }

  /** Returns true once the column is STRING for good (a text cell was added). */
  public boolean isText() {
    return state == State.STRING;
  }

  /** Adds one text cell (untrimmed, as read). */
  public void addText(String raw) {
    addCell(TextCell.of(raw, kind));
  }

  /** Adds one text cell typed beforehand; same effect as {@link #addText} of its raw text. */
  void addCell(TextCell c) {
    if (state == State.STRING) {
      if (c.marker()) {
        appendMissing();
      } else {
        appendString(c.raw());
      }
      return;
    }
    if (c.kind() == CellKind.MISSING) {
      appendMissing();
      return;
    }
    append(c.kind(), c.longValue(), c.doubleValue(), c.raw(), !textExact || c.canonical());
  }

  /**
   * Adds {@code n} typed cells, {@code typed[tokens[i]]} for each row {@code i}; same effect as
   * {@link #addCell} of each in turn. The distinct cells are looked at once: when every one of them
   * keeps the column's type (an INT, BOOL or FLOAT column whose block has no missing cell and no
   * cell of another type), or once the column is STRING, the rows are copied by token.
   */
  public void addCells(int[] tokens, TextCell[] typed, int n) {
    int i = 0;
    while (i < n && state == State.EMPTY) {
      addCell(typed[tokens[i++]]);
    }
    if (i < n && state != State.STRING && keepsType(typed)) {
      for (TextCell c : typed) {
        if (!c.canonical()) {
          textExact = false;
        }
      }
      if (state == State.FLOAT) {
        addDoubles(tokens, typed, i, n);
      } else {
        long[] values = new long[typed.length];
        for (int t = 0; t < values.length; t++) {
          values[t] = typed[t].longValue();
        }
        longs.addAll(values, tokens, i, n);
        size += n - i;
      }
      return;
    }
    while (i < n && state != State.STRING) {
      addCell(typed[tokens[i++]]);
    }
    if (i == n) {
      return;
    }
    // STRING: each distinct cell's dictionary code is looked up once, in the order of first use
    long[] code = new long[typed.length];
    Arrays.fill(code, Long.MIN_VALUE); // not used yet
    for (int r = i; r < n; r++) {
      int t = tokens[r];
      if (code[t] == Long.MIN_VALUE) {
        TextCell cell = typed[t];
        code[t] = cell.marker() ? -1 : codeOf(cell.raw());
      }
    }
    for (int t = 0; t < code.length; t++) {
      if (code[t] == Long.MIN_VALUE) {
        code[t] = -1; // used only by rows added above: any value that takes no room
      }
    }
    longs.addAll(code, tokens, i, n);
    size += n - i;
  }

  /** True when appending any of {@code typed} leaves the (INT, BOOL or FLOAT) column's type. */
  private boolean keepsType(TextCell[] typed) {
    for (TextCell c : typed) {
      int k = c.kind();
      boolean keeps =
          switch (state) {
            case INT -> k == CellKind.INT;
            case BOOL -> k == CellKind.BOOL;
            case FLOAT -> k == CellKind.FLOAT || k == CellKind.INT;
            default -> false;
          };
      if (!keeps) {
        return false;
      }
    }
    return true;
  }

  private void addDoubles(int[] tokens, TextCell[] typed, int from, int to) {
    double[] values = new double[typed.length];
    for (int t = 0; t < values.length; t++) {
      TextCell c = typed[t];
      values[t] = c.kind() == CellKind.INT ? (double) c.longValue() : c.doubleValue();
    }
    doubles.addAll(values, tokens, from, to);
    size += to - from;
  }

  /** Adds one typed value; a NaN double counts as missing. */
  public void add(Object value) {
    if (value == null) {
      appendMissing();
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      append(CellKind.INT, ((Number) value).longValue(), 0, null, true);
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d)) {
        appendMissing();
      } else {
        append(CellKind.FLOAT, 0, d, null, true);
      }
    } else if (value instanceof BigInteger b) {
      if (b.bitLength() < 64) {
        append(CellKind.INT, b.longValue(), 0, null, true);
      } else {
        append(CellKind.FLOAT, 0, b.doubleValue(), null, true);
      }
    } else if (value instanceof BigDecimal b) {
      append(CellKind.FLOAT, 0, b.doubleValue(), null, true);
    } else if (value instanceof Boolean b) {
      append(CellKind.BOOL, b ? 1 : 0, 0, null, true);
    } else if (value instanceof String s) {
      append(CellKind.STRING, 0, 0, s, true);
    } else {
      throw new IllegalArgumentException("unsupported cell value " + value.getClass().getName());
    }
  }

  /**
   * Returns true when the built column is STRING but some cells that were first stored as numbers
   * or booleans had text that cannot be rendered back exactly; the caller must rebuild the column
   * from the original text with {@link #forStrings}. Valid after {@link #build()}.
   */
  public boolean textLost() {
    return textLost;
  }

  /** Returns the column, typed by spec §3.1. */
  public Column build() {
    return build(false);
  }

  /**
   * Returns the column, typed by spec §3.1, except that with {@code keepIntWithMissing} an
   * all-integer column with missing cells stays INT (predicted labels with a 1-entry {@code
   * label_headers}, spec §8.4).
   */
  public Column build(boolean keepIntWithMissing) {
    switch (state) {
      case EMPTY -> {
        if (size == 0 || keepIntWithMissing) {
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
      case INT -> {
        if (missing.count() == 0 || keepIntWithMissing) {
          return new LongColumn(name, longs.trim(), missing);
        }
        convert(State.FLOAT);
        return new DoubleColumn(name, doubles.toArray());
      }
      case FLOAT -> {
        return new DoubleColumn(name, doubles.toArray());
      }
      case BOOL -> {
        return new BoolColumn(name, longs.trim(), missing);
      }
      default -> {
        return new StringColumn(name, longs.trim(), dictionary.toArray());
      }
    }
  }

  private void append(int k, long lv, double dv, String text, boolean exact) {
    if (state != State.STRING) {
      State target = merge(state, k);
      if (target != state) {
        convert(target);
      }
    }
    switch (state) {
      case INT, BOOL -> longs.add(lv);
      case FLOAT -> appendDouble(k == CellKind.INT ? (double) lv : dv);
      default -> {
        appendCode(text != null ? text : CellKind.render(k, lv, dv));
        size++;
        return;
      }
    }
    if (!exact) {
      textExact = false;
    }
    size++;
  }

  private void appendMissing() {
    switch (state) {
      case EMPTY -> missing.set(size);
      case INT, BOOL -> {
        longs.add(0);
        missing.set(size);
      }
      case FLOAT -> appendDouble(Double.NaN);
      default -> longs.add(-1);
    }
    size++;
  }

  private void appendString(String raw) {
    appendCode(raw);
    size++;
  }

  private void appendCode(String text) {
    longs.add(codeOf(text));
  }

  private int codeOf(String text) {
    return dictionary.codeOf(text);
  }

  private void appendDouble(double v) {
    doubles.add(v);
  }

  private static State merge(State s, int k) {
    State cell =
        switch (k) {
          case CellKind.INT -> State.INT;
          case CellKind.FLOAT -> State.FLOAT;
          case CellKind.BOOL -> State.BOOL;
          default -> State.STRING;
        };
    if (s == State.EMPTY || s == cell) {
      return cell;
    }
    if ((s == State.INT && cell == State.FLOAT) || (s == State.FLOAT && cell == State.INT)) {
      return State.FLOAT;
    }
    return State.STRING;
  }

  private void convert(State target) {
    if (target == State.STRING) {
      toString(state);
    } else if (target == State.FLOAT) {
      DoubleList d = new DoubleList(Math.max(size + (size >> 1), reserved));
      for (int i = 0; i < size; i++) {
        d.add((state == State.INT && !missing.get(i)) ? (double) longs.get(i) : Double.NaN);
      }
      doubles = d;
      longs = null;
      missing = new BitMask();
    } else {
      // EMPTY to INT or BOOL: earlier cells are all missing.
      longs = new PackedLongs(Math.max(Math.max(16, size * 2), reserved));
      for (int i = 0; i < size; i++) {
        longs.add(0);
      }
    }
    state = target;
  }

  private void toString(State from) {
    dictionary = new TextDictionary();
    PackedLongs c = new PackedLongs(Math.max(Math.max(16, size * 2), reserved));
    boolean anyValue = false;
    for (int i = 0; i < size; i++) {
      boolean miss = from == State.FLOAT ? Double.isNaN(doubles.get(i)) : missing.get(i);
      if (miss || from == State.EMPTY) {
        c.add(-1);
        continue;
      }
      anyValue = true;
      int k =
          switch (from) {
            case INT -> CellKind.INT;
            case FLOAT -> CellKind.FLOAT;
            default -> CellKind.BOOL;
          };
      long lv = from == State.FLOAT ? 0 : longs.get(i);
      String text = CellKind.render(k, lv, from == State.FLOAT ? doubles.get(i) : 0);
      c.add(dictionary.codeOf(text));
    }
    if (anyValue && textCells && !textExact) {
      textLost = true;
    }
    longs = c;
    doubles = null;
    missing = new BitMask();
    state = State.STRING;
  }
}
