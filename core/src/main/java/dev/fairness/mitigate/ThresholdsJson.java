package dev.fairness.mitigate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.FairnessException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@code thresholds.json}: the score column, the {@code probability_threshold} of
 * the unmitigated rule, and per facet the rule sets keyed by constraint, each keyed as
 * fairlearn_oracle.py writes Fairlearn's {@code interpolation_dict} ({@code p0}, {@code
 * threshold0}, {@code p1}, {@code threshold1}, and for equalized odds {@code p_ignore}, {@code
 * prediction_constant}; ±∞ as the strings {@code "Infinity"} / {@code "-Infinity"}).
 */
public final class ThresholdsJson {

  /** The value of the {@code format} key. */
  public static final String FORMAT = "fairness-thresholds/1";

  private ThresholdsJson() {}

  /** A whole file: score column, unmitigated threshold and the facets' rules. */
  public record Document(String score, double probabilityThreshold, List<FacetRules> facets) {}

  /** Writes {@code doc} to {@code out} as indented UTF-8 JSON (ends with a newline). */
  public static void write(Document doc, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("score", doc.score());
      g.writeNumberField("probability_threshold", doc.probabilityThreshold());
      g.writeArrayFieldStart("facets");
      for (FacetRules f : doc.facets()) {
        g.writeStartObject();
        g.writeArrayFieldStart("columns");
        for (String c : f.columns()) {
          g.writeString(c);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("thresholds");
        for (RuleSet r : f.ruleSets()) {
          writeRuleSet(g, r);
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeRuleSet(JsonGenerator g, RuleSet r) throws IOException {
    g.writeObjectFieldStart(r.constraint().id());
    g.writeStringField("objective", r.objective().id());
    g.writeNumberField("grid_size", r.gridSize());
    g.writeObjectFieldStart("groups");
    for (Map.Entry<String, GroupRule> e : r.groups().entrySet()) {
      GroupRule x = e.getValue();
      g.writeObjectFieldStart(e.getKey());
      number(g, "p0", x.p0());
      number(g, "p1", x.p1());
      if (x.pIgnore() != null) {
        number(g, "p_ignore", x.pIgnore());
        number(g, "prediction_constant", x.predictionConstant());
      }
      number(g, "threshold0", x.threshold0());
      number(g, "threshold1", x.threshold1());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String key, double v) throws IOException {
    if (Double.isInfinite(v)) {
      g.writeStringField(key, v > 0 ? "Infinity" : "-Infinity");
    } else {
      g.writeNumberField(key, v);
    }
  }

  /**
   * Returns the document in {@code text}; throws {@link IllegalArgumentException} with a message
   * naming the JSON path of the first problem.
   */
  public static Document read(String text) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ";
      throw new IllegalArgumentException(
          where + "not valid JSON: " + FairnessException.jsonReason(e.getOriginalMessage()));
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException(
          "not a thresholds file: /format must be \"" + FORMAT + "\"");
    }
    String score = text(root, "score", "/score");
    double pt = root.path("probability_threshold").asDouble(0.5);
    List<FacetRules> facets = new ArrayList<>();
    JsonNode fs = root.path("facets");
    for (int i = 0; i < fs.size(); i++) {
      facets.add(facet(fs.get(i), "/facets/" + i));
    }
    if (facets.isEmpty()) {
      throw new IllegalArgumentException("/facets: no facet rules in the file");
    }
    return new Document(score, pt, facets);
  }

  private static FacetRules facet(JsonNode f, String at) {
    List<String> columns = new ArrayList<>();
    for (JsonNode c : f.path("columns")) {
      columns.add(c.asText());
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException(at + "/columns: missing or empty");
    }
    List<RuleSet> sets = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = f.path("thresholds").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String where = at + "/thresholds/" + e.getKey();
      Constraint c = Constraint.byId(e.getKey());
      Rate obj = Rate.byId(e.getValue().path("objective").asText());
      if (c == null || obj == null) {
        throw new IllegalArgumentException(where + ": unknown constraint or objective");
      }
      Map<String, GroupRule> groups = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> gt = e.getValue().path("groups").fields();
          gt.hasNext(); ) {
        Map.Entry<String, JsonNode> g = gt.next();
        groups.put(g.getKey(), rule(g.getValue(), where + "/groups/" + g.getKey()));
      }
      sets.add(new RuleSet(c, obj, e.getValue().path("grid_size").asInt(), groups));
    }
    return new FacetRules(columns, sets);
  }

  private static GroupRule rule(JsonNode r, String at) {
    boolean eo = r.has("p_ignore");
    return new GroupRule(
        num(r, "p0", at),
        num(r, "threshold0", at),
        num(r, "p1", at),
        num(r, "threshold1", at),
        eo ? num(r, "p_ignore", at) : null,
        eo ? num(r, "prediction_constant", at) : null);
  }

  private static double num(JsonNode r, String key, String at) {
    JsonNode v = r.get(key);
    if (v != null && v.isNumber()) {
      return v.asDouble();
    }
    if (v != null && v.isTextual() && v.asText().equals("Infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    if (v != null && v.isTextual() && v.asText().equals("-Infinity")) {
      return Double.NEGATIVE_INFINITY;
    }
    throw new IllegalArgumentException(at + "/" + key + ": missing or not a number");
  }

  private static String text(JsonNode n, String key, String at) {
    JsonNode v = n.get(key);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(at + ": missing or not a string");
    }
    return v.asText();
  }
}
