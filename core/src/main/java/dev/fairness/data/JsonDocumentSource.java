package dev.fairness.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.FairnessException;
import io.burt.jmespath.Expression;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an {@code application/json} dataset (spec §3.3): each file is one JSON document; {@code
 * features} yields a rows × k array, {@code label} and {@code predicted_label} one value per row.
 */
final class JsonDocumentSource extends JsonSource {

  JsonDocumentSource(
      List<Path> files,
      Path location,
      List<String> headers,
      String features,
      String label,
      String predicted) {
    super(files, location, headers, features, label, predicted);
  }

  @Override
  int probeFeatureCount() {
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
            where);
        total++;
      }
    }
    return total;
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
      long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      long column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
      throw new DataException(
          f
              + ":"
              + line
              + ":"
              + column
              + ": not valid JSON: "
              + FairnessException.jsonReason(e.getOriginalMessage()),
          e);
    } catch (IOException | UncheckedIOException e) {
      throw DatasetFiles.readError(f, e);
    }
  }
}
