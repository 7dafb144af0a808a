package dev.fairness.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.FairnessException;
import dev.fairness.config.AnalysisConfig;
import dev.fairness.data.CellParser;
import dev.fairness.data.DataException;
import io.burt.jmespath.Expression;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a baseline given as a file path (spec §6.1): features only, in the dataset's format. CSV:
 * cells typed like dataset cells, an optional first row equal to the feature names is skipped; JSON
 * Lines: the {@code features} JMESPath of each line; JSON: {@code features} of the document.
 */
public final class BaselineFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BaselineFile() {}

  /** Returns the baseline rows of the file; throws {@link DataException} when unreadable. */
  public static Baseline read(Path file, AnalysisConfig config, List<String> featureNames) {
    if (!Files.isRegularFile(file)) {
      throw new DataException(
          "methods.shap.baseline: " + file + " does not exist; give an existing baseline file");
    }
    try {
      List<List<Object>> rows =
          switch (config.datasetType()) {
            case "text/csv" -> csv(file, featureNames);
            case "application/jsonlines" -> jsonLines(file, config.features());
            default -> json(file, config.features());
          };
      if (rows.isEmpty()) {
        throw new DataException("Baseline file " + file + " has no rows");
      }
      return Baseline.ofRows(rows, featureNames.size());
    } catch (IOException e) {
      throw new DataException(
          "Cannot read baseline file " + file + ": " + FairnessException.ioReason(e), e);
    }
  }

  private static List<List<Object>> csv(Path file, List<String> featureNames) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build().parse(r)) {
      boolean first = true;
      for (CSVRecord rec : p) {
        List<String> cells = rec.toList();
        if (first && !cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
          cells.set(0, cells.get(0).substring(1));
        }
        if (first && cells.stream().map(CellParser::trim).toList().equals(featureNames)) {
          first = false;
          continue;
        }
        first = false;
        List<Object> row = new ArrayList<>(cells.size());
        for (String c : cells) {
          row.add(CellParser.parse(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<List<Object>> jsonLines(Path file, String features) throws IOException {
    Expression<JsonNode> expr = new JacksonRuntime().compile(features);
    List<List<Object>> rows = new ArrayList<>();
    int line = 0;
    for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      rows.add(values(expr.search(JSON.readTree(text)), file, line));
    }
    return rows;
  }

  private static List<List<Object>> json(Path file, String features) throws IOException {
    JsonNode all = new JacksonRuntime().compile(features).search(JSON.readTree(file.toFile()));
    List<List<Object>> rows = new ArrayList<>();
    if (all == null || !all.isArray()) {
      throw new DataException("Baseline file " + file + ": features does not yield a 2-D array");
    }
    for (int i = 0; i < all.size(); i++) {
      rows.add(values(all.get(i), file, i + 1));
    }
    return rows;
  }

  private static List<Object> values(JsonNode arr, Path file, int line) {
    if (arr == null || !arr.isArray()) {
      throw new DataException(
          "Baseline file " + file + ": features does not yield an array (line " + line + ")");
    }
    List<Object> row = new ArrayList<>();
    for (JsonNode v : arr) {
      if (v.isNull()) {
        row.add(null);
      } else if (v.isIntegralNumber() && v.canConvertToLong()) {
        row.add(v.longValue());
      } else if (v.isNumber()) {
        row.add(v.doubleValue());
      } else if (v.isBoolean()) {
        row.add(v.booleanValue());
      } else {
        row.add(v.asText());
      }
    }
    return row;
  }
}
