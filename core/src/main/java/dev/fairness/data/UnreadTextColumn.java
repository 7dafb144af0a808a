package dev.fairness.data;

/**
 * A column that only FlipTest's kNN matrix asked for (spec §3.6, §5.3) and that the reader found to
 * hold non-numeric text while reading. FlipTest refuses any STRING column, so its cells are not
 * kept: {@link #type()} is STRING, while every cell accessor throws {@link IllegalStateException}.
 * Reading stops converting such columns as soon as one of them turns STRING, which keeps a wide
 * text dataset as cheap to read as its role columns.
 */
public final class UnreadTextColumn extends StoredColumn {

  public UnreadTextColumn(String name, int size) {
    super(name, size);
  }

  @Override
  public ColumnType type() {
    return ColumnType.STRING;
  }

  @Override
  public boolean isMissing(int row) {
    throw unread();
  }

  @Override
  public Object get(int row) {
    throw unread();
  }

  @Override
  public int code(int row) {
    throw unread();
  }

  @Override
  public String[] dictionary() {
    throw unread();
  }

  @Override
  public int missingCount() {
    throw unread();
  }

  @Override
  StoredColumn select(int[] rows) {
    return new UnreadTextColumn(name(), rows.length);
  }

  @Override
  StoredColumn renamed(String newName) {
    return new UnreadTextColumn(newName, size());
  }

  private IllegalStateException unread() {
    return new IllegalStateException(
        "column " + name() + " is non-numeric and was not kept (FlipTest only)");
  }
}
