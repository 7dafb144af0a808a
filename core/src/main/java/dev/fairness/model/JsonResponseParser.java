package dev.fairness.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.config.ColumnRef;
import dev.fairness.config.ConfigException;
import dev.fairness.config.PredictorConfig;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code application/jsonlines} responses (one JSON value per line, locators per line) and
 * {@code application/json} responses (one document; with one record per request the locators give
 * that record's value, otherwise each locator, or the document itself, must be an array with one
 * element per record), spec §8.3.
 */
final class JsonResponseParser implements ResponseParser {

  private static final JmesPath<JsonNode> JMESPATH = new JacksonRuntime();

  private final boolean lines;
  private final boolean oneRecordPerRequest;
  private final Expression<JsonNode> label;
  private final Expression<JsonNode> probability;
  private final String labelText;
  private final String probabilityText;

  JsonResponseParser(PredictorConfig predictor, boolean lines, boolean oneRecordPerRequest) {
    this.lines = lines;
    this.oneRecordPerRequest = oneRecordPerRequest;
    this.labelText = text(predictor.label());
    this.probabilityText = text(predictor.probability());
    this.label = compile(labelText, "label");
    this.probability = compile(probabilityText, "probability");
  }

  @Override
  public List<ModelOutput> parse(String body, int records) throws ModelResponseException {
    List<ModelOutput> out = new ArrayList<>(records);
    if (lines) {
      List<String> texts = CsvLine.lines(body);
      if (texts.size() != records) {
        throw new ModelResponseException(
            "the response has " + texts.size() + " lines for " + records + " records");
      }
      for (String t : texts) {
        JsonNode node = read(t);
        out.add(
            new ModelOutput(
                one(label, labelText, node),
                one(probability, probabilityText, node),
                JsonValues.toJava(node)));
      }
      return out;
    }
    JsonNode doc = read(body);
    if (oneRecordPerRequest) {
      out.add(
          new ModelOutput(
              one(label, labelText, doc),
              one(probability, probabilityText, doc),
              JsonValues.toJava(doc)));
      return out;
    }
    List<Object> labels = label == null ? null : many(label, labelText, doc, records);
    List<Object> scores =
        probability == null ? null : many(probability, probabilityText, doc, records);
    List<Object> whole =
        label == null && probability == null ? many(null, "the response", doc, records) : null;
    for (int i = 0; i < records; i++) {
      out.add(
          new ModelOutput(
              labels == null ? null : labels.get(i),
              scores == null ? null : scores.get(i),
              whole == null ? null : whole.get(i)));
    }
    return out;
  }

  private static Object one(Expression<JsonNode> e, String text, JsonNode node)
      throws ModelResponseException {
    if (e == null) {
      return null;
    }
    Object v = JsonValues.toJava(search(e, text, node));
    if (v == null) {
      throw new ModelResponseException(text + " yields null in the response");
    }
    return v;
  }

  private static List<Object> many(Expression<JsonNode> e, String text, JsonNode doc, int records)
      throws ModelResponseException {
    JsonNode found = e == null ? doc : search(e, text, doc);
    if (found == null || !found.isArray() || found.size() != records) {
      String what = found == null || !found.isArray() ? "no array" : found.size() + " values";
      throw new ModelResponseException(text + " yields " + what + " for " + records + " records");
    }
    List<Object> values = new ArrayList<>(records);
    for (JsonNode n : found) {
      Object v = JsonValues.toJava(n);
      if (v == null) {
        throw new ModelResponseException(text + " yields null in the response");
      }
      values.add(v);
    }
    return values;
  }

  private static JsonNode search(Expression<JsonNode> e, String text, JsonNode node)
      throws ModelResponseException {
    try {
      return e.search(node);
    } catch (RuntimeException ex) {
      throw new ModelResponseException("cannot evaluate " + text + ": " + ex.getMessage(), ex);
    }
  }

  private static JsonNode read(String text) throws ModelResponseException {
    try {
      return ModelJson.read(text);
    } catch (Exception e) {
      String head = text.length() > 200 ? text.substring(0, 200) : text;
      throw new ModelResponseException("the response is not valid JSON: " + head, e);
    }
  }

  private static String text(ColumnRef ref) {
    if (ref == null) {
      return null;
    }
    return ref.isIndex() ? "[" + ref.index() + "]" : ref.name();
  }

  private static Expression<JsonNode> compile(String text, String key) {
    if (text == null) {
      return null;
    }
    try {
      return JMESPATH.compile(text);
    } catch (RuntimeException e) {
      throw new ConfigException(
          "Invalid JMESPath expression in /predictor/" + key + ": " + e.getMessage(), e);
    }
  }
}
