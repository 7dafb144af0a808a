package dev.fairness.result;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fairness.text.ValueText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code analysis.json} in Clarify's layout (spec §9.2): 4-space indent, UTF-8, trailing
 * newline, infinities as the strings {@code "Infinity"}/{@code "-Infinity"}, doubles with the
 * shortest round-trip digits (Schubfach), group and label strings never numbers.
 */
public final class AnalysisJsonWriter {

  /** Writes the analysis.json document of a result to the writer (which is not closed). */
  public void write(AnalysisResult result, Writer out) {
    try {
      JsonGenerator g = JsonStyle.generator(out);
      g.writeStartObject();
      g.writeStringField("version", "1.0");
      if (result.preTraining() != null) {
        g.writeFieldName("pre_training_bias_metrics");
        writeBias(g, result.preTraining());
      }
      if (result.postTraining() != null) {
        g.writeFieldName("post_training_bias_metrics");
        writeBias(g, result.postTraining());
      }
      if (result.groupMetrics() != null) {
        g.writeFieldName("group_metrics");
        GroupMetricsJson.write(g, result.groupMetrics());
      }
      if (result.explanations() != null) {
        g.writeFieldName("explanations");
        writeExplanations(g, result.explanations());
      }
      g.writeEndObject();
      g.flush();
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeBias(JsonGenerator g, BiasReport report) throws IOException {
    g.writeStartObject();
    g.writeStringField("label", report.label());
    g.writeStringField("label_value_or_threshold", report.labelValueOrThreshold());
    g.writeObjectFieldStart("facets");
    for (Map.Entry<String, List<FacetGroupResult>> e : report.facets().entrySet()) {
      g.writeArrayFieldStart(e.getKey());
      for (FacetGroupResult group : e.getValue()) {
        g.writeStartObject();
        g.writeStringField("value_or_threshold", group.valueOrThreshold());
        g.writeArrayFieldStart("metrics");
        for (MetricValue m : group.metrics()) {
          g.writeStartObject();
          g.writeStringField("name", m.name());
          g.writeStringField("description", m.description());
          g.writeFieldName("value");
          writeNumber(g, m.value());
          if (m.error() != null) {
            g.writeStringField("error", m.error());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeExplanations(JsonGenerator g, Explanations ex) throws IOException {
    g.writeStartObject();
    if (ex.kernelShap() != null) {
      g.writeObjectFieldStart("kernel_shap");
      for (Map.Entry<String, ShapLabelResult> e : ex.kernelShap().entrySet()) {
        g.writeObjectFieldStart(e.getKey());
        g.writeObjectFieldStart("global_shap_values");
        for (Map.Entry<String, Double> f : e.getValue().globalShapValues().entrySet()) {
          g.writeFieldName(f.getKey());
          writeNumber(g, f.getValue());
        }
        g.writeEndObject();
        g.writeFieldName("expected_value");
        writeNumber(g, e.getValue().expectedValue());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    if (ex.pdp() != null) {
      g.writeArrayFieldStart("pdp");
      for (PdpResult p : ex.pdp()) {
        g.writeStartObject();
        g.writeStringField("feature_name", p.featureName());
        g.writeStringField("data_type", p.dataType());
        if (p.error() != null) {
          g.writeStringField("error", p.error());
        } else {
          g.writeArrayFieldStart("feature_values");
          for (Object v : p.featureValues()) {
            writeValue(g, v);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("data_distribution");
          for (Double v : p.dataDistribution()) {
            writeNumber(g, v);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("model_predictions");
          for (List<Double> series : p.modelPredictions()) {
            g.writeStartArray();
            for (Double v : series) {
              writeNumber(g, v);
            }
            g.writeEndArray();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("label_headers");
          for (String h : p.labelHeaders()) {
            g.writeString(h);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Double d) {
      writeNumber(g, d);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(ValueText.render(v));
    }
  }

  static void writeNumber(JsonGenerator g, Double v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v == Double.POSITIVE_INFINITY) {
      g.writeString("Infinity");
    } else if (v == Double.NEGATIVE_INFINITY) {
      g.writeString("-Infinity");
    } else if (Double.isNaN(v)) {
      g.writeNull();
    } else {
      g.writeNumber(v);
    }
  }
}
