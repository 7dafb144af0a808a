package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.fairness.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of the configuration against the networknt validator (draft 2020-12): the schema
 * is itself valid, every configuration in testdata/ validates, and schema and {@link ConfigLoader}
 * agree on a set of good and bad variations of one configuration.
 */
class ConfigSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema SCHEMA = FACTORY.getSchema(ConfigSchema.text());

  /** A valid CSV bias configuration the variations start from. */
  private static final String BASE =
      """
      {"dataset_type": "text/csv", "dataset_uri": "data.csv", "label": "y",
       "label_values_or_threshold": [1], "predicted_label": "yhat",
       "facet": [{"name_or_index": "sex", "value_or_threshold": ["F"]}],
       "methods": {"pre_training_bias": {"methods": "all"},
                   "post_training_bias": {"methods": ["DPPL", "DI"]},
                   "report": {"name": "report", "title": "t"}}}
      """;

  @TempDir Path dir;

  private static Set<ValidationMessage> schemaProblems(JsonNode config) {
    return SCHEMA.validate(config);
  }

  private boolean loaderAccepts(JsonNode config) {
    try {
      ConfigLoader.validate(
          (ObjectNode) config, dir.resolve("config.json"), ConfigOverrides.none(), RunLog.silent());
      return true;
    } catch (ConfigException e) {
      return false;
    }
  }

  private static ObjectNode base() throws IOException {
    return (ObjectNode) JSON.readTree(BASE);
  }

  @Test
  void schemaIsValidDraft202012() throws IOException {
    JsonSchema meta =
        FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    Set<ValidationMessage> problems = meta.validate(JSON.readTree(ConfigSchema.text()));
    assertEquals(Set.of(), problems);
    assertEquals(
        "https://json-schema.org/draft/2020-12/schema",
        JSON.readTree(ConfigSchema.text()).get("$schema").asText());
  }

  @Test
  void everyConfigurationInTestdataValidates() throws IOException {
    List<Path> configs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ConfigFixture.testdata().getParent())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode n = JSON.readTree(p.toFile());
        if (n.isObject() && n.has("dataset_type")) {
          configs.add(p);
          assertEquals(Set.of(), schemaProblems(n), p.toString());
        }
      }
    }
    // 9 golden cases, 6 in config/, errors/base.json at least
    assertTrue(configs.size() >= 16, "found only " + configs);
  }

  @Test
  void baseIsAcceptedByBoth() throws IOException {
    assertEquals(Set.of(), schemaProblems(base()));
    assertTrue(loaderAccepts(base()));
  }

  /** Variations both must accept: null as absent, case-insensitive enums, $schema, one scalar. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"$schema\": \"https://example.org/analysis-config.schema.json\"}",
        "{\"dataset_type\": \"TEXT/CSV\"}",
        "{\"group_variable\": null, \"probability_threshold\": 0.7}",
        "{\"facet\": [{\"name_or_index\": 2, \"value_or_threshold\": \"F\"}]}",
        "{\"label\": 0, \"excluded_columns\": [\"id\", 3]}",
        "{\"local\": {\"max_retries\": 0, \"timeout_seconds\": 0.5, \"framing\": \"Lines\","
            + " \"shap_l1_reg\": \"num_features(3)\", \"env\": {\"A\": \"b\"}}}",
        "{\"methods\": {\"pre_training_bias\": {\"methods\": [\"CI\", \"all\"]}}}",
      })
  void goodVariationsAreAcceptedByBoth(String patch) throws IOException {
    ObjectNode config = merge(base(), JSON.readTree(patch));
    assertEquals(Set.of(), schemaProblems(config), patch);
    assertTrue(loaderAccepts(config), patch);
  }

  /** Bad variations: each is refused by the schema and by the loader (exit 2). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"dataset_type\": null}",
        "{\"dataset_type\": \"text/tsv\"}",
        "{\"labl\": \"y\"}",
        "{\"time_series_data_config\": {}}",
        "{\"label\": true}",
        "{\"label\": -1}",
        "{\"headers\": \"a,b\"}",
        "{\"headers\": [\"a\", 1]}",
        "{\"probability_threshold\": \"0.5\"}",
        "{\"facet\": {\"name_or_index\": \"sex\"}}",
        "{\"facet\": [{\"value_or_threshold\": [1]}]}",
        "{\"facet\": [{\"name_or_index\": \"sex\", \"values\": [1]}]}",
        "{\"facet\": [{\"name_or_index\": \"sex\", \"value_or_threshold\": [null]}]}",
        "{\"facet\": [{\"name_or_index\": \"sex\", \"value_or_threshold\": [[1]]}]}",
        "{\"methods\": {\"pre_training_bias\": {\"methods\": [\"XX\"]}}}",
        "{\"methods\": {\"pre_training_bias\": {\"methods\": []}}}",
        "{\"methods\": {\"pre_training_bias\": {\"metrics\": \"all\"}}}",
        "{\"methods\": {\"report\": {\"name\": null}}}",
        "{\"methods\": {\"report\": {\"name\": \"a/b\"}}}",
        "{\"methods\": {\"asymmetric_shapley_value\": {}}}",
        "{\"methods\": {\"pdp\": {\"grid_resolution\": 0}}}",
        "{\"methods\": {\"shap\": {\"baseline\": \"b.csv\", \"num_clusters\": 2}}}",
        "{\"methods\": {\"shap\": {\"agg_method\": \"max\"}}}",
        "{\"methods\": {\"shap\": {\"use_logit\": \"yes\"}}}",
        "{\"predictor\": {\"content_type\": \"text/xml\"}}",
        "{\"predictor\": {\"label_headers\": \"a\"}}",
        "{\"local\": {\"framing\": \"json\"}}",
        "{\"local\": {\"command\": []}}",
        "{\"local\": {\"endpoint_url\": \"ftp://host/x\"}}",
        "{\"local\": {\"max_batch_records\": 0}}",
        "{\"local\": {\"timeout_seconds\": 0}}",
        "{\"local\": {\"env\": {\"A\": 1}}}",
        "{\"local\": {\"shap_l1_reg\": \"lasso\"}}",
        "{\"local\": {\"retries\": 3}}",
        "{\"$schema\": 7}",
      })
  void badVariationsAreRefusedByBoth(String patch) throws IOException {
    ObjectNode config = merge(base(), JSON.readTree(patch));
    assertFalse(schemaProblems(config).isEmpty(), "schema accepted " + patch);
    assertFalse(loaderAccepts(config), "loader accepted " + patch);
  }

  @Test
  void missingMethodsIsRefusedByBoth() throws IOException {
    ObjectNode config = base();
    config.remove("methods");
    assertFalse(schemaProblems(config).isEmpty());
    assertFalse(loaderAccepts(config));
    assertThrows(
        ConfigException.class,
        () ->
            ConfigLoader.validate(
                config, dir.resolve("c.json"), ConfigOverrides.none(), RunLog.silent()));
  }

  /** Returns {@code target} with {@code patch} merged in (objects recursively, JSON null kept). */
  private static ObjectNode merge(ObjectNode target, JsonNode patch) {
    patch
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode old = target.get(e.getKey());
              if (old != null && old.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) old, e.getValue());
              } else {
                target.set(e.getKey(), e.getValue());
              }
            });
    return target;
  }
}
