package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code fairness mitigate} and {@code fairness apply-thresholds} end to end: the rules written
 * equal Fairlearn's (testdata/mitigate), the predictions equal Fairlearn's seeded predict, and bad
 * input is one line with its exit code.
 */
class MitigateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  private static Path adultConfig() {
    return CliRun.testdata().resolve("cases/h_predicted_score/config.json");
  }

  @Test
  void allConstraintsOnAdultEqualFairlearn() throws IOException {
    CliRun r =
        CliRun.run(
            "mitigate",
            "--config",
            adultConfig().toString(),
            "--constraint",
            "all",
            "--output",
            out.toString(),
            "--log-level",
            "error");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("wrote "), r.out());
    JsonNode facets = JSON.readTree(out.resolve("thresholds.json").toFile()).get("facets");
    assertEquals(1, facets.size());
    int n = sameRules(facets.get(0).get("thresholds"), "adult_sex__accuracy_score.json");
    assertEquals(6 * 2, n);
    String html = Files.readString(out.resolve("mitigation.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<svg"), "chart");
    assertTrue(html.contains("Sex: equalized_odds"));
    String md = Files.readString(out.resolve("mitigation.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("| Female | 5421 |"), md);
  }

  @Test
  void twoFacetsOnCompasWithAnotherObjective() throws IOException {
    CliRun r =
        CliRun.run(
            "mitigate",
            "--config",
            CliRun.testdata().resolve("mitigate/compas_config.json").toString(),
            "--constraint",
            "demographic_parity,equalized_odds",
            "--objective",
            "balanced_accuracy_score",
            "--output",
            out.toString(),
            "--quiet",
            "--log-level",
            "error");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    JsonNode facets = JSON.readTree(out.resolve("thresholds.json").toFile()).get("facets");
    assertEquals("sex", facets.get(0).get("columns").get(0).asText());
    assertEquals(
        2 * 2,
        sameRules(facets.get(0).get("thresholds"), "compas_sex__balanced_accuracy_score.json"));
    assertEquals("race", facets.get(1).get("columns").get(0).asText());
    assertEquals(
        2 * 6,
        sameRules(facets.get(1).get("thresholds"), "compas_race__balanced_accuracy_score.json"));
  }

  @Test
  void intersectionalFacetEqualsFairlearnWithACombinedSensitiveFeature() throws IOException {
    ObjectNode cfg = (ObjectNode) JSON.readTree(adultConfig().toFile());
    cfg.put(
        "dataset_uri",
        CliRun.testdata().resolve("datasets/adult_test_with_predictions.csv").toString());
    cfg.remove("group_variable");
    cfg.putArray("facet").addObject().putArray("name_or_index").add("Sex").add("Race");
    Path config = out.resolve("sex_race.json");
    JSON.writeValue(config.toFile(), cfg);
    Path dir = out.resolve("out");
    for (String objective : List.of("accuracy_score", "selection_rate")) {
      CliRun r =
          CliRun.run(
              "mitigate",
              "--config",
              config.toString(),
              "--constraint",
              objective.equals("accuracy_score")
                  ? "all"
                  : "demographic_parity,true_positive_rate_parity",
              "--objective",
              objective,
              "--output",
              dir.toString(),
              "--log-level",
              "error");
      assertEquals(0, r.code(), r.err());
      assertTrue(
          r.out().contains("Sex × Race  equalized_odds") == objective.equals("accuracy_score"),
          r.out());
      JsonNode facets = JSON.readTree(dir.resolve("thresholds.json").toFile()).get("facets");
      assertEquals("[\"Sex\",\"Race\"]", facets.get(0).get("columns").toString());
      int n = sameRules(facets.get(0).get("thresholds"), "adult_sex_race__" + objective + ".json");
      assertEquals((objective.equals("accuracy_score") ? 6 : 2) * 10, n);
    }
  }

  /** The ties case as JSON Lines (testdata/mitigate/ties600.jsonl) or as one JSON document. */
  private Path tiesJsonConfig(boolean lines) throws IOException {
    Path jsonl = CliRun.testdata().resolve("mitigate/ties600.jsonl");
    Path data = jsonl;
    if (!lines) {
      ObjectNode doc = JSON.createObjectNode();
      com.fasterxml.jackson.databind.node.ArrayNode feats = doc.putArray("features");
      com.fasterxml.jackson.databind.node.ArrayNode labels = doc.putArray("label");
      com.fasterxml.jackson.databind.node.ArrayNode scores = doc.putArray("score");
      for (String line : Files.readAllLines(jsonl)) {
        JsonNode r = JSON.readTree(line);
        feats.add(r.get("features"));
        labels.add(r.get("label"));
        scores.add(r.get("score"));
      }
      data = out.resolve("ties600.json");
      JSON.writeValue(data.toFile(), doc);
    }
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", lines ? "application/jsonlines" : "application/json");
    cfg.put("dataset_uri", data.toString());
    cfg.putArray("headers").add("group").add("sub");
    cfg.put("features", "features");
    cfg.put("label", "label");
    cfg.putArray("label_values_or_threshold").add(1);
    cfg.put("predicted_score", "score");
    cfg.putArray("facet").addObject().put("name_or_index", "group");
    cfg.putObject("methods").putObject("post_training_bias").put("methods", "all");
    Path config = out.resolve(lines ? "jsonl.json" : "json.json");
    JSON.writeValue(config.toFile(), cfg);
    return config;
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void scoreFromJsonLinesAndJsonEqualsFairlearn(boolean lines) throws IOException {
    Path dir = out.resolve("out");
    CliRun r =
        CliRun.run(
            "mitigate",
            "--config",
            tiesJsonConfig(lines).toString(),
            "--constraint",
            "all",
            "--output",
            dir.toString(),
            "--format",
            "json",
            "--quiet",
            "--log-level",
            "error");
    assertEquals(0, r.code(), r.err());
    JsonNode facets = JSON.readTree(dir.resolve("thresholds.json").toFile()).get("facets");
    assertEquals(
        "score", JSON.readTree(dir.resolve("thresholds.json").toFile()).get("score").asText());
    int n = sameRules(facets.get(0).get("thresholds"), "ties_group__accuracy_score.json");
    assertEquals(6 * 3, n);
  }

  /** Compares every rule value of {@code actual} with the oracle file; returns groups compared. */
  private static int sameRules(JsonNode actual, String oracle) throws IOException {
    JsonNode expected =
        JSON.readTree(CliRun.testdata().resolve("mitigate").resolve(oracle).toFile())
            .get("thresholds");
    int n = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = actual.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> c = it.next();
      JsonNode e = expected.get(c.getKey());
      assertEquals(e.get("objective"), c.getValue().get("objective"));
      assertEquals(e.get("groups").size(), c.getValue().get("groups").size());
      for (Iterator<Map.Entry<String, JsonNode>> gt = e.get("groups").fields(); gt.hasNext(); ) {
        Map.Entry<String, JsonNode> g = gt.next();
        JsonNode a = c.getValue().get("groups").get(g.getKey());
        for (Iterator<String> k = g.getValue().fieldNames(); k.hasNext(); ) {
          String key = k.next();
          JsonNode ev = g.getValue().get(key);
          JsonNode av = a.get(key);
          String where = oracle + " " + c.getKey() + " " + g.getKey() + " " + key;
          if (ev.isTextual()) {
            assertEquals(ev.asText(), av.asText(), where);
          } else {
            assertEquals(ev.asDouble(), av.asDouble(), 1e-9, where);
          }
        }
        n++;
      }
    }
    return n;
  }

  @Test
  void applyThresholdsEqualsFairlearnPredictWithTheSameSeed() throws IOException {
    CliRun fit =
        CliRun.run(
            "mitigate",
            "--config",
            adultConfig().toString(),
            "--constraint",
            "equalized_odds",
            "--output",
            out.toString(),
            "--format",
            "json",
            "--quiet",
            "--log-level",
            "error");
    assertEquals(0, fit.code(), fit.err());
    Path preds = out.resolve("preds.csv");
    CliRun r =
        CliRun.run(
            "apply-thresholds",
            "--thresholds",
            out.resolve("thresholds.json").toString(),
            "--dataset",
            CliRun.testdata().resolve("datasets/adult_test_with_predictions.csv").toString(),
            "--output",
            preds.toString(),
            "--seed",
            "7");
    assertEquals(0, r.code(), r.err());
    assertFalse(Files.exists(out.resolve("mitigation.html")));
    JsonNode expected =
        JSON.readTree(
            CliRun.testdata().resolve("mitigate/adult_sex_eo_predict_seed7.json").toFile());
    List<String> lines = Files.readAllLines(preds, StandardCharsets.UTF_8);
    assertEquals("row,group,probability,prediction", lines.get(0));
    String want = expected.get("predictions").asText();
    assertEquals(want.length(), lines.size() - 1);
    StringBuilder got = new StringBuilder();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      assertEquals(Integer.toString(i), cells[0]);
      got.append(cells[3]);
      if (i <= expected.get("probabilities").size()) {
        assertEquals(
            expected.get("probabilities").get(i - 1).asDouble(),
            Double.parseDouble(cells[2]),
            1e-12,
            "row " + i);
      }
    }
    assertEquals(want, got.toString());
  }

  @Test
  void missingScoreKeyIsOneLineExitTwo() throws IOException {
    Path cfg = out.resolve("c.json");
    Files.writeString(
        cfg,
        Files.readString(CliRun.testdata().resolve("mitigate/compas_config.json"))
            .replace("\"predicted_score\": \"score\",", "")
            .replace("post_training_bias", "pre_training_bias")
            .replace("[\"DPPL\", \"DI\"]", "[\"CI\"]")
            .replace("../datasets/", CliRun.testdata().resolve("datasets").toAbsolutePath() + "/"));
    CliRun r =
        CliRun.run("mitigate", "--config", cfg.toString(), "--output", out.resolve("o").toString());
    assertEquals(2, r.code());
    assertEquals(
        "fairness: error: predicted_score: required by fairness mitigate; name the column of the"
            + " model's positive-class score\n",
        r.err().replace("\r", ""));
  }

  @Test
  void objectiveNotAllowedWithEqualizedOddsIsExitTwo() {
    CliRun r =
        CliRun.run(
            "mitigate",
            "--config",
            adultConfig().toString(),
            "--constraint",
            "equalized_odds",
            "--objective",
            "selection_rate",
            "--output",
            out.toString());
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .contains(
                "--objective selection_rate: not allowed with equalized_odds; use one of"
                    + " accuracy_score, balanced_accuracy_score"),
        r.err());
    assertFalse(Files.exists(out.resolve("thresholds.json")));
  }

  @Test
  void groupWithOneLabelIsExitThree() throws IOException {
    Path data = out.resolve("d.csv");
    Files.writeString(data, "g,s,y\na,0.1,no\na,0.9,yes\nb,0.4,yes\nb,0.7,yes\n");
    Path cfg = out.resolve("c.json");
    Files.writeString(
        cfg,
        "{\"dataset_type\":\"text/csv\",\"dataset_uri\":\"d.csv\",\"label\":\"y\","
            + "\"label_values_or_threshold\":[\"yes\"],\"predicted_score\":\"s\","
            + "\"facet\":[{\"name_or_index\":\"g\"}],"
            + "\"methods\":{\"pre_training_bias\":{\"methods\":[\"CI\"]}}}");
    CliRun r =
        CliRun.run(
            "mitigate",
            "--config",
            cfg.toString(),
            "--output",
            out.resolve("o").toString(),
            "--log-level",
            "error");
    assertEquals(3, r.code(), r.err());
    assertTrue(
        r.err().startsWith("fairness: error: facet g: group b has only positive labels"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void unknownGroupInNewDataIsExitThree() throws IOException {
    CliRun fit =
        CliRun.run(
            "mitigate",
            "--config",
            adultConfig().toString(),
            "--output",
            out.toString(),
            "--format",
            "json",
            "--quiet",
            "--log-level",
            "error");
    assertEquals(0, fit.code(), fit.err());
    Path data = out.resolve("new.csv");
    Files.writeString(data, "Sex,score\nFemale,0.4\nOther,0.2\n");
    CliRun r =
        CliRun.run(
            "apply-thresholds",
            "--thresholds",
            out.resolve("thresholds.json").toString(),
            "--dataset",
            data.toString(),
            "--output",
            out.resolve("p.csv").toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().startsWith("fairness: error: data row 2: group Other has no rule"), r.err());
    assertFalse(Files.exists(out.resolve("p.csv")));
  }

  private Path thresholdsConfig(String methods) throws IOException {
    Path cfg = out.resolve("t.json");
    Path data = CliRun.testdata().resolve("datasets/adult_test_with_predictions.csv");
    Files.writeString(
        cfg,
        ("{'dataset_type':'text/csv','dataset_uri':'"
                + data.toAbsolutePath().toString().replace("\\", "/")
                + "','label':'Target','label_values_or_threshold':[1],"
                + "'predicted_score':'score','facet':[{'name_or_index':'Sex'}],'methods':"
                + methods
                + "}")
            .replace('\'', '"'));
    return cfg;
  }

  @Test
  void mitigateTakesItsSettingsFromMethodsThresholds() throws IOException {
    Path cfg =
        thresholdsConfig(
            "{'thresholds':{'constraints':['true_positive_rate_parity','demographic_parity'],"
                + "'objective':'selection_rate'}}");
    CliRun r =
        CliRun.run(
            "mitigate",
            "--config",
            cfg.toString(),
            "--output",
            out.resolve("o").toString(),
            "--quiet",
            "--log-level",
            "error");
    assertEquals(0, r.code(), r.err());
    JsonNode facets = JSON.readTree(out.resolve("o/thresholds.json").toFile()).get("facets");
    JsonNode t = facets.get(0).get("thresholds");
    assertEquals(
        List.of("true_positive_rate_parity", "demographic_parity"), List.copyOf(iterable(t)));
    assertEquals(2 * 2, sameRules(t, "adult_sex__selection_rate.json"));
  }

  @Test
  void analyzeWithMethodsThresholdsWritesTheRulesBesideTheAnalysis() throws IOException {
    Path cfg =
        thresholdsConfig(
            "{'post_training_bias':{'methods':['DPPL']},'thresholds':{'constraints':"
                + "['equalized_odds'],'objective':'balanced_accuracy_score'}}");
    CliRun r =
        CliRun.run(
            "analyze",
            "--config",
            cfg.toString(),
            "--output",
            out.resolve("a").toString(),
            "--log-level",
            "error");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("thresholds.json"), r.out());
    assertTrue(Files.exists(out.resolve("a/analysis.json")));
    assertTrue(Files.exists(out.resolve("a/mitigation.html")));
    JsonNode t =
        JSON.readTree(out.resolve("a/thresholds.json").toFile())
            .get("facets")
            .get(0)
            .get("thresholds");
    assertEquals(2, sameRules(t, "adult_sex__balanced_accuracy_score.json"));
  }

  @Test
  void methodsThresholdsWithoutScoreIsExitTwo() throws IOException {
    Path cfg = thresholdsConfig("{'thresholds':{}}");
    Files.writeString(cfg, Files.readString(cfg).replace("\"predicted_score\":\"score\",", ""));
    CliRun r = CliRun.run("analyze", "--config", cfg.toString(), "--output", out.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("methods.thresholds needs predicted_score"), r.err());
  }

  private static List<String> iterable(JsonNode n) {
    List<String> out = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
