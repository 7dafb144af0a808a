package dev.fairness.result;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes analysis.json's {@code group_metrics} object (issue 17): facet key to {@code by_group},
 * {@code overall}, the four aggregates and {@code summary}, in the key layout of the Fairlearn
 * oracle; an undefined value is {@code null}.
 */
final class GroupMetricsJson {

  private GroupMetricsJson() {}

  /** Writes the object of every facet's group metrics. */
  static void write(JsonGenerator g, Map<String, GroupMetricsResult> facets) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, GroupMetricsResult> e : facets.entrySet()) {
      GroupMetricsResult r = e.getValue();
      g.writeObjectFieldStart(e.getKey());
      g.writeObjectFieldStart("by_group");
      for (Map.Entry<String, Map<String, Double>> group : r.byGroup().entrySet()) {
        values(g, group.getKey(), group.getValue());
      }
      g.writeEndObject();
      values(g, "overall", r.overall());
      values(g, "difference_between_groups", r.differenceBetweenGroups());
      values(g, "difference_to_overall", r.differenceToOverall());
      values(g, "ratio_between_groups", r.ratioBetweenGroups());
      values(g, "ratio_to_overall", r.ratioToOverall());
      values(g, "summary", r.summary());
      if (r.intervals() != null) {
        intervals(g, r);
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * Writes {@code "ci"}: the same layout as the values ({@code by_group.<group>.<metric>}, {@code
   * overall.<metric>}, …) with {@code [low, high]} for each value that has an interval.
   */
  private static void intervals(JsonGenerator g, GroupMetricsResult r) throws IOException {
    Iterator<ConfidenceInterval> it = r.intervals().iterator();
    g.writeObjectFieldStart("ci");
    g.writeObjectFieldStart("by_group");
    for (Map.Entry<String, Map<String, Double>> group : r.byGroup().entrySet()) {
      interval(g, group.getKey(), group.getValue().keySet(), it);
    }
    g.writeEndObject();
    for (Map.Entry<String, Map<String, Double>> section : r.sections().entrySet()) {
      interval(g, section.getKey(), section.getValue().keySet(), it);
    }
    g.writeEndObject();
  }

  private static void interval(
      JsonGenerator g, String key, Iterable<String> metrics, Iterator<ConfidenceInterval> it)
      throws IOException {
    g.writeObjectFieldStart(key);
    for (String m : metrics) {
      ConfidenceInterval ci = it.next();
      if (ci != null) {
        g.writeFieldName(m);
        g.writeStartArray();
        AnalysisJsonWriter.writeNumber(g, ci.low());
        AnalysisJsonWriter.writeNumber(g, ci.high());
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  private static void values(JsonGenerator g, String key, Map<String, Double> values)
      throws IOException {
    g.writeObjectFieldStart(key);
    for (Map.Entry<String, Double> v : values.entrySet()) {
      g.writeFieldName(v.getKey());
      AnalysisJsonWriter.writeNumber(g, v.getValue());
    }
    g.writeEndObject();
  }
}
