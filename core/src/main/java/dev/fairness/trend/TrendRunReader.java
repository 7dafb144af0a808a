package dev.fairness.trend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.FairnessException;
import dev.fairness.result.AnalysisJsonReader;
import dev.fairness.result.AnalysisResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one run of a trend from a run directory (its {@code analysis.json}) or an analysis.json
 * given directly.
 *
 * <p>The run time is the generation time the run's own report records: analysis.json (Clarify's
 * layout) has none, so it is taken from the Markdown report beside it ({@code <name>.md}, its
 * {@code | Generated | … |} row) or else the HTML report ({@code <dt>Generated</dt><dd>…</dd>}),
 * where {@code <name>} is {@code methods.report.name} of the {@code analysis_config.json} beside
 * it, {@code report} by default. No report, or a report without a time, gives null.
 *
 * <p>A metric's interval is its {@code "ci": [low, high]} member, when present (bootstrap intervals
 * are an extra key beside {@code value}).
 */
public final class TrendRunReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern MD_TIME = Pattern.compile("(?m)^\\| Generated \\| ([^|\\s]+) \\|");
  private static final Pattern HTML_TIME = Pattern.compile("<dt>Generated</dt><dd>([^<\\s]+)</dd>");

  /**
   * Returns the run at {@code path}. Throws {@link FairnessException} of kind {@code DATA} (exit 3)
   * naming the path when it is neither an analysis.json nor a directory holding one, or when the
   * file is not an analysis.json with bias results.
   */
  public TrendRun read(Path path) {
    boolean directory = Files.isDirectory(path);
    Path file = directory ? path.resolve("analysis.json") : path;
    if (directory && !Files.isRegularFile(file)) {
      throw new FairnessException(
          FairnessException.Kind.DATA,
          path
              + ": no analysis.json in this directory; give run directories or analysis.json files");
    }
    AnalysisResult result = new AnalysisJsonReader().read(file);
    if (result.preTraining() == null && result.postTraining() == null) {
      throw new FairnessException(
          FairnessException.Kind.DATA,
          file + ": no bias results (a SHAP-only run); a trend follows bias metrics");
    }
    Path name = directory ? path.toAbsolutePath().normalize().getFileName() : path.getFileName();
    String shown = name == null ? path.toString() : name.toString();
    Path dir = file.toAbsolutePath().getParent();
    return new TrendRun(shown, file, runTime(dir), result, intervals(file));
  }

  /** Returns the generation time recorded by the report beside the analysis.json, or null. */
  static Instant runTime(Path dir) {
    String stem = "report";
    try {
      Path config = dir.resolve("analysis_config.json");
      if (Files.isRegularFile(config)) {
        JsonNode name = MAPPER.readTree(config.toFile()).at("/methods/report/name");
        if (name.isTextual() && !name.asText().isBlank()) {
          stem = name.asText();
        }
      }
      for (Map.Entry<String, Pattern> e :
          List.of(Map.entry(".md", MD_TIME), Map.entry(".html", HTML_TIME))) {
        Path report = dir.resolve(stem + e.getKey());
        if (Files.isRegularFile(report)) {
          Matcher m = e.getValue().matcher(Files.readString(report, StandardCharsets.UTF_8));
          if (m.find()) {
            return Instant.parse(m.group(1));
          }
        }
      }
    } catch (IOException | DateTimeParseException e) {
      return null;
    }
    return null;
  }

  private static Map<String, double[]> intervals(Path file) {
    Map<String, double[]> out = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new FairnessException(
          FairnessException.Kind.DATA,
          file + ": cannot read the file (" + FairnessException.ioReason(e) + ")",
          e);
    }
    for (String[] stage :
        new String[][] {
          {"pre", "pre_training_bias_metrics"}, {"post", "post_training_bias_metrics"}
        }) {
      JsonNode facets = root.path(stage[1]).path("facets");
      for (Iterator<Map.Entry<String, JsonNode>> it = facets.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        for (JsonNode group : f.getValue()) {
          String g = group.path("value_or_threshold").asText();
          for (JsonNode metric : group.path("metrics")) {
            JsonNode ci = metric.get("ci");
            if (ci != null
                && ci.isArray()
                && ci.size() == 2
                && ci.get(0).isNumber()
                && ci.get(1).isNumber()) {
              out.put(
                  TrendRun.key(stage[0], f.getKey(), g, metric.path("name").asText()),
                  new double[] {ci.get(0).asDouble(), ci.get(1).asDouble()});
            }
          }
        }
      }
    }
    return out;
  }
}
