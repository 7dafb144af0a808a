package dev.fairness.config;

/**
 * A column reference from the configuration: a name (or JMESPath expression, depending on the key)
 * or a 0-based index (spec §3.4 says which list an index addresses). Exactly one is set.
 */
public record ColumnRef(String name, Integer index) {

  /** Returns a reference by name. */
  public static ColumnRef ofName(String name) {
    return new ColumnRef(name, null);
  }

  /** Returns a reference by index. */
  public static ColumnRef ofIndex(int index) {
    return new ColumnRef(null, index);
  }

  /** Returns true when this is an index. */
  public boolean isIndex() {
    return index != null;
  }

  /** Returns the reference as written in the configuration. */
  @Override
  public String toString() {
    return isIndex() ? Integer.toString(index) : name;
  }
}
