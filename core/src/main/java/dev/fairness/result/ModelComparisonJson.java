package dev.fairness.result;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes {@code comparison.json} (issue 19) in the JSON style of analysis.json: the axes and their
 * objective directions, one object per model in configuration order (performance, disparity, Pareto
 * flag, the compared metrics per facet group), and the names of the Pareto-optimal models.
 */
public final class ModelComparisonJson {

  private ModelComparisonJson() {}

  /** Writes the document of {@code c} to {@code out} (not closed), ending with a newline. */
  public static void write(ModelComparison c, Writer out) {
    try {
      JsonGenerator g = JsonStyle.generator(out);
      g.writeStartObject();
      g.writeStringField("version", "1.0");
      g.writeObjectFieldStart("objectives");
      g.writeStringField("x_axis", c.xAxis());
      g.writeStringField("x_direction", "maximize");
      g.writeStringField("y_axis", c.yAxis());
      g.writeStringField(
          "y_direction",
          "minimize "
              + (c.yAxis().equals("DI") ? "1 - min(DI, 1/DI)" : "|" + c.yAxis() + "|")
              + " of the worst facet group");
      g.writeEndObject();
      g.writeArrayFieldStart("metrics");
      for (String m : c.metrics()) {
        g.writeString(m);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("models");
      for (ModelComparison.Entry e : c.models()) {
        writeModel(g, e);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("pareto_optimal");
      for (String n : c.paretoOptimal()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeModel(JsonGenerator g, ModelComparison.Entry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", e.name());
    g.writeStringField("analysis", "models/" + e.name() + "/analysis.json");
    g.writeFieldName("accuracy");
    AnalysisJsonWriter.writeNumber(g, e.accuracy());
    g.writeFieldName("balanced_accuracy");
    AnalysisJsonWriter.writeNumber(g, e.balancedAccuracy());
    g.writeFieldName("selection_rate");
    AnalysisJsonWriter.writeNumber(g, e.selectionRate());
    g.writeFieldName("disparity");
    AnalysisJsonWriter.writeNumber(g, e.disparity());
    g.writeBooleanField("pareto_optimal", e.paretoOptimal());
    g.writeArrayFieldStart("metrics");
    for (ModelComparison.GroupValue v : e.values()) {
      g.writeStartObject();
      g.writeStringField("name", v.metric());
      g.writeStringField("facet", v.facet());
      g.writeStringField("value_or_threshold", v.group());
      g.writeFieldName("value");
      AnalysisJsonWriter.writeNumber(g, v.value());
      if (v.error() != null) {
        g.writeStringField("error", v.error());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
