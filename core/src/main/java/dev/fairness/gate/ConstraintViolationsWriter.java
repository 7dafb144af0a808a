package dev.fairness.gate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fairness.result.JsonStyle;
import dev.fairness.text.ValueText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes the violations of a {@link BiasComparison} in SageMaker Model Monitor's {@code
 * constraint_violations.json} layout, so alerting built on Clarify's monitoring files keeps
 * working: {@code {"version": "1.0", "violations": [...]}} (docs/monitoring.md cites the AWS pages
 * followed).
 *
 * <ul>
 *   <li>Bias drift ({@code constraint_check_type} {@code bias_drift_check}): one entry per metric
 *       that violates the comparison and per failed assertion check, with {@code facet}, {@code
 *       facet_value}, {@code metric_name} and a {@code description} beginning, as Model Monitor's
 *       does, {@code Value <current> does not meet the constraint requirement} ({@code The metric
 *       …} when there is no current value), then a colon and the reason.
 *   <li>Feature-attribution drift ({@code feature_attribution_drift_check}): one entry per label
 *       key that violates, with {@code label}, {@code metric_name} {@code shap} and the description
 *       {@code Feature attribution drift <nDCG> exceeds threshold <min>} (Model Monitor's wording).
 * </ul>
 *
 * Same comparison in, same bytes out; no violations give an empty list.
 */
public final class ConstraintViolationsWriter {

  /** Returns the JSON document (4-space indent, trailing newline). */
  public String toJson(BiasComparison c) {
    StringWriter out = new StringWriter();
    try {
      JsonGenerator g = JsonStyle.generator(out);
      g.writeStartObject();
      g.writeStringField("version", "1.0");
      g.writeArrayFieldStart("violations");
      for (MetricChange m : c.violations()) {
        String value =
            m.current() == null || m.current().failed() ? null : number(m.current().value());
        bias(g, m.facet(), m.group(), m.metric(), value, m.reason());
      }
      for (AssertionCheck.Outcome o : c.failedAssertions()) {
        for (AssertionFailure f : o.failures()) {
          String facet = f.facet() == null ? "" : f.facet();
          String group = f.group() == null ? "" : f.group();
          boolean numeric = f.facet() != null && !f.detail().startsWith("error: ");
          String why = "violates " + o.assertion().expression();
          bias(
              g,
              facet,
              group,
              o.assertion().metric(),
              numeric ? f.detail() : null,
              numeric ? why : f.detail() + "; " + why);
        }
      }
      for (AttributionDrift d : c.attributionViolations()) {
        g.writeStartObject();
        g.writeStringField("label", d.label());
        g.writeStringField("metric_name", "shap");
        g.writeStringField("constraint_check_type", "feature_attribution_drift_check");
        String description =
            d.ndcg() == null
                ? "Feature attribution drift: " + d.problem()
                : "Feature attribution drift "
                    + number(d.ndcg())
                    + " exceeds threshold "
                    + ValueText.renderDouble(d.minNdcg());
        g.writeStringField("description", description);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void bias(
      JsonGenerator g, String facet, String group, String metric, String value, String why)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("facet", facet);
    g.writeStringField("facet_value", group);
    g.writeStringField("metric_name", metric);
    g.writeStringField("constraint_check_type", "bias_drift_check");
    String subject = value == null ? "The metric" : "Value " + value;
    g.writeStringField(
        "description", subject + " does not meet the constraint requirement: " + why);
    g.writeEndObject();
  }

  private static String number(double v) {
    return ValueText.renderDouble(v);
  }
}
