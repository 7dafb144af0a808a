package dev.fairness.bias.count;

import dev.fairness.data.Column;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

  /** Most (label, prediction) value pairs counted in a primitive table. */
  private static final int MAX_PAIRS = 1 << 22;

  /**
   * Returns the table of a label and a predicted-label column of equal length: pairs of value codes
   * counted in one primitive pass, each code's class value taken from the first row it appears in
   * (so the shown value is the first of the values a class merges, as a row scan would see it).
   */
  public static ConfusionTable of(Column label, Column predicted) {
    return of(label, ValueCodes.of(label), predicted, ValueCodes.of(predicted));
  }

  /** Returns {@link #of(Column, Column)} reusing the columns' value codes (either may be null). */
  public static ConfusionTable of(
      Column label, ValueCodes labelCodes, Column predicted, ValueCodes predictedCodes) {
    return of(label, labelCodes, predicted, predictedCodes, null);
  }

  /**
   * Returns the classes (sorted keys, each with the value first seen for it) of the label and
   * predicted codes in use, given each code's first row ({@code -1}: unused). Codes are visited in
   * row order, label before prediction within a row, so the value kept for a key is the first seen.
   */
  private static TreeMap<Key, Object> classes(
      int[] firstL, int[] firstP, Column label, Column predicted) {
    List<long[]> firsts = new ArrayList<>();
    for (int c = 0; c < firstL.length; c++) {
      if (firstL[c] >= 0) {
        firsts.add(new long[] {2L * firstL[c], c});
      }
    }
    for (int c = 0; c < firstP.length; c++) {
      if (firstP[c] >= 0) {
        firsts.add(new long[] {2L * firstP[c] + 1, c});
      }
    }
    firsts.sort((x, y) -> Long.compare(x[0], y[0]));
    TreeMap<Key, Object> classes = new TreeMap<>();
    for (long[] f : firsts) {
      int row = (int) (f[0] >> 1);
      Object v = (f[0] & 1) == 0 ? label.get(row) : predicted.get(row);
      classes.putIfAbsent(Key.of(v), v);
    }
    return classes;
  }

  /** Returns the table of a counted table whose row i stands for {@code counts[i]} rows. */
  public static ConfusionTable of(
      Column label,
      ValueCodes labelCodes,
      Column predicted,
      ValueCodes predictedCodes,
      long[] rowCounts) {
    ClassCodes l = new ClassCodes(label, labelCodes);
    ClassCodes p = new ClassCodes(predicted, predictedCodes);
    int kp = p.count();
    if ((long) l.count() * kp > MAX_PAIRS) {
      return boxed(label, predicted, rowCounts);
    }
    long[] pairs = new long[l.count() * kp];
    int[] firstL = new int[l.count()];
    int[] firstP = new int[kp];
    Arrays.fill(firstL, -1);
    Arrays.fill(firstP, -1);
    int n = label.size();
    for (int i = 0; i < n; i++) {
      int a = l.code(i);
      int b = p.code(i);
      if (a >= 0 && b >= 0) {
        pairs[a * kp + b] += rowCounts == null ? 1 : rowCounts[i];
        if (firstL[a] < 0) {
          firstL[a] = i;
        }
        if (firstP[b] < 0) {
          firstP[b] = i;
        }
      }
    }
    TreeMap<Key, Object> classes = classes(firstL, firstP, label, predicted);
    List<Key> keys = new ArrayList<>(classes.keySet());
    List<String> labels = new ArrayList<>();
    for (Key k : keys) {
      labels.add(ValueText.render(classes.get(k)));
    }
    int[] li = classIndex(firstL, label, keys);
    int[] pi = classIndex(firstP, predicted, keys);
    double[][] counts = new double[keys.size()][keys.size()];
    for (int a = 0; a < li.length; a++) {
      for (int b = 0; b < kp; b++) {
        long c = pairs[a * kp + b];
        if (c != 0) {
          counts[li[a]][pi[b]] += c;
        }
      }
    }
    return new ConfusionTable(List.copyOf(labels), counts);
  }

  /**
   * Returns the table from counts of (label code, predicted code) pairs, index 0 of either side
   * standing for a missing cell; null when two values of one class render differently (1 and True),
   * where the shown value is the first in row order, which only a row scan knows.
   *
   * @param label the label's value codes
   * @param labelCode the label code of each pair index (index 0: missing)
   * @param predicted the predictions' value codes
   * @param predictedCode the predicted code of each pair index (index 0: missing)
   * @param pairs rows per (label index, predicted index)
   */
  public static ConfusionTable ofPairs(
      ValueCodes label,
      int[] labelCode,
      ValueCodes predicted,
      int[] predictedCode,
      long[][] pairs) {
    boolean[] usedL = new boolean[labelCode.length];
    boolean[] usedP = new boolean[predictedCode.length];
    for (int a = 1; a < labelCode.length; a++) {
      for (int b = 1; b < predictedCode.length; b++) {
        if (pairs[a][b] != 0) {
          usedL[a] = true;
          usedP[b] = true;
        }
      }
    }
    TreeMap<Key, String> classes = new TreeMap<>();
    Key[] keyL = keys(label, labelCode, usedL, classes);
    Key[] keyP = keys(predicted, predictedCode, usedP, classes);
    if (keyL == null || keyP == null) {
      return null;
    }
    List<Key> keys = new ArrayList<>(classes.keySet());
    double[][] counts = new double[keys.size()][keys.size()];
    for (int a = 1; a < labelCode.length; a++) {
      for (int b = 1; b < predictedCode.length; b++) {
        if (pairs[a][b] != 0) {
          int i = Collections.binarySearch(keys, keyL[a]);
          int j = Collections.binarySearch(keys, keyP[b]);
          counts[i][j] += pairs[a][b];
        }
      }
    }
    return new ConfusionTable(List.copyOf(classes.values()), counts);
  }

  /** Returns the class key of each used index, or null when a class has two renderings. */
  private static Key[] keys(
      ValueCodes codes, int[] codeOf, boolean[] used, TreeMap<Key, String> classes) {
    Key[] out = new Key[codeOf.length];
    for (int k = 1; k < codeOf.length; k++) {
      if (used[k]) {
        Object v = codes.value(codeOf[k]);
        out[k] = Key.of(v);
        String text = ValueText.render(v);
        String before = classes.putIfAbsent(out[k], text);
        if (before != null && !before.equals(text)) {
          return null;
        }
      }
    }
    return out;
  }

  /** Returns, per used code, the index of its class among the sorted keys. */
  private static int[] classIndex(int[] first, Column c, List<Key> keys) {
    int[] out = new int[first.length];
    for (int k = 0; k < first.length; k++) {
      out[k] = first[k] < 0 ? -1 : Collections.binarySearch(keys, Key.of(c.get(first[k])));
    }
    return out;
  }

  /** The same table from boxed cells, for columns with too many value pairs for a table. */
  private static ConfusionTable boxed(Column label, Column predicted, long[] rowCounts) {
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
        counts[index.get(Key.of(label.get(i)))][index.get(Key.of(predicted.get(i)))] +=
            rowCounts == null ? 1 : rowCounts[i];
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
