package dev.fairness.report;

import dev.fairness.report.FindingPolicy.Verdict;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.GroupStats;
import dev.fairness.result.MetricValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The findings summary at the top of both reports: every bias value the {@link FindingPolicy}
 * judges red or amber as one plain sentence naming the metric, the group and its size; the green
 * ones in one line; every failed metric in one line each. Pure and deterministic.
 *
 * @param headline counts in one sentence, e.g. {@code 6 values outside the policy, …}
 * @param policy the policy in words
 * @param items red findings, then amber, then the green line, then the metrics not computed
 */
public record Findings(String headline, String policy, List<Item> items) {

  /** Green values named one by one in the green line before it says "and N more". */
  private static final int GREEN_NAMED = 12;

  /**
   * One line of the summary.
   *
   * @param level {@code red}, {@code amber}, {@code green} or {@code none} (CSS class)
   * @param status the judgement in words, readable without colour, e.g. {@code Outside policy}
   * @param symbol a symbol for the status: ✗, !, ✓ or –
   * @param sentence the finding in one sentence
   */
  public record Item(String level, String status, String symbol, String sentence) {}

  private record Judged(Verdict verdict, int order, String sentence, String shortName) {}

  /** Returns the findings of {@code result} under {@code policy}, or null without bias results. */
  static Findings of(AnalysisResult result, FindingPolicy policy) {
    if (result.preTraining() == null && result.postTraining() == null) {
      return null;
    }
    List<Judged> judged = new ArrayList<>();
    List<Item> failed = new ArrayList<>();
    String strata = result.run() == null ? null : result.run().groupVariable();
    collect("pre", result.preTraining(), policy, strata, judged, failed);
    collect("post", result.postTraining(), policy, strata, judged, failed);
    judged.sort(
        Comparator.comparing((Judged j) -> j.verdict().level())
            .thenComparingInt(j -> j.verdict().rank())
            .thenComparingInt(Judged::order));
    List<Item> items = new ArrayList<>();
    List<String> green = new ArrayList<>();
    int red = 0;
    int amber = 0;
    for (Judged j : judged) {
      switch (j.verdict().level()) {
        case RED -> {
          red++;
          items.add(new Item("red", "Outside policy", "✗", j.sentence()));
        }
        case AMBER -> {
          amber++;
          items.add(new Item("amber", "Near the limit", "!", j.sentence()));
        }
        case GREEN -> green.add(j.shortName());
      }
    }
    if (!green.isEmpty()) {
      items.add(new Item("green", "Within policy", "✓", greenLine(green)));
    }
    items.addAll(failed);
    return new Findings(
        headline(red, amber, green.size(), failed.size()), policy.describe(), List.copyOf(items));
  }

  private static void collect(
      String stage,
      BiasReport report,
      FindingPolicy policy,
      String strata,
      List<Judged> judged,
      List<Item> failed) {
    if (report == null) {
      return;
    }
    String stageName = stage.equals("pre") ? "Pre-training" : "Post-training";
    for (Map.Entry<String, List<FacetGroupResult>> e : report.facets().entrySet()) {
      for (FacetGroupResult g : e.getValue()) {
        String title = MetricReading.groupTitle(e.getKey(), g.valueOrThreshold());
        MetricReading reading =
            new MetricReading(e.getKey(), g.valueOrThreshold(), g.stats(), strata);
        for (MetricValue m : g.metrics()) {
          if (m.failed() || m.value() == null) {
            failed.add(
                new Item(
                    "none",
                    "Not computed",
                    "–",
                    stageName
                        + " "
                        + m.name()
                        + " for "
                        + title
                        + ": "
                        + sentenceEnd(reading.read(m))));
            continue;
          }
          Verdict v = policy.judge(stage, e.getKey(), g.valueOrThreshold(), m);
          if (v != null) {
            String sentence = sentence(stageName, title, g.stats(), m, v, reading.read(m));
            judged.add(
                new Judged(
                    v, judged.size(), sentence, m.name() + " (" + stage + ", " + title + ")"));
          }
        }
      }
    }
  }

  private static String sentence(
      String stageName, String title, GroupStats s, MetricValue m, Verdict v, String reading) {
    String size = s == null ? "" : " (" + s.nD() + " of " + s.n() + " rows)";
    String relation =
        switch (v.level()) {
          case RED -> "outside the policy";
          case AMBER -> "near the limit of the policy";
          case GREEN -> "within the policy";
        };
    String why = sentenceEnd(reading);
    if (why.length() > 1
        && Character.isUpperCase(why.charAt(0))
        && Character.isLowerCase(why.charAt(1))) {
      why = Character.toLowerCase(why.charAt(0)) + why.substring(1);
    }
    String interval = IntervalReading.read(m, s == null ? -1 : s.nD());
    return stageName
        + " "
        + m.name()
        + " is "
        + IntervalReading.value(m.value(), m.ci())
        + " for "
        + title
        + size
        + ", "
        + relation
        + " ("
        + v.rule()
        + "): "
        + why
        + (interval.isEmpty() ? "" : " " + interval);
  }

  private static String sentenceEnd(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  private static String greenLine(List<String> green) {
    StringBuilder b = new StringBuilder();
    b.append(green.size()).append(green.size() == 1 ? " value is" : " values are");
    b.append(" within the policy: ");
    b.append(String.join(", ", green.subList(0, Math.min(GREEN_NAMED, green.size()))));
    if (green.size() > GREEN_NAMED) {
      b.append(" and ").append(green.size() - GREEN_NAMED).append(" more");
    }
    return b.append('.').toString();
  }

  private static String headline(int red, int amber, int green, int failed) {
    if (red + amber + green == 0 && failed == 0) {
      return "No computed value is judged by the policy; see the tables below.";
    }
    List<String> parts = new ArrayList<>();
    parts.add(count(red, "value") + " outside the policy");
    parts.add(amber + " near its limit");
    parts.add(green + " within it");
    String text = String.join(", ", parts);
    if (failed > 0) {
      text += "; " + count(failed, "metric") + " not computed";
    }
    return text + ".";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
