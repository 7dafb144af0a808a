package dev.fairness.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fairness.FairnessException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an {@code application/jsonlines} dataset (spec §3.2): one JSON value per non-blank line.
 */
final class JsonLinesSource extends JsonSource {

  private final long maxLineBytes;

  JsonLinesSource(
      List<Path> files,
      Path location,
      List<String> headers,
      String features,
      String label,
      String predicted,
      long maxLineBytes) {
    super(files, location, headers, features, label, predicted);
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  int probeFeatureCount() {
    for (Path f : files) {
      try (BoundedLines r = new BoundedLines(DatasetFiles.openText(f), f, maxLineBytes)) {
        String line;
        int n = 0;
        while ((line = r.next()) != null) {
          n++;
          if (!line.isBlank()) {
            JsonNode node = parse(f, n, line);
            return checkedFeatures(features.search(node), "line " + n).size();
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw DatasetFiles.readError(f, e);
      }
    }
    throw new DataException("Dataset " + location + " has no data rows");
  }

  @Override
  int readRows(ColumnBuilder[] builders) {
    int k = featureCount();
    int rows = 0;
    for (Path f : files) {
      try (BoundedLines r = new BoundedLines(DatasetFiles.openText(f), f, maxLineBytes)) {
        String line;
        int n = 0;
        while ((line = r.next()) != null) {
          n++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = parse(f, n, line);
          JsonNode feats = checkedFeatures(features.search(node), "line " + n);
          if (feats.size() != k) {
            throw new DataException(
                "Line " + n + " has " + feats.size() + " features, expected " + k);
          }
          addRecord(
              builders,
              feats,
              label == null ? null : label.search(node),
              predicted == null ? null : predicted.search(node),
              score == null ? null : score.search(node),
              "line " + n);
          rows++;
        }
      } catch (IOException | UncheckedIOException e) {
        throw DatasetFiles.readError(f, e);
      }
    }
    return rows;
  }

  private static JsonNode parse(Path f, int n, String line) {
    try {
      return MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      long column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
      throw new DataException(
          f
              + ":"
              + n
              + ":"
              + column
              + ": not valid JSON: "
              + FairnessException.jsonReason(e.getOriginalMessage())
              + "; each line must be one JSON value",
          e);
    }
  }
}
