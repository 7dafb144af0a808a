package dev.fairness.data;

import java.math.BigDecimal;
import java.math.BigInteger;

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
 *
 * <p>This class holds the typing state (the column's type so far, whether its text is exact); the
 * cells themselves live in a {@link ColumnStore}.
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
  private final CellKind kind = new CellKind();
  private final ColumnStore store = new ColumnStore();
  private State state = State.EMPTY;
  private boolean textExact = true;
  private boolean textLost;

  private ColumnBuilder(String name, boolean textCells, boolean stringsOnly) {
    this.name = name;
    this.textCells = textCells;
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
    return store.size();
  }

  /**
   * Makes room for {@code rows} cells in all, so that a reader that knows about how many rows are
   * coming (from the file size) fills storage allocated once instead of growing it step by step:
   * less copying and less garbage at millions of rows. A hint, never a limit.
   */
  public void reserve(int rows) {
    store.reserve(rows);
  }

  /** Returns the bytes of storage one more cell takes now, for sizing {@link #reserve}. */
  public int bytesPerCell() {
    return store.bytesPerCell();
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
        store.addCode(c.raw());
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
        store.addDoubles(tokens, typed, i, n);
      } else {
        store.addLongs(tokens, typed, i, n);
      }
      return;
    }
    while (i < n && state != State.STRING) {
      addCell(typed[tokens[i++]]);
    }
    if (i == n) {
      return;
    }
    store.addCodes(tokens, typed, i, n);
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
    return switch (state) {
      case EMPTY -> store.emptyColumn(name, store.size() == 0 || keepIntWithMissing);
      case INT ->
          store.missingCount() == 0 || keepIntWithMissing ? store.longColumn(name) : widen();
      case FLOAT -> store.doubleColumn(name);
      case BOOL -> store.boolColumn(name);
      default -> store.stringColumn(name);
    };
  }

  /** Returns the FLOAT column of an INT column with missing cells (pandas' NaN-holding column). */
  private Column widen() {
    convert(State.FLOAT);
    return store.doubleColumn(name);
  }

  private void append(int k, long lv, double dv, String text, boolean exact) {
    if (state != State.STRING) {
      State target = merge(state, k);
      if (target != state) {
        convert(target);
      }
    }
    switch (state) {
      case INT, BOOL -> store.addLong(lv);
      case FLOAT -> store.addDouble(k == CellKind.INT ? (double) lv : dv);
      default -> {
        store.addCode(text != null ? text : CellKind.render(k, lv, dv));
        return;
      }
    }
    if (!exact) {
      textExact = false;
    }
  }

  private void appendMissing() {
    switch (state) {
      case EMPTY -> store.addMissingEmpty();
      case INT, BOOL -> store.addMissingLong();
      case FLOAT -> store.addDouble(Double.NaN);
      default -> store.addMissingCode();
    }
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
      store.toDoubles(state == State.INT);
    } else {
      store.toLongs(); // EMPTY to INT or BOOL: earlier cells are all missing.
    }
    state = target;
  }

  private void toString(State from) {
    int kind =
        switch (from) {
          case EMPTY -> CellKind.MISSING;
          case INT -> CellKind.INT;
          case FLOAT -> CellKind.FLOAT;
          default -> CellKind.BOOL;
        };
    boolean anyValue = store.toCodes(kind);
    if (anyValue && textCells && !textExact) {
      textLost = true;
    }
    state = State.STRING;
  }
}
