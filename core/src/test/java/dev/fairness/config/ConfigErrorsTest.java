package dev.fairness.config;

import static dev.fairness.config.ConfigFixture.csvBias;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.FairnessException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every schema problem and every problem message of spec §2 and §10.2, collected together. */
class ConfigErrorsTest {

  @TempDir Path dir;

  private ConfigFixture f() {
    return new ConfigFixture(dir);
  }

  @Test
  void notJsonGivesTheSpecHeadlineAndTheParserMessage() {
    ConfigException e = f().fail("{\"dataset_type\": \"text/csv\",\n  \"label\": tru\n}");
    Path file = dir.resolve("config.json").toAbsolutePath().normalize();
    // issue 14: file:line:column first, as compilers print it, then the spec's headline
    assertEquals(
        file
            + ":2:16: Unable to load analysis configuration as JSON. Unrecognized token 'tru':"
            + " was expecting (JSON String, Number, Array, Object or token 'null', 'true' or"
            + " 'false')",
        e.getMessage());
    assertEquals(FairnessException.Kind.CONFIG, e.kind());
    assertEquals(List.of(), e.details());
  }

  @Test
  void trailingTextAndEmptyFileAreNotJson() {
    Path file = dir.resolve("config.json").toAbsolutePath().normalize();
    assertTrue(
        f().fail("{} {}")
            .getMessage()
            .startsWith(file + ":1:4: Unable to load analysis configuration as JSON. "));
    ConfigException empty = f().fail("");
    assertEquals(
        file + ": Unable to load analysis configuration as JSON. The file is empty.",
        empty.getMessage());
  }

  @Test
  void topLevelArrayIsRejected() {
    ConfigException e = f().fail("[1]");
    assertEquals(
        dir.resolve("config.json").toAbsolutePath().normalize()
            + ": the top-level JSON value is array; the configuration must be a JSON object",
        e.getMessage());
  }

  @Test
  void missingFileNamesThePath() {
    Path missing = dir.resolve("nope.json");
    ConfigException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(missing, ConfigOverrides.none(), f().log));
    assertTrue(e.getMessage().startsWith("--config " + missing.toAbsolutePath() + ": cannot read"));
  }

  @Test
  void schemaProblemsAreCollectedWithPointers() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'text/tsv','labell':'y','headers':'a',"
                    + "'label':[1],'probability_threshold':'x','facet':[{'name_or_index':-1,'x':1},7],"
                    + "'excluded_columns':[1.5],'methods':{'shapp':{},'pdp':{'grid_resolution':0},"
                    + "'shap':{'agg_method':'mean','num_samples':true,'seed':1e3}},"
                    + "'local':{'command':['m'],'max_batch_records':0,'timeout_seconds':0,"
                    + "'env':{'A':1},'framing':'pipe'}}");
    assertEquals("Analysis configuration schema validation error.", e.getMessage());
    assertEquals(
        List.of(
            "/labell: unknown key; did you mean label?; allowed keys are version, dataset_type,"
                + " dataset_uri, headers,"
                + " label, predicted_label, predicted_score, features, label_values_or_threshold,"
                + " probability_threshold, facet, group_variable, excluded_columns,"
                + " joinsource_name_or_index, facet_dataset_uri, facet_headers,"
                + " predicted_label_dataset_uri, predicted_label_headers, methods, predictor, local, label_kind, csv_delimiter",
            "/dataset_type: unsupported value text/tsv; allowed values are text/csv,"
                + " application/jsonlines, application/json, application/x-parquet",
            "/dataset_uri: required key is missing; give it or --dataset",
            "/headers: expected an array of strings, got string",
            "/label: expected a string or an integer, got array",
            "/probability_threshold: expected a number, got string",
            "/facet/0/x: unknown key; allowed keys are name_or_index, value_or_threshold, kind",
            "/facet/0/name_or_index: must be >= 0, got -1",
            "/facet/1: expected an object, got integer",
            "/excluded_columns/0: expected a string or an integer, got number",
            "/methods/shapp: unknown key; did you mean shap?; allowed keys are pre_training_bias,"
                + " post_training_bias,"
                + " shap, pdp, report, thresholds, group_metrics, confidence",
            "/methods/shap/num_samples: expected an integer, got boolean",
            "/methods/shap/seed: expected an integer, got number",
            "/methods/shap/agg_method: Invalid agg_method mean. Please choose mean_abs, median,"
                + " or mean_sq.",
            "/methods/pdp/grid_resolution: must be >= 1, got 0",
            "/local/framing: unsupported value pipe; allowed values are envelope, lines",
            "/local/env/A: expected a string, got integer",
            "/local/max_batch_records: must be >= 1, got 0",
            "/local/timeout_seconds: must be > 0, got 0"),
        e.details());
  }

  @Test
  void generalProblemsFollowTheSchemaLinesWhenBothOccur() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'text/csv','dataset_uri':'d.csv','x':1,"
                    + "'methods':{'report':{'name':'r'}}}");
    assertEquals("Analysis configuration schema validation error.", e.getMessage());
    assertEquals(
        List.of(
            "/x: unknown key; allowed keys are version, dataset_type, dataset_uri, headers, label,"
                + " predicted_label, predicted_score, features, label_values_or_threshold,"
                + " probability_threshold,"
                + " facet, group_variable, excluded_columns, joinsource_name_or_index,"
                + " facet_dataset_uri, facet_headers, predicted_label_dataset_uri,"
                + " predicted_label_headers, methods, predictor, local, label_kind, csv_delimiter",
            "analysis_config must have at least one working method"),
        e.details());
  }

  @Test
  void noWorkingMethod() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'text/csv','dataset_uri':'d.csv','methods':{'report':{'name':'r'}}}");
    assertEquals("analysis_config must have at least one working method", e.getMessage());
    assertEquals(List.of(), e.details());
  }

  @Test
  void missingMethodsAndDatasetType() {
    ConfigException e = f().fail("{'dataset_uri':'d.csv'}");
    assertEquals(
        List.of("/dataset_type: required key is missing", "/methods: required key is missing"),
        e.details());
  }

  @Test
  void outOfScopeKeysAreNamed() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'application/x-image','dataset_uri':'d','segment_config':[],"
                    + "'methods':{'asymmetric_shapley_value':{},"
                    + "'shap':{'text_config':{},'image_config':{}}},"
                    + "'predictor':{'content_type':'image/jpeg','time_series_predictor_config':{}},"
                    + "'local':{'command':['m']}}");
    assertEquals("segment_config: not supported by this tool", e.getMessage());
    assertEquals(
        List.of(
            "dataset_type application/x-image: not supported by this tool",
            "methods.asymmetric_shapley_value: not supported by this tool",
            "methods.shap.text_config: not supported by this tool",
            "methods.shap.image_config: not supported by this tool",
            "predictor.time_series_predictor_config: not supported by this tool",
            "predictor.content_type image/jpeg: not supported by this tool"),
        e.details());
  }

  @Test
  void s3UrisAreRejectedForEveryLocation() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'text/csv','dataset_uri':'s3://b/d.csv','label':'y',"
                    + "'facet_dataset_uri':'S3://b/f.csv','predicted_label_dataset_uri':'s3://b/p',"
                    + "'methods':{'shap':{'baseline':'s3://b/base.csv'}},"
                    + "'local':{'command':['m'],'working_dir':'s3://b/w'}}");
    assertEquals("dataset_uri: S3 URIs are not supported; use a local path", e.getMessage());
    assertEquals(
        List.of(
            "facet_dataset_uri: S3 URIs are not supported; use a local path",
            "predicted_label_dataset_uri: S3 URIs are not supported; use a local path",
            "methods.shap.baseline: S3 URIs are not supported; use a local path",
            "local.working_dir: S3 URIs are not supported; use a local path"),
        e.details());
  }

  @Test
  void s3DatasetOverrideIsRejected() {
    ConfigException e =
        f().fail(csvBias(""), new ConfigOverrides(Path.of("s3://bucket/x.csv"), null, null, null));
    assertEquals("--dataset: S3 URIs are not supported; use a local path", e.getMessage());
  }

  @Test
  void unknownMetricNamesListTheRegisteredOnes() {
    ConfigException e =
        f().fail(
                csvBias("")
                    .replace(
                        "'methods':{'pre_training_bias':{'methods':'all'}}",
                        "'predicted_label':'p','methods':{'pre_training_bias':{'methods':['CI','Lp']},"
                            + "'post_training_bias':{'methods':'dppl'}}"));
    assertEquals(
        "Invalid metric_name: metrics should be one of the registered metrics"
            + "['CI', 'DPL', 'KL', 'JS', 'LP', 'TVD', 'KS', 'CDDL']",
        e.getMessage());
    assertEquals(
        List.of(
            "Invalid metric_name: metrics should be one of the registered metrics"
                + "['DPPL', 'DI', 'DCA', 'DCR', 'RD', 'SD', 'DAR', 'DRR', 'AD', 'CDDPL', 'TE', 'FT',"
                + " 'GE']"),
        e.details());
  }

  @Test
  void emptyPositiveLabelValues() {
    ConfigException e = f().fail(csvBias("").replace("[1]", "[]"));
    assertEquals("Positive label values or thresholds are empty for Label column", e.getMessage());
  }

  @Test
  void biasKeysAreRequired() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'text/csv','dataset_uri':'d.csv','facet':[],"
                    + "'methods':{'pre_training_bias':{'methods':'all'}}}");
    assertEquals("label is required for bias analysis", e.getMessage());
    assertEquals(
        List.of(
            "label_values_or_threshold is required for bias analysis",
            "facet is required for bias analysis"),
        e.details());
  }

  @Test
  void explainabilityWithoutModelGivesTwoLines() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'text/csv','dataset_uri':'d.csv',"
                    + "'methods':{'shap':{'baseline':[[1]],'num_clusters':2},'pdp':{}}}");
    assertEquals(
        "Baseline and num_clusters cannot be provided together. Please specify one of the two.",
        e.getMessage());
    assertEquals(
        List.of(
            "model_config must be provided when explainability methods are selected.",
            "(this tool needs local.command, local.endpoint_url, --model-command or"
                + " --endpoint-url)"),
        e.details());
  }

  @Test
  void pdpWithoutFeaturesOrShap() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'text/csv','dataset_uri':'d.csv','methods':{'pdp':{'features':[]}},"
                    + "'local':{'command':['m']}}");
    assertEquals("PDP features must be provided when ShapConfig is not provided", e.getMessage());
  }

  @Test
  void postTrainingWithoutPredictionsOrModel() {
    ConfigException e = f().fail(csvBias("").replace("pre_training_bias", "post_training_bias"));
    assertEquals(
        "model_config must be provided when `predicted_label_dataset_uri` or `predicted_label`"
            + " are not provided in data_config.",
        e.getMessage());
  }

  @Test
  void jsonDatasetTypesNeedFeatures() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'application/json','dataset_uri':'d.json','label':'y',"
                    + "'label_values_or_threshold':[1],'facet':[{'name_or_index':'g'}],"
                    + "'methods':{'pre_training_bias':{'methods':'all'}}}");
    assertEquals("features JMESPath is required for application/json dataset_type", e.getMessage());
    ConfigException lines =
        f().fail(
                "{'dataset_type':'Application/JSONLines','dataset_uri':'d.jsonl','label':'y',"
                    + "'label_values_or_threshold':[1],'facet':[{'name_or_index':'g'}],"
                    + "'methods':{'pre_training_bias':{'methods':'all'}}}");
    assertEquals(
        "features JMESPath is required for application/jsonlines dataset_type", lines.getMessage());
  }

  @Test
  void sideFilesNeedCsv() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'application/jsonlines','dataset_uri':'d.jsonl','features':'f',"
                    + "'facet_headers':['a'],'predicted_label_dataset_uri':'p.csv',"
                    + "'methods':{'shap':{}},'local':{'command':['m']},"
                    + "'predictor':{'content_template':'$features'}}");
    assertEquals(
        "The parameters 'facet_dataset_uri' and 'facet_headers' are not supported for"
            + " dataset_type 'application/jsonlines'.",
        e.getMessage());
    assertEquals(
        List.of(
            "The parameters 'predicted_label_dataset_uri' and 'predicted_label_headers' are not"
                + " supported for dataset_type 'application/jsonlines'."),
        e.details());
  }

  @Test
  void contentTemplateRules() {
    String shapLines =
        "{'dataset_type':'application/jsonlines','dataset_uri':'d.jsonl','features':'f',"
            + "'methods':{'shap':{}},'local':{'command':['m']}%s}";
    assertEquals(
        "content_template field is required for content_type application/jsonlines",
        f().fail(String.format(shapLines, "")).getMessage());
    assertEquals(
        "Invalid content_template {\"x\":1}. Please include a placeholder $features.",
        f().fail(String.format(shapLines, ",'predictor':{'content_template':'{\\'x\\':1}'}"))
            .getMessage());
    assertEquals(
        "content_template and record_template are required for content_type application/json",
        f().fail(
                String.format(
                    shapLines,
                    ",'predictor':{'content_type':'application/json','content_template':'$record'}"))
            .getMessage());
    assertEquals(
        "Invalid content_template {}. Please include either placeholder $records or $record.",
        f().fail(
                String.format(
                    shapLines,
                    ",'predictor':{'content_type':'application/json','content_template':'{}',"
                        + "'record_template':'$features'}"))
            .getMessage());
  }

  @Test
  void csvAcceptTypeNeedsColumnIndices() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'text/csv','dataset_uri':'d.csv','methods':{'shap':{}},"
                    + "'local':{'command':['m']},"
                    + "'predictor':{'label':'score','probability':-1}}");
    assertEquals(
        "predictor.label must be a column index when accept_type is text/csv", e.getMessage());
    assertEquals(
        List.of("predictor.probability must be a column index when accept_type is text/csv"),
        e.details());
  }

  @Test
  void jmesPathSyntaxErrorsNameThePointer() {
    ConfigException e =
        f().fail(
                "{'dataset_type':'application/jsonlines','dataset_uri':'d.jsonl','features':'a[',"
                    + "'label':'b.','methods':{'shap':{}},'local':{'command':['m']},"
                    + "'predictor':{'content_template':'$features','probability':'[?'}}");
    assertTrue(
        e.getMessage().startsWith("Invalid JMESPath expression in /label: "), e.getMessage());
    assertTrue(
        e.details().get(0).startsWith("Invalid JMESPath expression in /features: "),
        e.details().toString());
    assertTrue(
        e.details().get(1).startsWith("Invalid JMESPath expression in /predictor/probability: "),
        e.details().toString());
    assertEquals(2, e.details().size());
  }

  @Test
  void unsupportedL1Regularisation() {
    assertEquals(
        "local.shap_l1_reg value auto is not supported",
        f().fail(csvBias("'local':{'shap_l1_reg':'auto'}")).getMessage());
    assertEquals(
        "local.shap_l1_reg value -0.5 is not supported",
        f().fail(csvBias("'local':{'shap_l1_reg':-0.5}")).getMessage());
    assertEquals(
        "local.shap_l1_reg value num_features(0) is not supported",
        f().fail(csvBias("'local':{'shap_l1_reg':'num_features(0)'}")).getMessage());
  }

  @Test
  void localTransportProblems() {
    ConfigException e =
        f().fail(
                csvBias(
                    "'local':{'command':[],'endpoint_url':'ftp://h/x','max_concurrency':2.5,"
                        + "'pdp_max_rows':99999999999}"));
    assertEquals(
        List.of(
            "/local/command: empty command; give the program and its arguments",
            "/local/endpoint_url: not an http:// or https:// URL: ftp://h/x",
            "/local: command and endpoint_url are both given; keep one",
            "/local/max_concurrency: expected an integer, got number",
            "/local/pdp_max_rows: must be <= 2147483647, got 99999999999"),
        e.details());
  }

  @Test
  void bothTransportFlagsAreRefused() {
    ConfigException e =
        f().fail(csvBias(""), new ConfigOverrides(null, List.of("m"), "http://h:1/", null));
    assertEquals(
        "--model-command and --endpoint-url cannot be given together; give one of them",
        e.getMessage());
    ConfigException url =
        f().fail(csvBias(""), new ConfigOverrides(null, null, "localhost:80", null));
    assertEquals(
        "--endpoint-url localhost:80: not an http:// or https:// URL; give one", url.getMessage());
  }

  @Test
  void reportNameIsRequiredAndMustBeAFileName() {
    ConfigException e = f().fail(csvBias("").replace("}}}", "},'report':{'title':'t'}}}"));
    assertEquals(List.of("/methods/report/name: required key is missing"), e.details());
    ConfigException sep = f().fail(csvBias("").replace("}}}", "},'report':{'name':'a/b'}}}"));
    assertEquals(
        List.of(
            "/methods/report/name: invalid report name a/b; give a file name without directory"
                + " separators"),
        sep.details());
  }

  @Test
  void labelValuesRejectNullsAndNesting() {
    ConfigException e =
        f().fail(
                csvBias("")
                    .replace("[1]", "[1,null,[2]]")
                    .replace(
                        "{'name_or_index':'g'}", "{'name_or_index':'g','value_or_threshold':{}}"));
    assertEquals(
        List.of(
            "/label_values_or_threshold/1: expected a number, string or boolean, got null",
            "/label_values_or_threshold/2: expected a number, string or boolean, got array",
            "/facet/0/value_or_threshold: expected an array of values, got object"),
        e.details());
    assertFalse(e.details().isEmpty());
  }
}
