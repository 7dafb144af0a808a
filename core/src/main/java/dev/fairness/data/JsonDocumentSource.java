package dev.fairness.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.FairnessException;
import dev.fairness.data.JsonDocumentStream.FileValues;
import io.burt.jmespath.Expression;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an {@code application/json} dataset (spec §3.3): each file is one JSON document; {@code
 * features} yields a rows × k array, {@code label}, {@code predicted_label} and {@code
 * predicted_score} one value per row. Field paths and projections of the top-level array are
 * streamed ({@link JsonDocumentStream}); other expressions, and any run with {@code
 * predicted_score}, are evaluated on the document held whole, within {@link DocumentLimit}.
 */
final class JsonDocumentSource extends JsonSource {

  private final JsonDocumentStream stream;

  JsonDocumentSource(
      List<Path> files,
      Path location,
      List<String> headers,
      String features,
      String label,
      String predicted) {
    this(files, location, headers, features, label, predicted, true);
  }

  /** As above; {@code streaming} false holds every document whole (to compare the two readings). */
  JsonDocumentSource(
      List<Path> files,
      Path location,
      List<String> headers,
      String features,
      String label,
      String predicted,
      boolean streaming) {
    super(files, location, headers, features, label, predicted);
    this.stream = streaming ? JsonDocumentStream.plan(features, label, predicted) : null;
  }

  @Override
  int probeFeatureCount() {
    if (stream != null && score == null) {
      return probeStreamed();
    }
    for (Path f : files) {
      JsonNode rows = rows(f, parse(f));
      if (rows.size() > 0) {
        return checkedFeatures(rows.get(0), "record 1").size();
      }
    }
    throw new DataException("Dataset " + location + " has no data rows");
  }

  @Override
  int readRows(ColumnBuilder[] builders) {
    if (stream != null && score == null) {
      return readStreamed(builders);
    }
    int k = featureCount();
    int total = 0;
    for (Path f : files) {
      JsonNode doc = parse(f);
      JsonNode rows = rows(f, doc);
      if (rows.size() == 0) {
        continue;
      }
      JsonNode labels = column(doc, label, "label", rows.size());
      JsonNode preds = column(doc, predicted, "predicted_label", rows.size());
      JsonNode scores = column(doc, score, "predicted_score", rows.size());
      for (int i = 0; i < rows.size(); i++) {
        String where = "record " + (total + 1);
        JsonNode feats = checkedFeatures(rows.get(i), where);
        if (feats.size() != k) {
          throw new DataException(
              "Record " + (total + 1) + " has " + feats.size() + " features, expected " + k);
        }
        addRecord(
            builders,
            feats,
            labels == null ? null : labels.get(i),
            preds == null ? null : preds.get(i),
            scores == null ? null : scores.get(i),
            where);
        total++;
      }
    }
    return total;
  }

  private int probeStreamed() {
    for (Path f : files) {
      int[] k = {-1};
      FileValues v =
          streamFile(
              f,
              row -> {
                k[0] = checkedFeatures(row, "record 1").size();
                return false;
              });
      if (k[0] >= 0) {
        return k[0];
      }
      if (v.rows() < 0) {
        throw new DataException("Data must contain features.");
      }
    }
    throw new DataException("Dataset " + location + " has no data rows");
  }

  private int readStreamed(ColumnBuilder[] builders) {
    int k = featureCount();
    int[] total = {0};
    for (Path f : files) {
      int first = total[0];
      FileValues v =
          streamFile(
              f,
              row -> {
                int n = ++total[0];
                JsonNode feats = checkedFeatures(row, "record " + n);
                if (feats.size() != k) {
                  throw new DataException(
                      "Record " + n + " has " + feats.size() + " features, expected " + k);
                }
                addFeatures(builders, feats);
                return true;
              });
      if (v.rows() < 0) {
        throw new DataException("Data must contain features.");
      }
      if (v.rows() == 0) {
        continue;
      }
      List<JsonNode> labels = held(v.labels(), label, "label", v.rows());
      List<JsonNode> preds = held(v.predicted(), predicted, "predicted_label", v.rows());
      for (int i = 0; i < v.rows(); i++) {
        addTargets(
            builders,
            labels == null ? null : labels.get(i),
            preds == null ? null : preds.get(i),
            "record " + (first + i + 1));
      }
    }
    return total[0];
  }

  private static List<JsonNode> held(
      List<JsonNode> values, Expression<JsonNode> expr, String key, int n) {
    if (expr == null) {
      return null;
    }
    int a = values == null ? 0 : values.size();
    if (a != n) {
      throw new DataException(key + " yields " + a + " values for " + n + " records");
    }
    return values;
  }

  private FileValues streamFile(Path f, JsonDocumentStream.RowSink sink) {
    try (Reader r = DatasetFiles.openText(f);
        JsonParser p = JsonDocumentStream.parser(r)) {
      FileValues v = stream.read(p, f, sink);
      return v == null ? new FileValues(0, null, null) : v;
    } catch (JsonProcessingException e) {
      throw new DataException(FairnessException.notJson(f, e), e);
    } catch (IOException | UncheckedIOException e) {
      throw DatasetFiles.readError(f, e);
    }
  }

  private JsonNode rows(Path f, JsonNode doc) {
    if (doc == null || doc.isMissingNode()) {
      return MAPPER.createArrayNode();
    }
    JsonNode rows = features.search(doc);
    if (rows == null || !rows.isArray()) {
      throw new DataException("Data must contain features.");
    }
    return rows;
  }

  private static JsonNode column(JsonNode doc, Expression<JsonNode> expr, String key, int n) {
    if (expr == null) {
      return null;
    }
    JsonNode v = expr.search(doc);
    int a = v != null && v.isArray() ? v.size() : 0;
    if (v == null || !v.isArray() || a != n) {
      throw new DataException(key + " yields " + a + " values for " + n + " records");
    }
    return v;
  }

  private static JsonNode parse(Path f) {
    try (Reader r = new DocumentLimit(DatasetFiles.openText(f), f)) {
      return MAPPER.readTree(r);
    } catch (JsonProcessingException e) {
      throw new DataException(FairnessException.notJson(f, e), e);
    } catch (IOException | UncheckedIOException e) {
      throw DatasetFiles.readError(f, e);
    }
  }
}
