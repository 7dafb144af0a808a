package dev.fairness.trend;

import dev.fairness.config.ConfigException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which series a trend shows: {@code --metric METRIC|stage.METRIC} and {@code --facet
 * FACET[=GROUP]} selections (repeatable; none selects all). The facet is split at its first {@code
 * =}, so a group may contain {@code =}.
 */
final class Selection {

  private record Metric(String text, String stage, String name) {}

  private record Facet(String text, String name, String group) {}

  private final List<Metric> metrics;
  private final List<Facet> facets;

  private Selection(List<Metric> metrics, List<Facet> facets) {
    this.metrics = metrics;
    this.facets = facets;
  }

  static Selection parse(List<String> metrics, List<String> facets) {
    List<Metric> m = new ArrayList<>();
    for (String t : metrics) {
      String s = t.strip();
      int dot = s.indexOf('.');
      String stage = dot < 0 ? null : s.substring(0, dot);
      String name = dot < 0 ? s : s.substring(dot + 1);
      if (name.isEmpty() || (stage != null && !stage.equals("pre") && !stage.equals("post"))) {
        throw new ConfigException(
            "--metric "
                + t
                + ": expected METRIC or pre.METRIC / post.METRIC; give e.g. --metric DI");
      }
      m.add(new Metric(t, stage, name));
    }
    List<Facet> f = new ArrayList<>();
    for (String t : facets) {
      int eq = t.indexOf('=');
      String name = eq < 0 ? t : t.substring(0, eq);
      if (name.isEmpty()) {
        throw new ConfigException(
            "--facet " + t + ": expected FACET or FACET=GROUP; give e.g. --facet Sex=Female");
      }
      f.add(new Facet(t, name, eq < 0 ? null : t.substring(eq + 1)));
    }
    return new Selection(m, f);
  }

  boolean matches(String stage, String facet, String group, String metric) {
    return (metrics.isEmpty() || metrics.stream().anyMatch(m -> metric(m, stage, metric)))
        && (facets.isEmpty() || facets.stream().anyMatch(f -> facet(f, facet, group)));
  }

  /** Throws ConfigException naming the first selection that matched no series. */
  void checkUsed(List<Trend.Series> series) {
    for (Metric m : metrics) {
      if (series.stream().noneMatch(s -> metric(m, s.stage(), s.metric()))) {
        throw new ConfigException(
            "--metric "
                + m.text()
                + ": no run has this metric for the chosen facets; check the"
                + " name (e.g. DI, post.DPPL) and the runs");
      }
    }
    for (Facet f : facets) {
      if (series.stream().noneMatch(s -> facet(f, s.facet(), s.group()))) {
        throw new ConfigException(
            "--facet "
                + f.text()
                + ": no run has this facet group for the chosen metrics; use the"
                + " group string of analysis.json, e.g. Sex=Female");
      }
    }
  }

  private static boolean metric(Metric m, String stage, String metric) {
    return m.name().equals(metric) && (m.stage() == null || m.stage().equals(stage));
  }

  private static boolean facet(Facet f, String facet, String group) {
    return f.name().equals(facet) && (f.group() == null || f.group().equals(group));
  }
}
