package dev.fairness.config;

import static dev.fairness.config.ConfigFixture.csvBias;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys that are accepted with an info or warn line, and the command-line overrides. */
class ConfigLogLinesTest {

  @TempDir Path dir;

  @Test
  void scalarWhereAnArrayIsRequiredIsAcceptedWithAWarning() {
    ConfigFixture f = new ConfigFixture(dir);
    AnalysisConfig c =
        f.load(
            csvBias("")
                .replace("[1]", "0.5")
                .replace(
                    "{'name_or_index':'g'}", "{'name_or_index':'g','value_or_threshold':'F'}"));
    assertEquals(List.of(0.5), c.labelValuesOrThreshold());
    assertEquals(List.of("F"), c.facets().get(0).valueOrThreshold());
    assertEquals(
        List.of(
            "label_values_or_threshold: the single value 0.5 is read as the one-element array"
                + " [0.5]",
            "facet[0].value_or_threshold: the single value \"F\" is read as the one-element array"
                + " [\"F\"]"),
        f.log.warnings());
  }

  @Test
  void sageMakerOnlyPredictorKeysAreIgnoredWithInfo() {
    ConfigFixture f = new ConfigFixture(dir);
    AnalysisConfig c =
        f.load(
            csvBias(
                "'predictor':{'model_name':'m','instance_type':'ml.m5.xlarge',"
                    + "'initial_instance_count':1,'target_model':'t.tar.gz',"
                    + "'custom_attributes':'c=1','endpoint_name_prefix':'p'}"));
    assertEquals(
        List.of(
            "INFO Ignoring SageMaker-only key predictor.model_name",
            "INFO Ignoring SageMaker-only key predictor.endpoint_name_prefix",
            "INFO Ignoring SageMaker-only key predictor.instance_type",
            "INFO Ignoring SageMaker-only key predictor.initial_instance_count"),
        f.log.lines());
    assertEquals("t.tar.gz", c.predictor().targetModel());
    assertEquals("c=1", c.predictor().customAttributes());
  }

  @Test
  void transportFlagReplacesLocalTransport() {
    ConfigFixture f = new ConfigFixture(dir);
    String json =
        csvBias("'local':{'command':['old'],'endpoint_url':'http://old/'}")
            .replace("pre_training_bias", "post_training_bias");
    AnalysisConfig c = f.load(json, new ConfigOverrides(null, null, "http://127.0.0.1:9/x", null));
    assertNull(c.local().command());
    assertEquals("http://127.0.0.1:9/x", c.local().endpointUrl());
    assertEquals(
        List.of(
            "INFO Ignoring local.command: --endpoint-url given",
            "INFO Ignoring local.endpoint_url: --endpoint-url given"),
        f.log.lines());

    ConfigFixture g = new ConfigFixture(dir);
    AnalysisConfig d = g.load(json, new ConfigOverrides(null, List.of("java", "M"), null, null));
    assertEquals(List.of("java", "M"), d.local().command());
    assertNull(d.local().endpointUrl());
    assertEquals("INFO Ignoring local.command: --model-command given", g.log.lines().get(0));
  }

  @Test
  void datasetFlagSatisfiesTheDatasetRequirement() {
    ConfigFixture f = new ConfigFixture(dir);
    Path data = dir.resolve("sub/../data.csv");
    AnalysisConfig c =
        f.load(
            csvBias("").replace("'dataset_uri':'data.csv',", ""),
            new ConfigOverrides(data, null, null, null));
    assertEquals(dir.resolve("data.csv").toAbsolutePath(), c.datasetUri());
  }

  @Test
  void featuresAreIgnoredForCsvWithAWarning() {
    ConfigFixture f = new ConfigFixture(dir);
    AnalysisConfig c = f.load(csvBias("'features':'x'"));
    assertNull(c.features());
    assertEquals(List.of("features: ignored for dataset_type text/csv"), f.log.warnings());
  }

  @Test
  void integerLocationsBecomeJmesPathsForJsonTypes() {
    ConfigFixture f = new ConfigFixture(dir);
    AnalysisConfig c =
        f.load(
            "{'dataset_type':'application/jsonlines','dataset_uri':'d.jsonl','features':'f',"
                + "'label':2,'predicted_label':'p.q','label_values_or_threshold':[1],"
                + "'facet':[{'name_or_index':0}],"
                + "'methods':{'post_training_bias':{'methods':['DI','DI','DPPL']}},"
                + "'predictor':{'content_template':'$features','accept_type':'Application/JSON',"
                + "'label':0,'probability':'score'},'local':{'command':['m']}}");
    assertEquals(ColumnRef.ofName("[2]"), c.label());
    assertEquals(ColumnRef.ofName("p.q"), c.predictedLabel());
    assertEquals(List.of("DPPL", "DI"), c.methods().postTraining());
    assertEquals("application/jsonlines", c.predictor().contentType());
    assertEquals("application/json", c.predictor().acceptType());
    assertEquals(ColumnRef.ofName("[0]"), c.predictor().label());
    assertEquals(ColumnRef.ofName("score"), c.predictor().probability());
  }

  @Test
  void digitStringsAreColumnIndicesForCsvAccept() {
    ConfigFixture f = new ConfigFixture(dir);
    AnalysisConfig c =
        f.load(
            "{'dataset_type':'text/csv','dataset_uri':'d.csv','methods':{'shap':{}},"
                + "'predictor':{'label':'1','probability':0},'local':{'command':['m']}}");
    assertEquals(ColumnRef.ofIndex(1), c.predictor().label());
    assertEquals(ColumnRef.ofIndex(0), c.predictor().probability());
  }

  @Test
  void predictedLabelFileDefaultsTheColumnName() {
    ConfigFixture f = new ConfigFixture(dir);
    AnalysisConfig c =
        f.load(
            csvBias("'predicted_label_dataset_uri':'preds/p.csv','facet_dataset_uri':'f.csv'")
                .replace("pre_training_bias", "post_training_bias"));
    assertEquals(ColumnRef.ofName("predicted_label"), c.predictedLabel());
    assertEquals(dir.resolve("preds/p.csv").toAbsolutePath(), c.predictedLabelDatasetUri());
    assertEquals(dir.resolve("f.csv").toAbsolutePath(), c.facetDatasetUri());
  }
}
