package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 through the command line, without model processes: a prediction-column model writes the
 * bytes of the single-model run, and bad model lists, names and selectors end with one exit-2 line
 * naming where.
 */
class ModelsConfigTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** The golden case a_sex_female (absolute dataset path) with {@code models} added. */
  private Path withModels(ArrayNode models, String name) throws IOException {
    Path dir = CliRun.testdata().resolve("cases/a_sex_female");
    ObjectNode cfg = (ObjectNode) JSON.readTree(dir.resolve("config.json").toFile());
    cfg.put("dataset_uri", dir.resolve(cfg.get("dataset_uri").asText()).normalize().toString());
    Path single = tmp.resolve("single.json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(single.toFile(), cfg);
    if (models != null) {
      cfg.set("models", models);
    }
    Path p = tmp.resolve(name);
    JSON.writerWithDefaultPrettyPrinter().writeValue(p.toFile(), cfg);
    return p;
  }

  private static ArrayNode models(String... nameAndColumn) {
    ArrayNode a = JSON.createArrayNode();
    for (int i = 0; i < nameAndColumn.length; i += 2) {
      a.addObject().put("name", nameAndColumn[i]).put("predicted_label", nameAndColumn[i + 1]);
    }
    return a;
  }

  private CliRun analyze(Path config, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "analyze";
    args[1] = "--config";
    args[2] = config.toString();
    args[3] = "--output";
    args[4] = tmp.resolve("out-" + config.getFileName()).toString();
    System.arraycopy(more, 0, args, 5, more.length);
    return CliRun.run(args);
  }

  @Test
  void columnModelsWriteTheBytesOfTheSingleRun() throws IOException {
    Path multi = withModels(models("col", "predicted_label", "again", "predicted_label"), "m.json");
    CliRun m = analyze(multi, "--quiet");
    assertEquals(0, m.code(), m.err());
    CliRun s = analyze(tmp.resolve("single.json"), "--quiet");
    assertEquals(0, s.code(), s.err());
    Path single = tmp.resolve("out-single.json");
    for (String model : new String[] {"col", "again"}) {
      Path dir = tmp.resolve("out-m.json").resolve("models").resolve(model);
      for (String f : new String[] {"analysis.json", "analysis_config.json"}) {
        assertArrayEquals(
            Files.readAllBytes(single.resolve(f)), Files.readAllBytes(dir.resolve(f)), model + f);
      }
    }
    String cmp = Files.readString(tmp.resolve("out-m.json").resolve("comparison.json"));
    assertTrue(
        cmp.contains("\"pareto_optimal\" : [ \"col\", \"again\" ]")
            || cmp.contains("\"pareto_optimal\": [\n        \"col\",\n        \"again\"\n    ]"),
        cmp);
    assertFalse(Files.exists(tmp.resolve("out-m.json").resolve("analysis.json")));
  }

  @Test
  void modelFlagsReplaceTheList() throws IOException {
    Path multi = withModels(models("x", "no_such_column"), "flags.json");
    CliRun r =
        analyze(
            multi,
            "--quiet",
            "--model",
            "a=column:predicted_label",
            "--model",
            "b=column:predicted_label");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.exists(tmp.resolve("out-flags.json/models/b/analysis.json")));
    assertFalse(Files.exists(tmp.resolve("out-flags.json/models/x")));
  }

  @Test
  void aFailingModelLeavesNothingBehind() throws IOException {
    Path multi = withModels(models("a", "predicted_label", "b", "nope"), "fail.json");
    CliRun r = analyze(multi, "--quiet");
    assertEquals(3, r.code(), r.err());
    assertTrue(
        r.errorLine()
            .startsWith("fairness: error: model b: predicted_label: column nope not found;"),
        r.err());
    try (var files = Files.list(tmp.resolve("out-fail.json"))) {
      assertEquals(List.of(), files.toList(), "no models/ directory, no staging left");
    }
  }

  @Test
  void jsonLinesModelsAreReadPerModelWithTheSameBytes() throws IOException {
    Path config = CliRun.testdata().resolve("cases/d_tiny20_jsonlines/config.json");
    Path multi = tmp.resolve("jl-multi");
    Path single = tmp.resolve("jl-single");
    CliRun m =
        CliRun.run(
            "analyze",
            "--config",
            config.toString(),
            "--output",
            multi.toString(),
            "--quiet",
            "--model",
            "a=column:prediction.value",
            "--model",
            "b=column:label");
    assertEquals(0, m.code(), m.err());
    CliRun s =
        CliRun.run(
            "analyze", "--config", config.toString(), "--output", single.toString(), "--quiet");
    assertEquals(0, s.code(), s.err());
    assertArrayEquals(
        Files.readAllBytes(single.resolve("analysis.json")),
        Files.readAllBytes(multi.resolve("models/a/analysis.json")));
    assertTrue(Files.readString(multi.resolve("comparison.json")).contains("\"accuracy\": 1.0"));
  }

  @Test
  void badNamesAreOneLineErrors() throws IOException {
    assertError(
        analyze(withModels(models("ok", "predicted_label", "a/b", "predicted_label"), "n1.json")),
        "fairness: error: models[1].name: \"a/b\" is not a safe directory name;");
    assertError(
        analyze(withModels(models("lr", "predicted_label", "LR", "predicted_label"), "n2.json")),
        "fairness: error: models[1].name: \"LR\" is already the name of models[0]");
    ArrayNode unknownKey = models("lr", "predicted_label");
    ((ObjectNode) unknownKey.get(0)).put("comand", "x");
    assertError(
        analyze(withModels(unknownKey, "n3.json")),
        "fairness: error: models[0].comand: unknown key; did you mean command?");
    assertError(
        analyze(withModels(null, "n4.json"), "--model", "lr=colum:predicted_label"),
        "fairness: error: --model lr=colum:predicted_label: unknown kind 'colum';");
  }

  @Test
  void selectorsMustNameAModel() throws IOException {
    Path multi = withModels(models("lr", "predicted_label", "gbm", "predicted_label"), "s.json");
    assertError(
        analyze(multi, "--assert", "post.DI@Sex=Female[gmb] >= 0.8"),
        "fairness: error: --assert post.DI@Sex=Female[gmb] >= 0.8: no model is named gmb; the"
            + " models are lr, gbm");
    assertError(
        analyze(tmp.resolve("single.json"), "--assert", "post.DI[gbm] >= 0.8"),
        "fairness: error: --assert post.DI[gbm] >= 0.8: [gbm] selects a model, but this run has"
            + " one model;");
    CliRun gated = analyze(multi, "--quiet", "--assert", "post.DI@Sex=Female[gbm] >= 0.8");
    assertEquals(6, gated.code(), gated.err());
    assertTrue(
        gated
            .err()
            .contains("fairness: assertion failed: model gbm: post.DI@Sex=Female[gbm] >= 0.8"),
        gated.err());
    assertFalse(gated.err().contains("assertion failed: model lr"), gated.err());
  }

  private void assertError(CliRun r, String start) {
    assertEquals(2, r.code(), r.err());
    String line = r.errorLine();
    assertTrue(line != null && line.startsWith(start), r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
    assertFalse(Files.exists(tmp.resolve("out-n1.json/models")));
  }
}
