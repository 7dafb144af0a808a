package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline and file baselines of spec §6.1 in each dataset format. */
class BaselineTest {

  @TempDir Path dir;

  private ShapConfig shap(String datasetType, String features, String baseline) {
    String template =
        datasetType.equals("text/csv")
            ? ""
            : datasetType.equals("application/json")
                ? ",'predictor':{'content_template':'$records','record_template':'$features'}"
                : ",'predictor':{'content_template':'$features'}";
    return new ConfigFixture(dir)
        .load(
            "{'dataset_type':'"
                + datasetType
                + "','dataset_uri':'d'"
                + (features == null ? "" : ",'features':'" + features + "'")
                + ",'methods':{'shap':{'baseline':"
                + baseline
                + "}},'local':{'command':['m']}"
                + template
                + "}")
        .methods()
        .shap();
  }

  @Test
  void csvRowsKeepJsonTypesAndNulls() {
    ShapConfig s = shap("text/csv", null, "[[1, 2.0, 'a', true, null], [-3, 1e2, '', false, 0]]");
    assertEquals(
        List.of(Arrays.asList(1L, 2.0, "a", true, null), List.of(-3L, 100.0, "", false, 0L)),
        s.baselineRows());
    assertNull(s.baselineFile());
  }

  @Test
  void jsonLinesObjectsHaveTheirFeaturesExtracted() {
    ShapConfig s =
        shap(
            "application/jsonlines",
            "features",
            "[{'features':[0,0.5,'x']},{'features':[1,1,null],'other':2}]");
    assertEquals(List.of(List.of(0L, 0.5, "x"), Arrays.asList(1L, 1L, null)), s.baselineRows());
  }

  @Test
  void jsonDocumentYieldsATwoDimensionalArray() {
    ShapConfig s = shap("application/json", "data[*].f", "{'data':[{'f':[1,2]},{'f':[3,4]}]}");
    assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L)), s.baselineRows());
  }

  @Test
  void stringIsAFileRelativeToTheConfig() {
    ShapConfig s = shap("text/csv", null, "'base/b.csv'");
    assertEquals(dir.resolve("base/b.csv").toAbsolutePath(), s.baselineFile());
    assertNull(s.baselineRows());
  }

  @Test
  void malformedBaselinesAreSchemaProblems() {
    ConfigException e =
        new ConfigFixture(dir)
            .fail(
                "{'dataset_type':'text/csv','dataset_uri':'d','methods':{'shap':{'baseline':[1]}},"
                    + "'local':{'command':['m']}}");
    assertEquals(
        List.of("/methods/shap/baseline/0: expected an array of feature values, got integer"),
        e.details());
    ConfigException empty =
        new ConfigFixture(dir)
            .fail(
                "{'dataset_type':'text/csv','dataset_uri':'d','methods':{'shap':{'baseline':[]}},"
                    + "'local':{'command':['m']}}");
    assertEquals(
        List.of("/methods/shap/baseline: baseline has no rows; give at least one row or omit it"),
        empty.details());
    ConfigException lines =
        new ConfigFixture(dir)
            .fail(
                "{'dataset_type':'application/jsonlines','dataset_uri':'d','features':'f',"
                    + "'methods':{'shap':{'baseline':[{'g':[1]}]}},'local':{'command':['m']},"
                    + "'predictor':{'content_template':'$features'}}");
    assertEquals(
        List.of("/methods/shap/baseline/0: features JMESPath f does not yield an array of values"),
        lines.details());
  }
}
