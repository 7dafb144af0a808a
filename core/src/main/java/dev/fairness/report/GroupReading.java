package dev.fairness.report;

import dev.fairness.result.GroupMetricsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plain-words readings of a facet's group metrics: which rate differs most between groups, and
 * where the ends of the selection rate and of that gap lie ("Female, Black are selected at 3.2 %
 * against 31.1 % for Male, White").
 */
final class GroupReading {

  private GroupReading() {}

  /**
   * Returns a metric or summary key in words: {@code false_positive_rate} → false positive rate.
   */
  static String words(String key) {
    return key.replace('_', ' ');
  }

  /**
   * Returns the rate (not {@code count}) with the largest difference between groups, the first in
   * metric order on a tie; null when no rate is reported or there is one group.
   */
  static String widestGap(GroupMetricsResult r) {
    if (r.byGroup().size() < 2) {
      return null;
    }
    String best = null;
    double widest = -1;
    for (String m : r.metrics()) {
      Double d = r.differenceBetweenGroups().get(m);
      if (!m.equals("count") && d != null && d > widest) {
        widest = d;
        best = m;
      }
    }
    return best;
  }

  /** Returns the group with the highest (or lowest) value of a metric, the first on a tie. */
  static String end(GroupMetricsResult r, String metric, boolean highest) {
    String best = null;
    double value = 0;
    for (Map.Entry<String, Map<String, Double>> e : r.byGroup().entrySet()) {
      double v = e.getValue().get(metric);
      if (best == null || (highest ? v > value : v < value)) {
        best = e.getKey();
        value = v;
      }
    }
    return best;
  }

  /** Returns the sentences of a facet's reading. */
  static List<String> sentences(GroupMetricsResult r) {
    List<String> out = new ArrayList<>();
    if (r.byGroup().size() < 2) {
      out.add("There is only one group, so there is no gap between groups.");
      return out;
    }
    if (r.metrics().contains("selection_rate")) {
      String lo = end(r, "selection_rate", false);
      String hi = end(r, "selection_rate", true);
      out.add(
          lo
              + " are selected at "
              + percent(r, lo, "selection_rate")
              + " against "
              + percent(r, hi, "selection_rate")
              + " for "
              + hi
              + ".");
    }
    String widest = widestGap(r);
    if (widest != null) {
      String lo = end(r, widest, false);
      String hi = end(r, widest, true);
      out.add(
          "The largest gap between groups is in the "
              + words(widest)
              + ": "
              + percent(r, hi, widest)
              + " for "
              + hi
              + " against "
              + percent(r, lo, widest)
              + " for "
              + lo
              + " ("
              + DecimalText.percent(value(r, hi, widest) - value(r, lo, widest))
              + " percentage points).");
    }
    return List.copyOf(out);
  }

  private static double value(GroupMetricsResult r, String group, String metric) {
    return r.byGroup().get(group).get(metric);
  }

  private static String percent(GroupMetricsResult r, String group, String metric) {
    return DecimalText.percent(value(r, group, metric)) + " %";
  }
}
