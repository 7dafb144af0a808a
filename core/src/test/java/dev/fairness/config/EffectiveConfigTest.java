package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis_config.json of spec §9.1. */
class EffectiveConfigTest {

  @TempDir Path dir;

  private final Path examples = ConfigFixture.testdata().toAbsolutePath().normalize();

  @Test
  void exampleAWithDefaultsFilled() {
    LoadedConfig loaded =
        ConfigLoader.loadDocument(
            examples.resolve("example_a.json"), ConfigOverrides.none(), new ConfigFixture(dir).log);
    String expected =
        """
        {
            "version": "1.0",
            "dataset_type": "text/csv",
            "dataset_uri": "%s",
            "label": "Target",
            "predicted_label": "Prediction",
            "label_values_or_threshold": [
                1
            ],
            "facet": [
                {
                    "name_or_index": "Gender",
                    "value_or_threshold": [
                        0
                    ]
                },
                {
                    "name_or_index": "Age",
                    "value_or_threshold": [
                        40
                    ]
                }
            ],
            "group_variable": "Region",
            "excluded_columns": [],
            "methods": {
                "pre_training_bias": {
                    "methods": [
                        "CI",
                        "DPL",
                        "KL",
                        "JS",
                        "LP",
                        "TVD",
                        "KS",
                        "CDDL"
                    ]
                },
                "post_training_bias": {
                    "methods": [
                        "DPPL",
                        "DI",
                        "RD",
                        "AD",
                        "TE",
                        "FT"
                    ]
                },
                "report": {
                    "name": "report",
                    "title": "Loan model bias"
                }
            },
            "predictor": {
                "content_type": "text/csv",
                "accept_type": "text/csv"
            }
        }
        """
            .formatted(examples.resolve("data/loans.csv"));
    assertEquals(expected, EffectiveConfig.toText(loaded, null));
  }

  @Test
  void shapDefaultsSeedAndChosenClustersAreRecordedAndLocalOmitted() {
    ConfigFixture f = new ConfigFixture(dir);
    Path file =
        f.write(
            "{'version':'2','dataset_type':'application/jsonlines','dataset_uri':'d/x.jsonl',"
                + "'features':'f','probability_threshold':0.7,"
                + "'methods':{'shap':{'agg_method':'MEDIAN'},'pdp':{'features':['a',1]}},"
                + "'predictor':{'content_template':'$features','probability':1,"
                + "'label_headers':[0,1],'model_name':'m'},"
                + "'local':{'command':['m']}}");
    LoadedConfig loaded =
        ConfigLoader.loadDocument(file, new ConfigOverrides(null, null, null, 42L), f.log);
    ObjectNode json = EffectiveConfig.toJson(loaded, 4);
    assertEquals("2", json.get("version").textValue());
    assertEquals(
        dir.resolve("d/x.jsonl").toAbsolutePath().toString(), json.get("dataset_uri").textValue());
    assertEquals(0.7, json.get("probability_threshold").doubleValue(), 0.0);
    ObjectNode shap = (ObjectNode) json.at("/methods/shap");
    assertEquals(
        List.of(
            "num_clusters",
            "num_samples",
            "agg_method",
            "use_logit",
            "save_local_shap_values",
            "seed"),
        List.copyOf(iterable(shap)));
    assertEquals(4, shap.get("num_clusters").intValue());
    assertEquals("auto", shap.get("num_samples").textValue());
    assertEquals("median", shap.get("agg_method").textValue());
    assertFalse(shap.get("use_logit").booleanValue());
    assertEquals(42L, shap.get("seed").longValue());
    assertEquals("[\"a\",1]", json.at("/methods/pdp/features").toString());
    assertEquals(15, json.at("/methods/pdp/grid_resolution").intValue());
    assertEquals(10, json.at("/methods/pdp/top_k_features").intValue());
    assertEquals("Analysis Report", json.at("/methods/report/title").textValue());
    assertEquals(
        "{\"content_type\":\"application/jsonlines\",\"accept_type\":\"application/jsonlines\","
            + "\"content_template\":\"$features\",\"probability\":\"[1]\",\"label_headers\":[0,1]}",
        json.get("predictor").toString());
    assertFalse(json.has("local"));
  }

  @Test
  void explicitBaselineIsWrittenAsGivenWithoutClusters() {
    ConfigFixture f = new ConfigFixture(dir);
    Path file =
        f.write(
            "{'dataset_type':'application/jsonlines','dataset_uri':'x','features':'f',"
                + "'methods':{'shap':{'baseline':[{'f':[1,2]}],'num_samples':8,'seed':5}},"
                + "'predictor':{'content_template':'$features'},'local':{'command':['m']}}");
    LoadedConfig loaded = ConfigLoader.loadDocument(file, ConfigOverrides.none(), f.log);
    ObjectNode json = EffectiveConfig.toJson(loaded, 3);
    assertEquals("[{\"f\":[1,2]}]", json.at("/methods/shap/baseline").toString());
    assertFalse(json.at("/methods/shap").has("num_clusters"));
    assertEquals(8, json.at("/methods/shap/num_samples").intValue());
    assertEquals(5L, json.at("/methods/shap/seed").longValue());
    assertEquals(5L, loaded.seed());
  }

  private static List<String> iterable(ObjectNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
