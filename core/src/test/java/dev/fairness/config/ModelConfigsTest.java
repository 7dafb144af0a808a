package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fairness.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static ObjectNode json(String text) throws IOException {
    return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
  }

  private static final String BASE =
      "{'dataset_type': 'text/csv', 'dataset_uri': 'd.csv', 'label': 'y',"
          + " 'label_values_or_threshold': [1],"
          + " 'facet': [{'name_or_index': 'g'}], 'predicted_label': 'p0',"
          + " 'predictor': {'content_type': 'text/csv'},"
          + " 'local': {'command': ['old'], 'timeout_seconds': 5},"
          + " 'methods': {'post_training_bias': {'methods': ['DI', 'DPPL', 'TE']}}";

  @Test
  void aModelSourceReplacesEveryTopLevelSource() throws IOException {
    ObjectNode root = json(BASE + "}");
    ObjectNode column = ModelConfigs.derive(root, json("{'name': 'a', 'predicted_label': 'p1'}"));
    assertEquals("p1", column.get("predicted_label").asText());
    assertEquals(json("{'timeout_seconds': 5}"), column.get("local"), "command dropped");
    ObjectNode cmd =
        ModelConfigs.derive(
            root,
            json(
                "{'name': 'b', 'command': ['java', 'M.java'], 'local': {'timeout_seconds': 9},"
                    + " 'predictor': {'content_type': 'text/csv', 'label': 0},"
                    + " 'probability_threshold': 0.3}"));
    assertNull(cmd.get("predicted_label"));
    assertEquals(json("{'timeout_seconds': 9, 'command': ['java', 'M.java']}"), cmd.get("local"));
    assertEquals(0, cmd.get("predictor").get("label").asInt());
    assertEquals(0.3, cmd.get("probability_threshold").asDouble(), 0.0);
    ObjectNode thresholdOnly =
        ModelConfigs.derive(root, json("{'name': 'c', 'probability_threshold': 0.7}"));
    assertEquals("p0", thresholdOnly.get("predicted_label").asText(), "no source: kept");
    // the key keeps its place, so analysis_config.json reads as the user's own file
    assertEquals(
        List.of(
            "dataset_type",
            "dataset_uri",
            "label",
            "label_values_or_threshold",
            "facet",
            "predicted_label"),
        iterate(column).subList(0, 6));
  }

  private static List<String> iterate(ObjectNode n) {
    List<String> keys = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private ModelSet load(String text, List<String> flags) throws IOException {
    Path f = tmp.resolve("c.json");
    Files.writeString(f, text.replace('\'', '"'));
    return ModelConfigs.load(f, flags, ConfigOverrides.none(), RunLog.silent());
  }

  @Test
  void comparisonDefaultsAndErrors() throws IOException {
    String models = ", 'models': [{'name': 'a'}, {'name': 'b', 'predicted_label': 'p1'}]";
    ModelSet set = load(BASE + models + "}", List.of());
    assertEquals(List.of("a", "b"), set.names());
    assertEquals(new ComparisonConfig(List.of("DPPL", "DI"), "accuracy", "DPPL"), set.comparison());
    assertEquals(
        new ComparisonConfig(List.of("TE", "DI"), "balanced_accuracy", "DI"),
        load(
                BASE
                    + models
                    + ", 'comparison': {'metrics': ['TE', 'DI'], 'x_axis': 'balanced_accuracy',"
                    + " 'y_axis': 'DI'}}",
                List.of())
            .comparison());
    assertNull(load(BASE + "}", List.of()));
    assertMessage(
        "comparison.metrics: AD is not computed by methods.post_training_bias (DPPL, DI, TE); add"
            + " it there or remove it here",
        BASE + models + ", 'comparison': {'metrics': ['AD']}}");
    assertMessage(
        "comparison.y_axis: \"RD\" is not one of the compared metrics (DPPL, DI); add it to"
            + " comparison.metrics or pick one of them",
        BASE + models + ", 'comparison': {'y_axis': 'RD'}}");
    assertMessage(
        "comparison: given without models; add a models list or --model, or remove it",
        BASE + ", 'comparison': {}}");
    assertMessage(
        "models: must be a non-empty array of model objects, e.g. [{\"name\": \"lr\","
            + " \"predicted_label\": \"pred_lr\"}]",
        BASE + ", 'models': []}");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> load(BASE + ", 'models': [{'name': 'a', 'local': {'command': []}}]}", List.of()));
    assertTrue(e.getMessage().startsWith("models[0] (model a): "), e.getMessage());
  }

  @Test
  void flagsBecomeModels() throws IOException {
    ModelSet set =
        load(
            BASE + "}",
            List.of("lr=column:p1", "gbm=cmd:java \"G B.java\"", "api=url:http://h:1/x"));
    assertEquals(List.of("lr", "gbm", "api"), set.names());
    assertEquals(
        json("{'command': ['java', 'G B.java'], 'timeout_seconds': 5}"),
        set.models().get(1).derived().get("local"));
    assertEquals("http://h:1/x", set.models().get(2).loaded().config().local().endpointUrl());
    ConfigException e = assertThrows(ConfigException.class, () -> load(BASE + "}", List.of("lr")));
    assertEquals(
        "--model lr: not NAME=KIND:VALUE; use NAME=column:COLUMN, NAME=cmd:\"CMD ARGS\" or"
            + " NAME=url:URL",
        e.getMessage());
  }

  private void assertMessage(String expected, String config) {
    ConfigException e = assertThrows(ConfigException.class, () -> load(config, List.of()));
    assertEquals(expected, e.getMessage());
  }
}
