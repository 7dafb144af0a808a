package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 on the real jar: every surprise of a new user's config is an error or a named warning
 * with its fix, carried by stdout, analysis.json, {@code --strict} and JUnit. Data: {@code
 * testdata/surprises} (a 300-row COMPAS-like file with COMPAS's duplicate {@code decile_score}).
 */
class SurprisesIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {
    /** Returns the last stderr line (the error line of a failed run). */
    String errorLine() {
      String[] lines = err.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private static Path data(String file) {
    return CliRun.testdata().resolve("surprises").resolve(file);
  }

  private Path config(String file, Consumer<ObjectNode> change) throws IOException {
    ObjectNode c = JSON.createObjectNode();
    c.put("dataset_type", "text/csv");
    c.put("dataset_uri", data(file).toString());
    c.put("label", "two_year_recid");
    c.putArray("label_values_or_threshold").add(1);
    ObjectNode f = c.putArray("facet").addObject();
    f.put("name_or_index", "race");
    f.putArray("value_or_threshold").add("African-American");
    c.putObject("methods").putObject("pre_training_bias").putArray("methods").add("DPL");
    change.accept(c);
    Path p = Files.createTempFile(tmp, "config", ".json");
    JSON.writeValue(p.toFile(), c);
    return p;
  }

  private Run jar(List<String> jvm, String... args) throws Exception {
    JarRun r = JarRun.start(tmp.resolve("logs"), jvm, Map.of(), args);
    int code = r.waitFor(120);
    return new Run(code, r.stdout(), r.stderr());
  }

  private Run analyze(Path config, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("analyze", "--config", config.toString()));
    args.addAll(List.of("--output", tmp.resolve("out").toString()));
    args.addAll(List.of(extra));
    return jar(List.of(), args.toArray(String[]::new));
  }

  private JsonNode analysisJson() throws IOException {
    return JSON.readTree(tmp.resolve("out/analysis.json").toFile());
  }

  private static String firstFacetGroup(JsonNode analysis, String facet) {
    return analysis
        .get("pre_training_bias_metrics")
        .get("facets")
        .get(facet)
        .get(0)
        .get("value_or_threshold")
        .asText();
  }

  /** Item 1: a label value present in no row is exit 3, not DPL = 0 passing a gate. */
  @Test
  void labelValueMatchingNoRowIsExit3() throws Exception {
    Run r =
        analyze(
            config("compas_like.csv", c -> c.putArray("label_values_or_threshold").add(2)),
            "--assert",
            "abs(pre.DPL) <= 0.1");
    assertEquals(3, r.code(), r.err());
    assertEquals(
        "fairness: error: label_values_or_threshold: value 2 matches no row of column"
            + " two_year_recid; values present: 0, 1",
        r.errorLine());
    assertFalse(Files.exists(tmp.resolve("out/analysis.json")));
  }

  /** Item 2: duplicate names renamed as pandas does; a differing header row honoured/warned. */
  @Test
  void duplicateHeaderIsRenamedAndHeaderRowIsNotData() throws Exception {
    Path cfg =
        config(
            "compas_like.csv",
            c -> {
              ObjectNode f = (ObjectNode) c.get("facet").get(0);
              f.put("name_or_index", "decile_score.1");
              f.putArray("value_or_threshold").add(5);
              f.put("kind", "continuous");
            });
    Run r = analyze(cfg);
    assertEquals(0, r.code(), r.err());
    assertEquals("(5, 10]", firstFacetGroup(analysisJson(), "decile_score.1"));
    assertTrue(
        r.out()
            .contains(
                "warning  duplicate-column  "
                    + data("compas_like.csv")
                    + ":1: duplicate column names renamed as pandas (and so Clarify) does: column 6"
                    + " decile_score -> decile_score.1"),
        r.out());
    Path withHeaders =
        config(
            "compas_like.csv",
            c -> {
              var h = c.putArray("headers");
              for (String n : "ID,RACE,AGE,D1,P,D2,Y".split(",")) {
                h.add(n);
              }
              c.put("label", "Y");
              ((ObjectNode) c.get("facet").get(0)).put("name_or_index", "RACE");
            });
    Run asData = jar(List.of(), "validate", "--config", withHeaders.toString(), "--data");
    assertEquals(0, asData.code(), asData.err());
    assertTrue(asData.out().contains("rows: 301"), asData.out());
    assertTrue(
        asData.out().contains("warning  header-like-row  " + data("compas_like.csv") + ":1: the"),
        asData.out());
    Run present =
        jar(
            List.of(),
            "validate",
            "--config",
            withHeaders.toString(),
            "--data",
            "--csv-header",
            "present");
    assertEquals(0, present.code(), present.err());
    assertTrue(present.out().contains("rows: 300"), present.out());
    assertFalse(present.out().contains("header-like-row"), present.out());
  }

  /** Item 3: age [45] on a CATEGORICAL column is a match, said so; kind decides; --strict fails. */
  @Test
  void oneNumberForACategoricalFacetIsNamed() throws Exception {
    Consumer<ObjectNode> age =
        c -> {
          ObjectNode f = (ObjectNode) c.get("facet").get(0);
          f.put("name_or_index", "age");
          f.putArray("value_or_threshold").add(45);
        };
    Run r = analyze(config("compas_like.csv", age), "--strict");
    assertEquals(5, r.code(), r.err());
    String warning =
        "facet[0].value_or_threshold: 45 is matched as a value, selecting 63 rows where age == 45:"
            + " column age has 8 distinct values (2.67 % of 300 rows, under Clarify's 5 % rule) and"
            + " is classified CATEGORICAL; to select age > 45 add \"kind\": \"continuous\" to"
            + " facet[0]; to keep the match add \"kind\": \"categorical\"";
    assertTrue(r.out().contains("warning  one-value-categorical  " + warning), r.out());
    assertEquals(
        "fairness: error: --strict: 1 warning changes what a number means (see warnings in"
            + " analysis.json), first: "
            + warning,
        r.errorLine());
    JsonNode w = null;
    for (JsonNode x : analysisJson().get("warnings")) {
      w = x.get("code").asText().equals("one-value-categorical") ? x : w;
    }
    assertEquals("45", w.get("message").asText().substring(0, 2));
    assertEquals("facet[0].value_or_threshold", w.get("where").asText());
    assertTrue(w.get("changes_meaning").asBoolean());
    assertEquals("45", firstFacetGroup(analysisJson(), "age"));
    Run continuous =
        analyze(
            config(
                "compas_like.csv",
                age.andThen(c -> ((ObjectNode) c.get("facet").get(0)).put("kind", "continuous"))),
            "--strict");
    assertEquals(0, continuous.code(), continuous.err());
    assertEquals("(45, 67]", firstFacetGroup(analysisJson(), "age"));
    assertFalse(continuous.out().contains("one-value-categorical"), continuous.out());
  }

  /** Item 4: probability_threshold with a predicted-label column has no effect: said, --strict. */
  @Test
  void keyWithoutEffectIsAWarningAndAStrictError() throws Exception {
    Path cfg =
        config(
            "compas_like.csv",
            c -> {
              c.put("predicted_label", "is_recid");
              c.put("probability_threshold", 0.7);
              ((ObjectNode) c.get("methods"))
                  .putObject("post_training_bias")
                  .putArray("methods")
                  .add("DPPL");
            });
    Path junit = tmp.resolve("junit.xml");
    Run r = analyze(cfg, "--strict", "--junit", junit.toString());
    assertEquals(5, r.code(), r.err());
    String text =
        "probability_threshold: has no effect: predicted labels are read as they are from column"
            + " is_recid, never thresholded; to threshold a score column, name it in"
            + " \"predicted_score\" (e.g. \"predicted_score\": \"decile_score\") with"
            + " probability_threshold; else remove probability_threshold";
    assertTrue(r.out().contains("warning  key-no-effect  " + text), r.out());
    assertTrue(r.err().contains(" WARN " + text), r.err());
    String xml = Files.readString(junit);
    assertTrue(
        xml.contains(
            "<testcase classname=\"fairness.warnings\" name=\"key-no-effect@probability_threshold\""),
        xml);
    assertTrue(xml.contains("type=\"warning\">probability_threshold: has no effect"), xml);
    Run plain = analyze(cfg);
    assertEquals(0, plain.code(), plain.err());
  }

  /** Item 5: N/A labels are counted and named; the empty threshold is an error with its fix. */
  @Test
  void missingLabelsAreCountedAndNoMessageEndsEmpty() throws Exception {
    Run r = analyze(config("compas_like_na.csv", c -> {}));
    assertEquals(3, r.code(), r.err());
    assertEquals(
        "fairness: error: label_values_or_threshold: threshold 1 selects no row of column"
            + " two_year_recid (classified CONTINUOUS: positive means above the threshold); values"
            + " present: 0.0, 1.0 (and 3 missing); the missing cells make the column FLOAT, hence"
            + " CONTINUOUS: fill or drop them, or add \"label_kind\": \"categorical\" to match the"
            + " value",
        r.errorLine());
    assertTrue(r.err().contains("selecting no row;"), r.err());
    assertFalse(r.err().matches("(?s).*(selecting|with) \n.*"), r.err());
    Run fixed = analyze(config("compas_like_na.csv", c -> c.put("label_kind", "categorical")));
    assertEquals(0, fixed.code(), fixed.err());
    assertTrue(
        fixed
            .out()
            .contains(
                "warning  missing-values  label: 3 rows with a missing label are counted as"
                    + " negative (column two_year_recid, 3 of 300 rows); fill or drop the rows"
                    + " with a missing label"),
        fixed.out());
  }

  /** Item 6: columns, config keys, subcommands and options suggest the nearest name. */
  @Test
  void namesThatDoNotExistSuggestTheNearest() throws Exception {
    Run col =
        analyze(
            config(
                "compas_like.csv",
                c -> ((ObjectNode) c.get("facet").get(0)).put("name_or_index", "Race")));
    assertEquals(3, col.code(), col.err());
    assertEquals(
        "fairness: error: facet[0].name_or_index: column Race not found; did you mean race?"
            + " columns: id, race, age, decile_score, is_recid, decile_score.1, two_year_recid",
        col.errorLine());
    Run key = analyze(config("compas_like.csv", c -> c.put("labell", "x")));
    assertEquals(2, key.code(), key.err());
    assertTrue(key.err().contains("/labell: unknown key; did you mean label?"), key.err());
    Run sub = jar(List.of(), "analyse", "--config", "x.json");
    assertEquals(2, sub.code(), sub.err());
    assertTrue(sub.err().contains("; did you mean analyze"), sub.err());
    Run opt = analyze(config("compas_like.csv", c -> {}), "--outptu", "x");
    assertEquals(2, opt.code(), opt.err());
    assertTrue(
        opt.err()
            .startsWith(
                "fairness: error: Unknown options: '--outptu', 'x'; did you mean" + " --output?"),
        opt.err());
  }

  /** Item 7: a semicolon file names its delimiter; csv_delimiter reads it. */
  @Test
  void semicolonFileNamesItsDelimiter() throws Exception {
    Run r = analyze(config("compas_like_semicolon.csv", c -> {}));
    assertEquals(3, r.code(), r.err());
    assertTrue(
        r.errorLine()
            .startsWith(
                "fairness: error: label: column two_year_recid not found; the first line was read"
                    + " as one column and looks separated by \";\": set \"csv_delimiter\": \";\";"
                    + " columns: id;race;age"),
        r.errorLine());
    Run ok = analyze(config("compas_like_semicolon.csv", c -> c.put("csv_delimiter", ";")));
    assertEquals(0, ok.code(), ok.err());
    assertEquals("African-American", firstFacetGroup(analysisJson(), "race"));
  }

  /** Item 8: without a terminal, progress lines and the SHAP cost appear in the log. */
  @Test
  void longRunsAreNotSilentWithoutATerminal() throws Exception {
    Path shap = CliRun.testdata().resolve("shap");
    Path models = CliRun.testdata().resolve("models");
    ObjectNode c = JSON.createObjectNode();
    c.put("dataset_type", "text/csv");
    c.put("dataset_uri", shap.resolve("rows.csv").toString());
    ObjectNode s = c.putObject("methods").putObject("shap");
    s.put("baseline", shap.resolve("baseline_3rows.csv").toString());
    s.put("num_samples", 100);
    c.putObject("predictor").put("content_type", "text/csv").put("accept_type", "text/csv");
    var cmd = c.putObject("local").putArray("command");
    cmd.add("java").add(models.resolve("LogisticModel.java").toString());
    cmd.add(models.resolve("adult_logistic.json").toString());
    Path cfg = tmp.resolve("shap.json");
    JSON.writeValue(cfg.toFile(), c);
    Run r =
        jar(
            List.of("-Dfairness.progress_seconds=0"),
            "analyze",
            "--config",
            cfg.toString(),
            "--output",
            tmp.resolve("out").toString(),
            "--max-shap-records",
            "4",
            "--format",
            "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.err()
            .contains(
                " INFO SHAP: 4 records × 100 samples × 3 baseline rows = 1,200 model rows at most"),
        r.err());
    assertTrue(r.err().contains(" INFO progress: SHAP records 4/4 ("), r.err());
  }

  /** Item 9: validate --data is the dry run, exit 0 / 2 / 3. */
  @Test
  void validateWithDataIsTheDryRun() throws Exception {
    Path cfg = config("compas_like.csv", c -> {});
    Run r = jar(List.of(), "validate", "--config", cfg.toString(), "--data");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .contains(
                "label two_year_recid: Column two_year_recid with data uniqueness fraction"
                    + " 0.006666666666666667 is classified as a CATEGORICAL column; positive (1):"
                    + " 133 rows; missing: 0"),
        r.out());
    assertTrue(r.out().contains("facet[0] race: "), r.out());
    assertTrue(r.out().contains(cfg + ": valid with data (1 warning)"), r.out());
    Run bad =
        jar(
            List.of(),
            "validate",
            "--config",
            config("compas_like.csv", c -> c.putArray("label_values_or_threshold").add(2))
                .toString(),
            "--data");
    assertEquals(3, bad.code(), bad.err());
    Run schema =
        jar(
            List.of(),
            "validate",
            "--config",
            config("compas_like.csv", c -> c.put("label_kind", "ordinal")).toString(),
            "--data");
    assertEquals(2, schema.code(), schema.err());
    assertTrue(
        schema.err().contains("/label_kind: unsupported value ordinal; allowed values are"),
        schema.err());
  }

  /** Item 10: --quiet logs warnings only; the launcher runs through a symlink on PATH. */
  @Test
  void quietIsQuietAndTheLauncherFollowsSymlinks() throws Exception {
    Run r = analyze(config("compas_like.csv", c -> {}), "--quiet");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertFalse(r.err().contains(" INFO "), r.err());
    Path launcher = Path.of("..", "fairness").toAbsolutePath().normalize();
    Path link = tmp.resolve("bin").resolve("fairness");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, launcher);
    Process p =
        new ProcessBuilder(link.toString(), "--version")
            .directory(tmp.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.startsWith("fairness "), out);
  }
}
