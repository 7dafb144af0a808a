package dev.fairness.plan;

import dev.fairness.data.Column;
import dev.fairness.data.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The multi-class confusion matrix of spec §5.4 for a CATEGORICAL label: rows = true label, columns
 * = predicted label, over the sorted union of the values of both columns (numbers and booleans
 * numerically with Python equality, then strings by code point); rows where either cell is missing
 * are left out.
 *
 * @param labels rendered class values, sorted
 * @param counts counts as doubles, {@code counts[true][predicted]}
 */
public record ConfusionTable(List<String> labels, double[][] counts) {

  /** Returns the empty table (continuous label). */
  public static ConfusionTable empty() {
    return new ConfusionTable(List.of(), new double[0][0]);
  }

  /** Returns the table of a label and a predicted-label column of equal length. */
  public static ConfusionTable of(Column label, Column predicted) {
    TreeMap<Key, Object> classes = new TreeMap<>();
    int n = label.size();
    for (int i = 0; i < n; i++) {
      if (!label.isMissing(i) && !predicted.isMissing(i)) {
        Object l = label.get(i);
        Object p = predicted.get(i);
        classes.putIfAbsent(Key.of(l), l);
        classes.putIfAbsent(Key.of(p), p);
      }
    }
    List<Key> keys = new ArrayList<>(classes.keySet());
    List<String> labels = new ArrayList<>();
    for (Key k : keys) {
      labels.add(ValueText.render(classes.get(k)));
    }
    double[][] counts = new double[keys.size()][keys.size()];
    TreeMap<Key, Integer> index = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
    for (int i = 0; i < n; i++) {
      if (!label.isMissing(i) && !predicted.isMissing(i)) {
        counts[index.get(Key.of(label.get(i)))][index.get(Key.of(predicted.get(i)))]++;
      }
    }
    return new ConfusionTable(List.copyOf(labels), counts);
  }

  /** A class value under Python equality: numbers (and booleans) by value, then strings. */
  private record Key(boolean text, double number, String string) implements Comparable<Key> {

    static Key of(Object v) {
      if (v instanceof Boolean b) {
        return new Key(false, b ? 1 : 0, "");
      }
      if (v instanceof Number x) {
        double d = x.doubleValue();
        return new Key(false, d == 0.0 ? 0.0 : d, "");
      }
      return new Key(true, 0, v.toString());
    }

    @Override
    public int compareTo(Key o) {
      if (text != o.text) {
        return text ? 1 : -1;
      }
      return text ? string.compareTo(o.string) : Double.compare(number, o.number);
    }
  }
}
