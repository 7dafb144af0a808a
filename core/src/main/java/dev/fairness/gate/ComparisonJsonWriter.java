package dev.fairness.gate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fairness.result.JsonStyle;
import dev.fairness.result.MetricValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link BiasComparison} as JSON in the style of analysis.json (4-space indent, UTF-8,
 * trailing newline, shortest round-trip doubles, infinities as {@code "Infinity"}/{@code
 * "-Infinity"}). Same comparison in, same bytes out.
 *
 * <pre>
 * { "passed": false,
 *   "summary": { "compared": 30, "violations": 1, "assertions": 1, "assertions_failed": 0 },
 *   "limits": { "max_change": 0.05, "per_metric": { "DI": 0.1 } },
 *   "metrics": [ { "stage": "post", "facet": "Sex", "group": "Female", "metric": "DI",
 *                  "baseline": 0.9, "current": 0.7, "change": -0.2, "limit": 0.1,
 *                  "status": "exceeded", "violation": true, "reason": "..." } ],
 *   (with intervals: "baseline_ci"/"current_ci": [low, high] and "significant": true|false per
 *   metric; with --significant-only: "limits" gets "significant_only": true)
 *   "assertions": [ { "expression": "...", "passed": true, "failures": [] } ],
 *   "feature_attribution_drift": { "label0": { "ndcg": 0.76, "min_ndcg": 0.9, "violation": true,
 *       "reason": "...", "moved": [ { "feature": "Age", "baseline_rank": 1, "current_rank": 4,
 *       "baseline": 0.3, "current": 0.05 } ] } } }
 * </pre>
 *
 * {@code feature_attribution_drift} is empty unless both analyses have SHAP results; {@code moved}
 * lists up to five features whose rank moved most ({@link AttributionDrift#movers}).
 *
 * <p>A side that carries an error has {@code null} as its value and a {@code baseline_error} or
 * {@code current_error} member; a side that lacks the metric has {@code null} and no error.
 */
public final class ComparisonJsonWriter {

  /** How many moved features each label lists. */
  static final int MOVERS = 5;

  /** Returns the JSON document of the comparison. */
  public String toJson(BiasComparison comparison) {
    StringWriter out = new StringWriter();
    write(comparison, out);
    return out.toString();
  }

  /** Writes the JSON document of the comparison to the writer (which is not closed). */
  public void write(BiasComparison c, Writer out) {
    try {
      JsonGenerator g = JsonStyle.generator(out);
      g.writeStartObject();
      g.writeBooleanField("passed", c.passed());
      g.writeObjectFieldStart("summary");
      g.writeNumberField("compared", c.changes().size());
      g.writeNumberField("violations", c.violations().size());
      g.writeNumberField("assertions", c.assertions().size());
      g.writeNumberField("assertions_failed", c.failedAssertions().size());
      g.writeNumberField("attribution_violations", c.attributionViolations().size());
      g.writeEndObject();
      g.writeObjectFieldStart("limits");
      g.writeFieldName("max_change");
      number(g, c.limits().global());
      g.writeObjectFieldStart("per_metric");
      for (Map.Entry<String, Double> e : c.limits().perMetric().entrySet()) {
        g.writeFieldName(e.getKey());
        number(g, e.getValue());
      }
      g.writeEndObject();
      if (c.limits().significantOnly()) {
        g.writeBooleanField("significant_only", true);
      }
      g.writeEndObject();
      g.writeArrayFieldStart("metrics");
      for (MetricChange m : c.changes()) {
        metric(g, m);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("assertions");
      for (AssertionCheck.Outcome o : c.assertions()) {
        g.writeStartObject();
        g.writeStringField("expression", o.assertion().expression());
        g.writeBooleanField("passed", o.passed());
        g.writeArrayFieldStart("failures");
        for (AssertionFailure f : o.failures()) {
          g.writeStartObject();
          g.writeStringField("facet", f.facet());
          g.writeStringField("group", f.group());
          g.writeStringField("detail", f.detail());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("feature_attribution_drift");
      for (AttributionDrift d : c.attributions()) {
        attribution(g, d);
      }
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void metric(JsonGenerator g, MetricChange m) throws IOException {
    g.writeStartObject();
    g.writeStringField("stage", m.stage());
    g.writeStringField("facet", m.facet());
    g.writeStringField("group", m.group());
    g.writeStringField("metric", m.metric());
    side(g, "baseline", m.baseline());
    side(g, "current", m.current());
    g.writeFieldName("change");
    number(g, m.change());
    g.writeFieldName("limit");
    number(g, m.limit());
    g.writeStringField("status", m.status().name().toLowerCase(Locale.ROOT));
    if (m.significant() != null) {
      g.writeBooleanField("significant", m.significant());
    }
    g.writeBooleanField("violation", m.violated());
    g.writeStringField("reason", m.reason());
    g.writeEndObject();
  }

  private static void attribution(JsonGenerator g, AttributionDrift d) throws IOException {
    g.writeObjectFieldStart(d.label());
    g.writeFieldName("ndcg");
    number(g, d.ndcg());
    g.writeFieldName("min_ndcg");
    number(g, d.minNdcg());
    g.writeBooleanField("violation", d.violated());
    g.writeStringField("reason", d.reason());
    g.writeArrayFieldStart("moved");
    for (AttributionDrift.FeatureRank f : d.movers(MOVERS)) {
      g.writeStartObject();
      g.writeStringField("feature", f.feature());
      g.writeNumberField("baseline_rank", f.baselineRank());
      g.writeNumberField("current_rank", f.currentRank());
      g.writeFieldName("baseline");
      number(g, f.baseline());
      g.writeFieldName("current");
      number(g, f.current());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void side(JsonGenerator g, String name, MetricValue v) throws IOException {
    g.writeFieldName(name);
    number(g, v == null ? null : v.value());
    if (v != null && v.ci() != null) {
      g.writeArrayFieldStart(name + "_ci");
      number(g, v.ci().low());
      number(g, v.ci().high());
      g.writeEndArray();
    }
    if (v != null && v.failed()) {
      g.writeStringField(name + "_error", v.error());
    }
  }

  private static void number(JsonGenerator g, Double v) throws IOException {
    if (v == null || v.isNaN()) {
      g.writeNull();
    } else if (v == Double.POSITIVE_INFINITY) {
      g.writeString("Infinity");
    } else if (v == Double.NEGATIVE_INFINITY) {
      g.writeString("-Infinity");
    } else {
      g.writeNumber(v);
    }
  }
}
