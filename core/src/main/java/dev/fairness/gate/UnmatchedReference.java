package dev.fairness.gate;

import dev.fairness.config.ConfigException;
import dev.fairness.config.DidYouMean;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.GroupMetricsResult;
import dev.fairness.result.MetricValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The error of an assertion whose reference matches no value of a finished run (issue 14): a typo
 * in a facet or group name, or a metric the run did not compute. It names the part that matches
 * nothing, the nearest name and what the run has (its facets, groups or metrics), so that a gate
 * never fails, or passes, because of a misspelling; exit 2.
 */
final class UnmatchedReference {

  private UnmatchedReference() {}

  /** Returns the exit-2 error of {@code a}, which matched no value of {@code result}. */
  static ConfigException error(Assertion a, AnalysisResult result) {
    String why = a.stage().equals("group") ? group(a, result) : bias(a, result);
    return new ConfigException(
        "--assert "
            + a.expression()
            + ": matches nothing in this run, "
            + why
            + "; "
            + AssertionTypos.FORM);
  }

  private static String bias(Assertion a, AnalysisResult result) {
    BiasReport report = a.stage().equals("pre") ? result.preTraining() : result.postTraining();
    String stage = a.stage().equals("pre") ? "pre_training_bias" : "post_training_bias";
    if (report == null || report.facets().isEmpty()) {
      return "it computed no " + a.stage() + "-training metric; add methods." + stage;
    }
    String facets = facetProblem(a, report.facets().keySet());
    if (facets != null) {
      return facets;
    }
    Set<String> metrics = new LinkedHashSet<>();
    for (Map.Entry<String, List<FacetGroupResult>> e : report.facets().entrySet()) {
      if (a.facet() != null && !a.facet().equals(e.getKey())) {
        continue;
      }
      List<String> groups = new ArrayList<>();
      for (FacetGroupResult g : e.getValue()) {
        groups.add(g.valueOrThreshold());
        if (a.group() == null || a.group().equals(g.valueOrThreshold())) {
          for (MetricValue m : g.metrics()) {
            metrics.add(m.name());
          }
        }
      }
      if (a.group() != null && !groups.contains(a.group())) {
        return groupProblem(a, groups);
      }
    }
    return "metric "
        + a.metric()
        + " was not computed (methods."
        + stage
        + ".methods)"
        + DidYouMean.hint(a.metric(), metrics)
        + "; metrics of the run: "
        + list(metrics);
  }

  private static String group(Assertion a, AnalysisResult result) {
    Map<String, GroupMetricsResult> all = result.groupMetrics();
    if (all == null || all.isEmpty()) {
      return "it computed no group metric; add methods.group_metrics";
    }
    String facets = facetProblem(a, all.keySet());
    if (facets != null) {
      return facets;
    }
    Set<String> names = new LinkedHashSet<>();
    for (Map.Entry<String, GroupMetricsResult> e : all.entrySet()) {
      if (a.facet() != null && !a.facet().equals(e.getKey())) {
        continue;
      }
      GroupMetricsResult r = e.getValue();
      if (a.group() == null) {
        names.addAll(r.summary().keySet());
      } else if (!r.byGroup().containsKey(a.group())) {
        return groupProblem(a, r.byGroup().keySet());
      } else {
        names.addAll(r.byGroup().get(a.group()).keySet());
      }
    }
    String kind = a.group() == null ? "summary" : "group metric";
    return kind
        + " "
        + a.metric()
        + " was not computed"
        + DidYouMean.hint(a.metric(), names)
        + "; "
        + (a.group() == null ? "summaries (with @FACET)" : "group metrics (with @FACET=GROUP)")
        + " of the run: "
        + list(names);
  }

  private static String facetProblem(Assertion a, Collection<String> facets) {
    if (a.facet() == null || facets.contains(a.facet())) {
      return null;
    }
    return "facet "
        + a.facet()
        + " not found"
        + DidYouMean.hint(a.facet(), facets)
        + "; facets of the run: "
        + list(facets);
  }

  private static String groupProblem(Assertion a, Collection<String> groups) {
    return "group "
        + a.group()
        + " not found in facet "
        + a.facet()
        + DidYouMean.hint(a.group(), groups)
        + "; groups of "
        + a.facet()
        + ": "
        + list(groups);
  }

  /** Returns the names joined by commas, at most 20 of them. */
  private static String list(Collection<String> names) {
    if (names.isEmpty()) {
      return "(none)";
    }
    List<String> shown = new ArrayList<>(names);
    if (shown.size() <= 20) {
      return String.join(", ", shown);
    }
    return String.join(", ", shown.subList(0, 20)) + ", … (" + shown.size() + " in all)";
  }
}
