package dev.fairness.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of JSON Lines records read elsewhere (a Spark job, docs/spark.md), by the rules of the
 * local JSON Lines reader (spec §3.2): the JMESPath expressions pick the feature array, the label
 * and the predicted label; columns are the features, then the label, then the predicted label;
 * cells are typed as {@link ColumnBuilder#add} expects. Serializable, so that a distributed job can
 * send it to its workers; the expressions are compiled again on first use there.
 */
public final class JsonLineCells implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String features;
  private final String label;
  private final String predicted;
  private transient Expression<JsonNode> featuresExpr;
  private transient Expression<JsonNode> labelExpr;
  private transient Expression<JsonNode> predictedExpr;

  /**
   * Creates the extractor.
   *
   * @param features JMESPath of the feature array
   * @param label JMESPath of the label, or null
   * @param predicted JMESPath of the predicted label, or null
   */
  public JsonLineCells(String features, String label, String predicted) {
    if (features == null) {
      throw new DataException("Data must contain features.");
    }
    this.features = features;
    this.label = label;
    this.predicted = predicted;
  }

  /**
   * Returns the column names given the first record's line: {@code headers} or {@code column_<j>}
   * for the k features, then the label and predicted-label names.
   */
  public List<String> names(String firstLine, List<String> headers, String where) {
    int k = featureArray(parse(firstLine, where), where).size();
    if (headers != null && headers.size() < k) {
      throw new DataException("Headers must name every feature");
    }
    List<String> out = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      out.add(headers != null ? headers.get(j) : "column_" + j);
    }
    if (label != null) {
      out.add(headers != null && headers.size() > out.size() ? headers.get(out.size()) : label);
    }
    if (predicted != null) {
      out.add(headers != null && headers.size() > out.size() ? headers.get(out.size()) : predicted);
    }
    return out;
  }

  /**
   * Returns the typed cells of one record for the given column indexes ({@code j < k}: feature j,
   * {@code k}: label, {@code k + 1} or {@code k} without a label: predicted label).
   *
   * @param k the number of features of the first record; every record must have as many
   * @param where the record's place, for messages
   */
  public Object[] cells(String line, int k, int[] columns, String where) {
    JsonNode node = parse(line, where);
    JsonNode feats = featureArray(node, where);
    if (feats.size() != k) {
      throw new DataException(
          "Record " + where + " has " + feats.size() + " features, expected " + k);
    }
    compile();
    Object[] out = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      int j = columns[i];
      if (j < k) {
        out[i] = JsonSource.value(feats.get(j));
      } else if (j == k && labelExpr != null) {
        out[i] = scalar(labelExpr.search(node), "label", where);
      } else {
        out[i] = scalar(predictedExpr.search(node), "predicted_label", where);
      }
    }
    return out;
  }

  private JsonNode featureArray(JsonNode node, String where) {
    compile();
    return JsonSource.checkedFeatures(featuresExpr.search(node), where);
  }

  private static Object scalar(JsonNode n, String key, String where) {
    if (n != null && n.isContainerNode()) {
      throw new DataException(
          key + " yields a container at " + where + "; it must yield a single value");
    }
    return JsonSource.value(n);
  }

  private static JsonNode parse(String line, String where) {
    try {
      return JsonSource.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new DataException(where + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private void compile() {
    if (featuresExpr == null) {
      JacksonRuntime runtime = new JacksonRuntime();
      featuresExpr = runtime.compile(features);
      labelExpr = label == null ? null : runtime.compile(label);
      predictedExpr = predicted == null ? null : runtime.compile(predicted);
    }
  }
}
