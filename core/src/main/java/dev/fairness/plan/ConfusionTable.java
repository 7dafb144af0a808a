package dev.fairness.plan;

import dev.fairness.data.Column;
import dev.fairness.data.ColumnType;
import dev.fairness.data.ValueText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

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
    if (label.type() == ColumnType.INT && predicted.type() == ColumnType.INT) {
      ConfusionTable t = ofIntegers(label, predicted);
      if (t != null) {
        return t;
      }
    }
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

  /**
   * The same table for two INT columns from their primitive codes; null when a value is beyond
   * 2^53, where Python equality (by double) could merge two integers.
   */
  private static ConfusionTable ofIntegers(Column label, Column predicted) {
    LongCodes l = LongCodes.of(label);
    LongCodes p = LongCodes.of(predicted);
    int n = label.size();
    int[] lc = l.codes();
    int[] pc = p.codes();
    boolean[] usedL = new boolean[l.values().length];
    boolean[] usedP = new boolean[p.values().length];
    for (int i = 0; i < n; i++) {
      if (lc[i] >= 0 && pc[i] >= 0) {
        usedL[lc[i]] = true;
        usedP[pc[i]] = true;
      }
    }
    TreeSet<Long> union = new TreeSet<>();
    for (int k = 0; k < usedL.length; k++) {
      if (usedL[k]) {
        union.add(l.values()[k]);
      }
    }
    for (int k = 0; k < usedP.length; k++) {
      if (usedP[k]) {
        union.add(p.values()[k]);
      }
    }
    if (!union.isEmpty()
        && (Math.abs(union.first()) > 1L << 53 || Math.abs(union.last()) > 1L << 53)) {
      return null;
    }
    List<Long> sorted = new ArrayList<>(union);
    List<String> labels = new ArrayList<>();
    for (Long v : sorted) {
      labels.add(ValueText.render(v));
    }
    int[] li = new int[usedL.length];
    for (int k = 0; k < li.length; k++) {
      li[k] = Collections.binarySearch(sorted, l.values()[k]);
    }
    int[] pi = new int[usedP.length];
    for (int k = 0; k < pi.length; k++) {
      pi[k] = Collections.binarySearch(sorted, p.values()[k]);
    }
    double[][] counts = new double[sorted.size()][sorted.size()];
    for (int i = 0; i < n; i++) {
      if (lc[i] >= 0 && pc[i] >= 0) {
        counts[li[lc[i]]][pi[pc[i]]]++;
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
