package dev.fairness.data;

import dev.fairness.RunLog;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches the rows of a side dataset to the rows of the main dataset (spec §3.5): by position
 * without a joinsource column, else an inner join on the joinsource text in main-dataset order.
 */
final class RowJoin {

  private RowJoin() {}

  /**
   * Returns, for each main row, the matching side row or -1 when it has none (keyed join only).
   *
   * @param side {@code facet} or {@code predicted label}, for messages
   * @param mainKeys joinsource text per main row, or null for a positional join
   * @param sideKeys joinsource text per side row, or null for a positional join
   */
  static int[] match(
      String side,
      int mainRows,
      int sideRows,
      List<String> mainKeys,
      Path mainLocation,
      List<String> sideKeys,
      Path sideLocation) {
    int[] out = new int[mainRows];
    if (mainKeys == null) {
      if (mainRows != sideRows) {
        throw new DataException(
            "Dataset and "
                + side
                + " dataset have different numbers of rows ("
                + mainRows
                + " vs "
                + sideRows
                + ")");
      }
      for (int i = 0; i < mainRows; i++) {
        out[i] = i;
      }
      return out;
    }
    Map<String, Integer> index = uniqueIndex(sideKeys, sideLocation);
    for (int i = 0; i < mainRows; i++) {
      Integer s = index.get(mainKeys.get(i));
      out[i] = s == null ? -1 : s;
    }
    return out;
  }

  /** Throws {@code Duplicate join key <k> in <file>} for the first key seen twice. */
  static void requireUnique(List<String> keys, Path location) {
    uniqueIndex(keys, location);
  }

  /**
   * Returns the main rows matched in every side, in order, after logging a warning per side that
   * leaves main rows unmatched.
   */
  static int[] keptRows(int mainRows, List<int[]> matches, List<String> sides, RunLog log) {
    boolean[] drop = new boolean[mainRows];
    for (int s = 0; s < matches.size(); s++) {
      int[] m = matches.get(s);
      int missing = 0;
      for (int i = 0; i < mainRows; i++) {
        if (m[i] < 0) {
          drop[i] = true;
          missing++;
        }
      }
      if (missing > 0) {
        log.warn(
            missing
                + " rows of the dataset have no match in the "
                + sides.get(s)
                + " dataset and are dropped");
      }
    }
    int n = 0;
    for (boolean d : drop) {
      n += d ? 0 : 1;
    }
    int[] rows = new int[n];
    int k = 0;
    for (int i = 0; i < mainRows; i++) {
      if (!drop[i]) {
        rows[k++] = i;
      }
    }
    return rows;
  }

  private static Map<String, Integer> uniqueIndex(List<String> keys, Path location) {
    // Lookup only: never iterated, so HashMap order cannot reach any output.
    Map<String, Integer> index = new HashMap<>(keys.size() * 2);
    for (int i = 0; i < keys.size(); i++) {
      if (index.putIfAbsent(keys.get(i), i) != null) {
        throw new DataException("Duplicate join key " + keys.get(i) + " in " + location);
      }
    }
    return index;
  }
}
