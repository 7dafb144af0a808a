package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.RunLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the spec's example configurations and real golden-case configurations. */
class ConfigLoaderTest {

  private final RunLog.Recording log = new RunLog.Recording();
  private final Path dir = ConfigFixture.testdata().toAbsolutePath().normalize();

  private LoadedConfig load(String name, ConfigOverrides overrides) {
    return ConfigLoader.loadDocument(dir.resolve(name), overrides, log);
  }

  @Test
  void exampleA_bringYourOwnPredictions() {
    AnalysisConfig c = load("example_a.json", ConfigOverrides.none()).config();
    assertEquals(dir.resolve("example_a.json"), c.configFile());
    assertEquals("text/csv", c.datasetType());
    assertEquals(dir.resolve("data/loans.csv"), c.datasetUri());
    assertNull(c.headers());
    assertEquals(ColumnRef.ofName("Target"), c.label());
    assertEquals(ColumnRef.ofName("Prediction"), c.predictedLabel());
    assertEquals(List.of(1L), c.labelValuesOrThreshold());
    assertNull(c.probabilityThreshold());
    assertEquals(0.5, c.effectiveProbabilityThreshold(), 0.0);
    assertEquals(
        List.of(
            new FacetConfig(ColumnRef.ofName("Gender"), List.of(0L)),
            new FacetConfig(ColumnRef.ofName("Age"), List.of(40L))),
        c.facets());
    assertEquals(ColumnRef.ofName("Region"), c.groupVariable());
    assertEquals(List.of(), c.excludedColumns());
    assertEquals(MetricNames.PRE_TRAINING, c.methods().preTraining());
    assertEquals(List.of("DPPL", "DI", "RD", "AD", "TE", "FT"), c.methods().postTraining());
    assertNull(c.methods().shap());
    assertNull(c.methods().pdp());
    assertEquals(new ReportConfig("report", "Loan model bias"), c.methods().report());
    assertEquals(
        new PredictorConfig("text/csv", "text/csv", null, null, null, null, null, null, null),
        c.predictor());
    assertEquals(LocalConfig.defaults(dir), c.local());
    assertFalse(c.hasModel());
    assertEquals(List.of(), log.lines());
  }

  @Test
  void exampleB_jsonLinesWithSubprocessModel() {
    AnalysisConfig c = load("example_b.json", ConfigOverrides.none()).config();
    assertEquals("application/jsonlines", c.datasetType());
    assertEquals(List.of("Age", "Gender", "Income", "Occupation", "Target"), c.headers());
    assertEquals("Features", c.features());
    assertEquals(ColumnRef.ofName("Label"), c.label());
    assertEquals(0.6, c.probabilityThreshold(), 0.0);
    assertEquals(List.of(new FacetConfig(ColumnRef.ofName("Gender"), List.of(0L))), c.facets());
    assertEquals(13, c.methods().postTraining().size());
    assertEquals("GE", c.methods().postTraining().get(12));
    PredictorConfig p = c.predictor();
    assertEquals("application/jsonlines", p.contentType());
    assertEquals("application/jsonlines", p.acceptType());
    assertEquals("{\"Features\":$features}", p.contentTemplate());
    assertEquals(ColumnRef.ofName("probability"), p.probability());
    assertNull(p.label());
    LocalConfig l = c.local();
    assertEquals(List.of("python3", "model/serve.py"), l.command());
    assertNull(l.endpointUrl());
    assertEquals("envelope", l.framing());
    assertEquals(500, l.maxBatchRecords());
    assertEquals(60.0, l.timeoutSeconds(), 0.0);
    assertEquals(120.0, l.startupTimeoutSeconds(), 0.0);
    assertEquals(dir, l.workingDir());
    assertTrue(c.hasModel());
  }

  @Test
  void exampleC_explainabilityOverHttp() {
    LoadedConfig loaded = load("example_c.json", ConfigOverrides.none());
    AnalysisConfig c = loaded.config();
    assertEquals(ColumnRef.ofName("CustomerId"), c.joinsource());
    ShapConfig s = c.methods().shap();
    assertNull(s.baselineFile());
    assertEquals(List.of(List.of(35L, 52000L, 4100L, "salaried")), s.baselineRows());
    assertNull(s.numClusters());
    assertEquals(500, s.numSamples());
    assertEquals("mean_abs", s.aggMethod());
    assertFalse(s.useLogit());
    assertTrue(s.saveLocalShapValues());
    assertEquals(7L, s.seed());
    assertEquals(7L, loaded.seed());
    assertEquals(new PdpConfig(10, List.of(), 2), c.methods().pdp());
    assertEquals(List.of("bad", "good"), c.predictor().labelHeaders());
    assertEquals("http://127.0.0.1:8080/invocations", c.local().endpointUrl());
    assertEquals(2, c.local().maxConcurrency());
    assertNull(c.methods().preTraining());
    assertNull(c.methods().postTraining());
  }

  @Test
  void goldenAdultConfigResolvesDatasetAgainstConfigDirectory() {
    AnalysisConfig c = load("golden_a_sex_female.json", ConfigOverrides.none()).config();
    assertEquals(
        dir.resolve("../../datasets/adult/adult_test_with_predictions.csv").normalize(),
        c.datasetUri());
    assertEquals(17, c.headers().size());
    assertEquals(List.of(new FacetConfig(ColumnRef.ofName("Sex"), List.of("Female"))), c.facets());
    assertEquals(ColumnRef.ofName("Age"), c.groupVariable());
    assertEquals(ColumnRef.ofName("predicted_label"), c.predictedLabel());
    assertEquals(MetricNames.POST_TRAINING, c.methods().postTraining());
  }

  @Test
  void goldenTinyConfigKeepsStringLabelValues() {
    AnalysisConfig c = load("golden_d_tiny20.json", ConfigOverrides.none()).config();
    assertEquals(List.of("yes"), c.labelValuesOrThreshold());
    assertEquals(List.of(new FacetConfig(ColumnRef.ofName("sex"), List.of("F"))), c.facets());
  }

  @Test
  void goldenShapConfigNeedsAModelFromTheCommandLine() {
    ConfigOverrides overrides =
        new ConfigOverrides(Path.of("other.csv"), List.of("java", "Model"), null, 3L);
    LoadedConfig loaded = load("golden_shap_exact.json", overrides);
    AnalysisConfig c = loaded.config();
    assertEquals(Path.of("other.csv").toAbsolutePath().normalize(), c.datasetUri());
    assertEquals(List.of("java", "Model"), c.local().command());
    assertTrue(c.hasModel());
    assertEquals(16384, c.methods().shap().numSamples());
    assertEquals(3L, c.methods().shap().seed());
    assertEquals(3L, loaded.seed());
    assertEquals(14, c.methods().shap().baselineRows().get(0).size());
    assertEquals(189436L, c.methods().shap().baselineRows().get(0).get(2));
    assertTrue(c.methods().shap().saveLocalShapValues());
  }

  @Test
  void localDefaultsFilledAndValuesTyped(@TempDir Path tmp) {
    ConfigFixture f = new ConfigFixture(tmp);
    String json =
        "{'dataset_type':'TEXT/CSV','dataset_uri':'d.csv','label':'y',"
            + "'label_values_or_threshold':[1, 2.5, 'x', true],"
            + "'facet':[{'name_or_index':3,'value_or_threshold':[false]}],"
            + "'methods':{'pre_training_bias':{}},"
            + "'local':{'endpoint_url':'https://m.example/inv','framing':'LINES',"
            + "'working_dir':'wd','env':{'B':'2','A':'1'},'http_headers':{'X-K':'v'},"
            + "'max_payload_bytes':100,'max_retries':0,'pdp_max_rows':5,"
            + "'startup_timeout_seconds':1.5,'shap_l1_reg':'Num_Features(4)'}}";
    AnalysisConfig c = f.load(json);
    assertEquals("text/csv", c.datasetType());
    assertEquals(List.of(1L, 2.5, "x", true), c.labelValuesOrThreshold());
    assertEquals(List.of(new FacetConfig(ColumnRef.ofIndex(3), List.of(false))), c.facets());
    assertEquals(MetricNames.PRE_TRAINING, c.methods().preTraining());
    LocalConfig l = c.local();
    assertEquals("lines", l.framing());
    assertEquals(tmp.resolve("wd"), l.workingDir());
    assertEquals(List.of("B", "A"), List.copyOf(l.env().keySet()));
    assertEquals(Map.of("X-K", "v"), l.httpHeaders());
    assertEquals(100L, l.maxPayloadBytes());
    assertEquals(0, l.maxRetries());
    assertEquals(5, l.pdpMaxRows());
    assertEquals(1.5, l.startupTimeoutSeconds(), 0.0);
    assertEquals(10000, l.maxBatchRecords());
    assertEquals("num_features(4)", l.shapL1Reg());
    assertEquals(List.of(), f.log.lines());
  }
}
