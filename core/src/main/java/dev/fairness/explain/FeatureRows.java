package dev.fairness.explain;

import dev.fairness.data.Column;
import dev.fairness.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The records to explain: feature vectors with their 0-based table row index (which seeds their
 * random stream, spec §6.5).
 */
public interface FeatureRows {

  /** Returns the number of records. */
  int size();

  /** Returns the table row index of record {@code i}. */
  int rowIndex(int i);

  /** Returns a fresh array with the feature values of record {@code i}. */
  Object[] row(int i);

  /** Returns the first {@code limit} rows of a table (all when {@code limit} is negative). */
  static FeatureRows of(Table table, List<String> featureNames, int limit) {
    List<Column> cols = new ArrayList<>();
    for (String f : featureNames) {
      cols.add(table.column(f));
    }
    int n = limit < 0 ? table.rowCount() : Math.min(limit, table.rowCount());
    return new FeatureRows() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public int rowIndex(int i) {
        return i;
      }

      @Override
      public Object[] row(int i) {
        Object[] v = new Object[cols.size()];
        for (int c = 0; c < v.length; c++) {
          v[c] = cols.get(c).get(i);
        }
        return v;
      }
    };
  }

  /** Returns in-memory rows whose table row indices are their positions. */
  static FeatureRows of(List<Object[]> rows) {
    List<Object[]> copy = List.copyOf(rows);
    return new FeatureRows() {
      @Override
      public int size() {
        return copy.size();
      }

      @Override
      public int rowIndex(int i) {
        return i;
      }

      @Override
      public Object[] row(int i) {
        return copy.get(i).clone();
      }
    };
  }
}
