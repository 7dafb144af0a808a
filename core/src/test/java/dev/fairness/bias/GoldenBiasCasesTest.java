package dev.fairness.bias;

import static dev.fairness.bias.Expect.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.RunLog;
import dev.fairness.data.Table;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.GroupStats;
import dev.fairness.result.MetricValue;
import dev.fairness.result.ModelPerformance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The golden bias cases in {@code testdata/cases/} (data in {@code testdata/datasets/}):
 * smclarify's values (relative 1e-9), error texts, basic statistics and model performance.
 */
class GoldenBiasCasesTest {

  static final double REL = 1e-9;

  static Path dir(String name) {
    String base = System.getProperty("testdata.dir", "../testdata");
    return Path.of(base, "cases", name);
  }

  @ParameterizedTest
  @CsvSource({
    "a_sex_female, adult_test_with_predictions.csv, Target, predicted_label, Sex, Age",
    "d_tiny20, tiny20.csv, label, pred, sex, grp"
  })
  void matchesSmclarify(
      String name, String csv, String label, String predicted, String facet, String group)
      throws IOException {
    JsonNode exp = new ObjectMapper().readTree(dir(name).resolve("expected.json").toFile());
    Table t = TestCsv.read(dir(name).resolve("../../datasets").resolve(csv).normalize());
    List<Object> labelValues = values(exp.get("label_values_or_threshold"));
    JsonNode fx = exp.get("facets").get(0);
    List<String> ft = new ArrayList<>(t.columnNames());
    ft.remove(label);
    ft.remove(predicted);
    BiasResults r =
        BiasAnalysis.run(
            new BiasInputs(
                t,
                label,
                labelValues,
                t.column(predicted),
                List.of(new BiasInputs.Facet(facet, values(fx.get("value_or_threshold")))),
                group,
                ft,
                SpecVectorsTest.ALL_PRE,
                SpecVectorsTest.ALL_POST),
            RunLog.silent());
    assertEquals(exp.get("label_value_or_threshold").asText(), r.pre().labelValueOrThreshold());
    assertEquals(exp.get("label_value_or_threshold").asText(), r.post().labelValueOrThreshold());
    JsonNode groups = fx.get("groups");
    assertEquals(groups.size(), r.pre().facets().get(facet).size());
    for (JsonNode g : groups) {
      String value = g.get("value_or_threshold").asText();
      FacetGroupResult pre = Expect.group(r.pre(), facet, value);
      FacetGroupResult post = Expect.group(r.post(), facet, value);
      compare(g.get("pre_training"), g.get("errors"), pre, 8);
      compare(g.get("post_training"), g.get("errors"), post, 13);
      JsonNode bs = g.get("basic_stats");
      GroupStats s = post.stats();
      close(bs.get("proportion").asDouble(), s.proportion(), REL, "proportion");
      double[] old = {s.labelPositiveRateD(), 1 - s.labelPositiveRateD()};
      compareArray(bs.get("observed_label_distribution"), old, "observed_label_distribution");
      compareArray(bs.get("confusion_matrix"), s.confusionMatrixD(), "confusion_matrix");
      assertNull(pre.stats().confusionMatrixD());
      close(bs.get("proportion").asDouble(), pre.stats().proportion(), REL, "pre proportion");
    }
    comparePerformance(exp.get("model_performance"), r.post());
  }

  static void compare(JsonNode values, JsonNode errors, FacetGroupResult g, int count) {
    assertEquals(count, g.metrics().size());
    for (MetricValue m : g.metrics()) {
      if (values.has(m.name())) {
        assertNull(m.error(), m.name() + " error");
        close(number(values.get(m.name())), m.value(), REL, m.name());
      } else {
        assertNotNull(errors, "expected error for " + m.name());
        assertEquals(errors.get(m.name()).asText(), m.error(), m.name());
        assertNull(m.value());
      }
    }
  }

  static void comparePerformance(JsonNode exp, BiasReport post) {
    ModelPerformance p = post.performance();
    assertNotNull(p);
    JsonNode metrics = exp.get("metrics");
    Iterator<Map.Entry<String, JsonNode>> it = metrics.fields();
    int i = 0;
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      assertEquals(e.getKey(), p.metrics().get(i).name());
      close(e.getValue().asDouble(), p.metrics().get(i).value(), REL, e.getKey());
      i++;
    }
    assertEquals(i, p.metrics().size());
    compareArray(exp.get("binary_confusion_matrix"), p.binaryConfusionMatrix(), "binary");
    JsonNode cm = exp.get("confusion_matrix");
    List<String> labels = new ArrayList<>();
    cm.fieldNames().forEachRemaining(labels::add);
    assertEquals(labels, p.classLabels());
    for (int r = 0; r < labels.size(); r++) {
      for (int c = 0; c < labels.size(); c++) {
        assertEquals(
            cm.get(labels.get(r)).get(labels.get(c)).asDouble(), p.classCounts()[r][c], 0.0);
      }
    }
  }

  static void compareArray(JsonNode exp, double[] actual, String what) {
    assertEquals(exp.size(), actual.length, what);
    for (int i = 0; i < actual.length; i++) {
      close(exp.get(i).asDouble(), actual[i], REL, what + "[" + i + "]");
    }
  }

  static double number(JsonNode n) {
    if (n.isTextual()) {
      return n.asText().startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return n.asDouble();
  }

  static List<Object> values(JsonNode arr) {
    List<Object> out = new ArrayList<>();
    for (JsonNode v : arr) {
      if (v.isIntegralNumber()) {
        out.add(v.asLong());
      } else if (v.isNumber()) {
        out.add(v.asDouble());
      } else if (v.isBoolean()) {
        out.add(v.asBoolean());
      } else {
        out.add(v.asText());
      }
    }
    return out;
  }
}
