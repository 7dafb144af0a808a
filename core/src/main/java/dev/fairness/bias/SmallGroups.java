package dev.fairness.bias;

import dev.fairness.Finding;
import dev.fairness.RunLog;
import dev.fairness.stats.FacetCounts;
import dev.fairness.stats.GroupCounts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code small-group} finding (issue 14): a facet group, or a group of the group metrics, with
 * fewer than {@link #MIN_ROWS} rows. Its metrics are shares of so few rows that they move a lot
 * from one sample to the next, so a bias metric of such a group is no evidence either way.
 */
public final class SmallGroups {

  /** Fewest rows a group needs for its metrics not to be flagged. */
  static final int MIN_ROWS = 30;

  private SmallGroups() {}

  /**
   * Raises one finding per facet group with 1 to 29 rows ({@code where}: the facet's config key),
   * and one per group whose rest (the rows it is compared with) has 1 to 29 rows, in facet and
   * group order. Empty groups have their own warning.
   */
  static void check(
      Map<String, List<FacetSplit>> facets,
      Map<FacetSplit, SplitCounts> counts,
      Map<String, String> where,
      RunLog log) {
    facets.forEach(
        (name, splits) -> {
          for (FacetSplit split : splits) {
            for (int g = 0; g < split.groups().size(); g++) {
              FacetCounts dRest = counts.get(split).pre(g).overall();
              check(
                  name,
                  split.groups().get(g),
                  dRest.facet().n(),
                  dRest.rest().n(),
                  where.get(name),
                  log);
            }
          }
        });
  }

  /**
   * Raises the finding for each group of a facet's group metrics under 30 rows that is not one of
   * its bias facet groups ({@code splits}), which {@link #check(Map, Map, Map, RunLog)} covered.
   */
  static void check(
      String facet,
      List<FacetSplit> splits,
      List<String> groups,
      List<GroupCounts> counts,
      Map<String, String> where,
      RunLog log) {
    Set<String> seen = new HashSet<>();
    for (FacetSplit s : splits) {
      seen.addAll(s.groups());
    }
    for (int g = 0; g < groups.size(); g++) {
      if (!seen.contains(groups.get(g))) {
        check(facet, groups.get(g), counts.get(g).n(), where.get(facet), log);
      }
    }
  }

  /**
   * Raises the findings of one facet group: when the group ({@code rows}) or its rest (the rows it
   * is compared with) has 1 to 29 rows; {@code where} is the facet's config key.
   */
  public static void check(
      String facet, String group, long rows, long rest, String where, RunLog log) {
    check(facet, group, rows, where, log);
    if (rest > 0 && rest < MIN_ROWS) {
      log.finding(
          finding(
              where,
              facet,
              "the rest of group " + facet + "=" + group + " (the rows it is compared with) has ",
              rest));
    }
  }

  /** Raises the finding for group {@code group} of facet {@code facet} when it is small. */
  static void check(String facet, String group, long rows, String where, RunLog log) {
    if (rows <= 0 || rows >= MIN_ROWS) {
      return;
    }
    log.finding(finding(where, facet, "group " + facet + "=" + group + " has ", rows));
  }

  private static Finding finding(String where, String facet, String subject, long rows) {
    double margin = 1.96 * 0.5 / Math.sqrt(rows);
    return new Finding(
        Finding.Code.SMALL_GROUP,
        where == null ? "facet " + facet : where,
        subject
            + rows
            + (rows == 1 ? " row" : " rows")
            + ", fewer than "
            + MIN_ROWS
            + ": its metrics vary a lot from sample to sample (a share of "
            + rows
            + " rows is uncertain by up to ±"
            + String.format(Locale.ROOT, "%.2f", margin)
            + " at 95 %)",
        "collect more data or merge groups; methods.confidence shows each metric's interval",
        true);
  }
}
