package dev.fairness.mitigate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of a threshold fit: per row a score, a 0/1 label and the index of its group in {@code
 * groupNames}. Groups are ordered as pandas' {@code groupby} orders string keys (by code point),
 * which fixes the order in which Fairlearn adds the groups' objective curves.
 *
 * @param score the score of each row (finite)
 * @param label whether each row's label is positive
 * @param group the group index of each row
 * @param groupNames the group keys, index order
 */
public record GroupedScores(double[] score, boolean[] label, int[] group, List<String> groupNames) {

  /** Checks that the arrays have one entry per row and the indices are in range. */
  public GroupedScores {
    if (label.length != score.length || group.length != score.length) {
      throw new IllegalArgumentException("score, label and group differ in length");
    }
    groupNames = List.copyOf(groupNames);
    for (int g : group) {
      if (g < 0 || g >= groupNames.size()) {
        throw new IllegalArgumentException("group index out of range: " + g);
      }
    }
  }

  /**
   * Returns the input whose groups are the distinct {@code keys}, ordered by code point (Python's
   * string order).
   */
  public static GroupedScores of(double[] score, boolean[] label, String[] keys) {
    Map<String, Integer> first = new HashMap<>();
    List<String> names = new ArrayList<>();
    int[] raw = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      Integer g = first.get(keys[i]);
      if (g == null) {
        g = names.size();
        first.put(keys[i], g);
        names.add(keys[i]);
      }
      raw[i] = g;
    }
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(GroupedScores::compareCodePoints);
    int[] rank = new int[names.size()];
    for (int r = 0; r < sorted.size(); r++) {
      rank[first.get(sorted.get(r))] = r;
    }
    int[] group = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      group[i] = rank[raw[i]];
    }
    return new GroupedScores(score, label, group, sorted);
  }

  /**
   * Returns the input whose groups are the distinct texts of {@code dictionary} that {@code codes}
   * use (code i names {@code dictionary[i]}; a column's dictionary codes), ordered by code point.
   */
  public static GroupedScores ofCodes(
      double[] score, boolean[] label, int[] codes, String[] dictionary) {
    boolean[] used = new boolean[dictionary.length];
    for (int c : codes) {
      used[c] = true;
    }
    List<Integer> present = new ArrayList<>();
    for (int c = 0; c < dictionary.length; c++) {
      if (used[c]) {
        present.add(c);
      }
    }
    present.sort((a, b) -> compareCodePoints(dictionary[a], dictionary[b]));
    int[] rank = new int[dictionary.length];
    List<String> names = new ArrayList<>();
    for (int r = 0; r < present.size(); r++) {
      rank[present.get(r)] = r;
      names.add(dictionary[present.get(r)]);
    }
    int[] group = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      group[i] = rank[codes[i]];
    }
    return new GroupedScores(score, label, group, names);
  }

  /** Returns the number of rows. */
  public int rows() {
    return score.length;
  }

  /** Returns the number of groups. */
  public int groupCount() {
    return groupNames.size();
  }

  /** Compares two strings by Unicode code points, as Python compares {@code str}. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
