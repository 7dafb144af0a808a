package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 on the real jar: runs that a hostile or unlucky model, dataset or environment used to
 * turn into wrong numbers, hangs or mixed outputs end with the documented exit code and one line
 * that says what came.
 */
class HostileRunsIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** 60 rows {@code p,sex,y}: the stub model answers each row with p, its first cell. */
  private Path data() throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add("p,sex,y");
    for (int i = 0; i < 60; i++) {
      rows.add((i % 3 == 0 ? 1 : 0) + "," + (i % 2) + "," + (i % 5 == 0 ? 1 : 0));
    }
    Path f = tmp.resolve("data.csv");
    Files.write(f, rows);
    return f;
  }

  /** A post-training config whose model is {@code java StubModel.java <stubArgs>}. */
  private Path config(String framing, String... stubArgs) throws IOException {
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", data().toString());
    cfg.put("label", "y");
    cfg.putArray("label_values_or_threshold").add(1);
    ObjectNode facet = cfg.putArray("facet").addObject();
    facet.put("name_or_index", "sex");
    facet.putArray("value_or_threshold").add(0);
    cfg.putObject("methods").putObject("post_training_bias").put("methods", "all");
    ObjectNode p = cfg.putObject("predictor");
    p.put("content_type", "text/csv");
    p.put("accept_type", "text/csv");
    ObjectNode local = cfg.putObject("local");
    local.put("framing", framing);
    local.put("max_batch_records", 3);
    ArrayNode cmd = local.putArray("command");
    cmd.add("java").add(CliRun.testdata().resolve("models/StubModel.java").toString());
    for (String a : stubArgs) {
      cmd.add(a);
    }
    Path file = tmp.resolve("config.json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  private JarRun analyze(Path config, Path out, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("analyze", "--config", config.toString()));
    args.addAll(List.of("--output", out.toString(), "--format", "json"));
    args.addAll(List.of(more));
    return JarRun.start(tmp.resolve("logs"), List.of(), Map.of(), args.toArray(String[]::new));
  }

  /** Item 1: a banner line before the answers shifted every prediction by one row, exit 0. */
  @Test
  void linesFramingBannerIsAModelError() throws Exception {
    Path out = tmp.resolve("out");
    JarRun run = analyze(config("lines", "banner", "1", "--lines"), out);
    assertEquals(4, run.waitFor(120), run::stderr);
    // how many rows were sent when the surplus showed depends on timing; the first line does not
    assertTrue(
        run.stderr()
            .matches(
                "(?s).*\nfairness: error: Model wrote more lines than the [0-9]+ rows it was sent"
                    + " \\(its first line was \"1\"\\); with local.framing lines .*"),
        run::stderr);
    assertFalse(Files.exists(out.resolve("analysis.json")));
  }
}
