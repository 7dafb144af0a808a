package dev.fairness.data;

/** Storage type of a column, inferred from its cells by the pandas-like rule of spec §3.1. */
public enum ColumnType {
  /** 64-bit integers; no missing cell (except predicted labels left missing on purpose, §8.4). */
  INT,
  /** Doubles; missing cells allowed. */
  FLOAT,
  /** Booleans; missing cells allowed (pandas keeps True/False/NaN boolean). */
  BOOL,
  /** Text, dictionary-encoded; missing cells allowed. */
  STRING;

  /** Returns the column type of a boxed cell value (null for a missing cell). */
  public static ColumnType of(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Long || value instanceof Integer) {
      return INT;
    }
    if (value instanceof Double || value instanceof Float) {
      return FLOAT;
    }
    if (value instanceof Boolean) {
      return BOOL;
    }
    return STRING;
  }
}
