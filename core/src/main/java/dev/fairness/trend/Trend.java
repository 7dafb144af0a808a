package dev.fairness.trend;

import dev.fairness.config.ConfigException;
import dev.fairness.gate.Assertion;
import dev.fairness.gate.AssertionCheck;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chosen bias metrics followed over ordered runs: one {@link Series} per stage, facet, group and
 * metric, each with the bounds that apply to it and the first run that crossed each; and, per
 * assertion, the first run where it failed and whether the latest run fails it.
 *
 * <p>Series are ordered stage {@code pre} then {@code post}, then facets, groups and metrics in the
 * order the runs first show them. A run that lacks a metric has no point there (null value, no
 * error).
 */
public final class Trend {

  /**
   * One run's value of a series.
   *
   * @param index 0-based position of the run
   * @param value the value, or null when the run lacks the metric or it carries an error
   * @param error the metric's error, or null
   * @param interval {@code [low, high]}, or null when the run has none
   */
  public record Point(int index, Double value, String error, double[] interval) {}

  /**
   * A bound on a series, from an assertion.
   *
   * @param assertion the assertion
   * @param firstCrossing index of the first run whose value fails it (an error fails), or null
   * @param latestFails whether the latest run's value fails it
   */
  public record Bound(Assertion assertion, Integer firstCrossing, boolean latestFails) {}

  /** One metric of one facet group over the runs. */
  public record Series(
      String stage,
      String facet,
      String group,
      String metric,
      List<Point> points,
      List<Bound> bounds) {

    /** Returns the reference as written in assertions, e.g. {@code post.DI@Sex=Female}. */
    public String ref() {
      return stage + "." + metric + "@" + facet + "=" + group;
    }
  }

  /**
   * An assertion over the runs.
   *
   * @param assertion the assertion
   * @param firstFailed index of the first run where it fails, or null
   * @param latest its outcome on the latest run
   */
  public record Crossing(Assertion assertion, Integer firstFailed, AssertionCheck.Outcome latest) {}

  private final List<TrendRun> runs;
  private final List<Series> series;
  private final List<Crossing> crossings;

  private Trend(List<TrendRun> runs, List<Series> series, List<Crossing> crossings) {
    this.runs = List.copyOf(runs);
    this.series = List.copyOf(series);
    this.crossings = List.copyOf(crossings);
  }

  /**
   * Returns the trend of the ordered runs. {@code metrics} holds {@code METRIC} or {@code
   * stage.METRIC} selections, {@code facets} {@code FACET} or {@code FACET=GROUP} ones; empty lists
   * select everything. Throws ConfigException (exit 2) when there are no runs or a selection
   * matches nothing in any run.
   */
  public static Trend of(
      List<TrendRun> runs, List<String> metrics, List<String> facets, List<Assertion> assertions) {
    if (runs.isEmpty()) {
      throw new ConfigException("no runs given; give run directories or analysis.json files");
    }
    Selection selection = Selection.parse(metrics, facets);
    List<Series> series = new ArrayList<>();
    for (String stage : List.of("pre", "post")) {
      for (Map.Entry<String, Set<String>> key : keys(runs, stage).entrySet()) {
        String[] fgm = key.getKey().split("\u001f", -1);
        if (selection.matches(stage, fgm[0], fgm[1], fgm[2])) {
          series.add(series(runs, stage, fgm[0], fgm[1], fgm[2], assertions));
        }
      }
    }
    selection.checkUsed(series);
    List<Crossing> crossings = new ArrayList<>();
    for (Assertion a : assertions) {
      Integer first = null;
      AssertionCheck.Outcome latest = null;
      for (int i = 0; i < runs.size(); i++) {
        latest = AssertionCheck.evaluate(a, runs.get(i).result());
        if (first == null && !latest.passed()) {
          first = i;
        }
      }
      crossings.add(new Crossing(a, first, latest));
    }
    return new Trend(runs, series, crossings);
  }

  /** Returns the runs in order. */
  public List<TrendRun> runs() {
    return runs;
  }

  /** Returns the series in order. */
  public List<Series> series() {
    return series;
  }

  /** Returns one entry per assertion, in the given order. */
  public List<Crossing> crossings() {
    return crossings;
  }

  /** Returns true when the latest run fails an assertion. */
  public boolean latestViolates() {
    return crossings.stream().anyMatch(c -> !c.latest().passed());
  }

  /** Facet␟group␟metric keys of a stage in first-seen order (the set is unused, for order only). */
  private static Map<String, Set<String>> keys(List<TrendRun> runs, String stage) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (TrendRun run : runs) {
      BiasReport report = report(run, stage);
      if (report == null) {
        continue;
      }
      for (Map.Entry<String, List<FacetGroupResult>> f : report.facets().entrySet()) {
        for (FacetGroupResult g : f.getValue()) {
          for (MetricValue m : g.metrics()) {
            out.computeIfAbsent(
                f.getKey() + '\u001f' + g.valueOrThreshold() + '\u001f' + m.name(),
                k -> new LinkedHashSet<>());
          }
        }
      }
    }
    return out;
  }

  private static Series series(
      List<TrendRun> runs,
      String stage,
      String facet,
      String group,
      String metric,
      List<Assertion> assertions) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      MetricValue m = find(report(runs.get(i), stage), facet, group, metric);
      double[] ci = runs.get(i).intervals().get(TrendRun.key(stage, facet, group, metric));
      if (m == null) {
        points.add(new Point(i, null, null, null));
      } else if (m.failed()) {
        points.add(new Point(i, null, m.error(), null));
      } else {
        points.add(new Point(i, m.value(), null, ci));
      }
    }
    List<Bound> bounds = new ArrayList<>();
    for (Assertion a : assertions) {
      if (a.stage().equals(stage)
          && a.metric().equals(metric)
          && (a.facet() == null || a.facet().equals(facet))
          && (a.group() == null || a.group().equals(group))) {
        Integer first = null;
        for (Point p : points) {
          if (first == null && fails(a, p)) {
            first = p.index();
          }
        }
        bounds.add(new Bound(a, first, fails(a, points.get(points.size() - 1))));
      }
    }
    return new Series(stage, facet, group, metric, points, bounds);
  }

  /** Returns whether a point fails the assertion: an error fails, a missing value is not judged. */
  public static boolean fails(Assertion a, Point p) {
    if (p.error() != null) {
      return true;
    }
    if (p.value() == null) {
      return false;
    }
    double v = a.absolute() ? Math.abs(p.value()) : p.value();
    return !a.op().test(v, a.bound());
  }

  private static BiasReport report(TrendRun run, String stage) {
    return stage.equals("pre") ? run.result().preTraining() : run.result().postTraining();
  }

  private static MetricValue find(BiasReport report, String facet, String group, String metric) {
    if (report == null) {
      return null;
    }
    for (FacetGroupResult g : report.facets().getOrDefault(facet, List.of())) {
      if (g.valueOrThreshold().equals(group)) {
        for (MetricValue m : g.metrics()) {
          if (m.name().equals(metric)) {
            return m;
          }
        }
      }
    }
    return null;
  }
}
