package dev.fairness.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.burt.jmespath.Expression;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Common part of the JSON Lines (spec §3.2) and JSON (§3.3) readers: JMESPath evaluation, column
 * naming ({@code headers} or {@code column_<i>}, then the label and predicted-label names) and §3.2
 * cell typing (JSON integer → integer, other number → float, string → string, boolean, null →
 * missing). Table columns are the features, then the label, then the predicted label, then the
 * score ({@code predicted_score}, our key).
 */
abstract class JsonSource {

  static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final JacksonRuntime RUNTIME = new JacksonRuntime();

  final List<Path> files;
  final Path location;
  final Expression<JsonNode> features;
  final Expression<JsonNode> label;
  final Expression<JsonNode> predicted;
  private final List<String> headers;
  private final String labelText;
  private final String predictedText;
  Expression<JsonNode> score;
  private String scoreText;
  private List<String> names;
  private int featureCount = -1;

  /**
   * Creates a source.
   *
   * @param files the files, in reading order
   * @param location the dataset path as configured
   * @param headers configured names, or null
   * @param features JMESPath of the feature array
   * @param label JMESPath of the label, or null
   * @param predicted JMESPath of the predicted label, or null
   */
  JsonSource(
      List<Path> files,
      Path location,
      List<String> headers,
      String features,
      String label,
      String predicted) {
    this.files = files;
    this.location = location;
    this.headers = headers;
    if (features == null) {
      throw new DataException("Data must contain features.");
    }
    this.features = RUNTIME.compile(features);
    this.label = label == null ? null : RUNTIME.compile(label);
    this.predicted = predicted == null ? null : RUNTIME.compile(predicted);
    this.labelText = label;
    this.predictedText = predicted;
  }

  /**
   * Also reads the JMESPath {@code expression} ({@code predicted_score}) as a column after the
   * predicted label; call before {@link #names()}. Returns this source.
   */
  final JsonSource withScore(String expression) {
    if (expression != null) {
      this.score = RUNTIME.compile(expression);
      this.scoreText = expression;
    }
    return this;
  }

  /** Returns the number of features k, from the first record. */
  final int featureCount() {
    names();
    return featureCount;
  }

  /** Returns the column names: features, then label, then predicted label (when configured). */
  final List<String> names() {
    if (names == null) {
      int k = probeFeatureCount();
      if (headers != null && headers.size() < k) {
        throw new DataException("Headers must name every feature");
      }
      List<String> out = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        out.add(headers != null ? headers.get(j) : "column_" + j);
      }
      if (label != null) {
        out.add(
            headers != null && headers.size() > out.size() ? headers.get(out.size()) : labelText);
      }
      if (predicted != null) {
        out.add(
            headers != null && headers.size() > out.size()
                ? headers.get(out.size())
                : predictedText);
      }
      if (score != null) {
        out.add(
            headers != null && headers.size() > out.size() ? headers.get(out.size()) : scoreText);
      }
      Set<String> seen = new HashSet<>();
      for (String n : out) {
        if (!seen.add(n)) {
          throw new DataException("Duplicate column name " + n + " in " + location);
        }
      }
      featureCount = k;
      names = out;
    }
    return names;
  }

  /** Reads every record, keeping the columns whose {@code keep} flag is set. */
  final SourceData read(boolean[] keep) {
    List<String> cols = names();
    ColumnBuilder[] builders = new ColumnBuilder[cols.size()];
    for (int j = 0; j < builders.length; j++) {
      if (keep[j]) {
        builders[j] = ColumnBuilder.forValues(cols.get(j));
      }
    }
    int rows = readRows(builders);
    List<Column> out = new ArrayList<>();
    for (ColumnBuilder b : builders) {
      if (b != null) {
        out.add(b.build());
      }
    }
    return new SourceData(rows, out, null);
  }

  /** Returns k of the first record; throws the no-data-rows error when there is none. */
  abstract int probeFeatureCount();

  /** Feeds every record into the non-null builders and returns the record count. */
  abstract int readRows(ColumnBuilder[] builders);

  /**
   * Returns the feature array of one record, checked to hold only scalars; {@code where} is {@code
   * line <n>} or {@code record <n>} for messages.
   */
  static JsonNode checkedFeatures(JsonNode feats, String where) {
    if (feats == null || !feats.isArray()) {
      throw new DataException("Data must contain features. (" + where + ")");
    }
    for (JsonNode e : feats) {
      if (e.isContainerNode()) {
        throw new DataException("Data must contain features. (" + where + ")");
      }
    }
    return feats;
  }

  /** Adds one record's cells: features (already checked, length k), label and predicted label. */
  final void addRecord(
      ColumnBuilder[] builders, JsonNode feats, JsonNode lab, JsonNode pred, String where) {
    addRecord(builders, feats, lab, pred, null, where);
  }

  /** Adds one record's cells: features, label, predicted label and score. */
  final void addRecord(
      ColumnBuilder[] builders,
      JsonNode feats,
      JsonNode lab,
      JsonNode pred,
      JsonNode scoreNode,
      String where) {
    addFeatures(builders, feats);
    addTargets(builders, lab, pred, scoreNode, where);
  }

  /** Adds one record's feature cells (already checked, length k). */
  final void addFeatures(ColumnBuilder[] builders, JsonNode feats) {
    int k = featureCount;
    for (int j = 0; j < k; j++) {
      if (builders[j] != null) {
        builders[j].add(value(feats.get(j)));
      }
    }
  }

  /** Adds one record's label and predicted-label cells (when configured). */
  final void addTargets(ColumnBuilder[] builders, JsonNode lab, JsonNode pred, String where) {
    addTargets(builders, lab, pred, null, where);
  }

  /** Adds one record's label, predicted-label and score cells (when configured). */
  final void addTargets(
      ColumnBuilder[] builders, JsonNode lab, JsonNode pred, JsonNode scoreNode, String where) {
    int next = featureCount;
    if (label != null) {
      if (builders[next] != null) {
        builders[next].add(scalar(lab, "label", where));
      }
      next++;
    }
    if (predicted != null) {
      if (builders[next] != null) {
        builders[next].add(scalar(pred, "predicted_label", where));
      }
      next++;
    }
    if (score != null && builders[next] != null) {
      builders[next].add(scalar(scoreNode, "predicted_score", where));
    }
  }

  private static Object scalar(JsonNode n, String key, String where) {
    if (n != null && n.isContainerNode()) {
      throw new DataException(
          key
              + " yields "
              + (n.isArray() ? "an array" : "an object")
              + " at "
              + where
              + "; it must yield a single value");
    }
    return value(n);
  }

  /** Returns the typed cell of a JSON scalar (spec §3.2), null for JSON null or nothing. */
  static Object value(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isIntegralNumber()) {
      return n.canConvertToLong() ? (Object) n.longValue() : (Object) n.doubleValue();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    return n.asText();
  }
}
