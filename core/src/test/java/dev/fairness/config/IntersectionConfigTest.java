package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intersectional facet entries and {@code methods.group_metrics} (issue 17). */
class IntersectionConfigTest {

  @TempDir Path dir;

  private static String config(String facets, String methods) {
    return "{'dataset_type':'text/csv','dataset_uri':'data.csv','label':'y',"
        + "'label_values_or_threshold':[1],'predicted_label':'p','facet':"
        + facets
        + ",'methods':"
        + methods
        + "}";
  }

  @Test
  void readsMembersAndCombinations() {
    AnalysisConfig c =
        new ConfigFixture(dir)
            .load(
                config(
                    "[{'name_or_index':['sex',2],'value_or_threshold':[['F',40],['M',50.5]]},"
                        + "{'name_or_index':'sex'}]",
                    "{'group_metrics':{'metrics':['precision','selection_rate']}}"));
    FacetConfig f = c.facets().get(0);
    assertEquals(List.of(ColumnRef.ofName("sex"), ColumnRef.ofIndex(2)), f.members());
    assertEquals(List.of(List.of("F", 40L), List.of("M", 50.5)), f.combinations());
    assertEquals(List.of(), c.facets().get(1).members());
    // output order, not request order
    assertEquals(List.of("selection_rate", "precision"), c.methods().groupMetrics());
    assertNull(c.methods().postTraining());
  }

  @Test
  void groupMetricsAloneDefaultToEveryMetric() {
    AnalysisConfig c =
        new ConfigFixture(dir).load(config("[{'name_or_index':'sex'}]", "{'group_metrics':{}}"));
    assertEquals(GroupMetricNames.IDS, c.methods().groupMetrics());
  }

  @Test
  void collectsEveryIntersectionProblem() {
    ConfigException e =
        new ConfigFixture(dir)
            .fail(
                config(
                    "[{'name_or_index':['sex']},{'name_or_index':['sex','sex']},"
                        + "{'name_or_index':['sex','race'],'value_or_threshold':['F','B']},"
                        + "{'name_or_index':['sex','race'],'value_or_threshold':[['F']]}]",
                    "{'group_metrics':{'metrics':['recall']}}"));
    assertEquals(
        List.of(
            "/facet/0/name_or_index: an intersection needs two or more columns; give one column as"
                + " a string",
            "/facet/1/name_or_index: column sex is named twice; name each column once",
            "/facet/2/value_or_threshold/0: expected an array of 2 values, one per column of"
                + " name_or_index; got \"F\"",
            "/facet/3/value_or_threshold/0: expected an array of 2 values, one per column of"
                + " name_or_index; got [\"F\"]",
            "/methods/group_metrics/metrics/0: unknown group metric \"recall\"; give names from"
                + " [count, selection_rate, accuracy, true_positive_rate, false_positive_rate,"
                + " false_negative_rate, true_negative_rate, precision]"),
        e.details());
  }

  @Test
  void groupMetricsWithoutPredictionsNeedAModel() {
    ConfigException e =
        new ConfigFixture(dir)
            .fail(
                "{'dataset_type':'text/csv','dataset_uri':'data.csv','label':'y',"
                    + "'label_values_or_threshold':[1],'facet':[{'name_or_index':'sex'}],"
                    + "'methods':{'group_metrics':{}}}");
    assertEquals(
        "model_config must be provided when `predicted_label_dataset_uri` or"
            + " `predicted_label` are not provided in data_config.",
        e.getMessage());
  }
}
