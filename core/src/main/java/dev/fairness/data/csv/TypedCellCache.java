package dev.fairness.data.csv;

import dev.fairness.data.CellKind;
import dev.fairness.data.TextCell;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typed cells of one column shared by the blocks of a file, so that a cell text seen before is
 * not typed again (typing is a pure function of the text). Holds at most {@value #MAX} texts;
 * beyond that, new texts are typed per block.
 */
final class TypedCellCache {

  /** The most texts kept. */
  static final int MAX = 1 << 14;

  private final ConcurrentHashMap<String, TextCell> cells = new ConcurrentHashMap<>();

  /** Returns the typed cell of {@code raw}, typing it with {@code kind} when not cached. */
  TextCell get(String raw, CellKind kind) {
    TextCell c = cells.get(raw);
    if (c == null) {
      c = TextCell.of(raw, kind);
      if (cells.size() < MAX) {
        cells.putIfAbsent(raw, c);
      }
    }
    return c;
  }
}
