package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.result.AnalysisResult;
import dev.fairness.result.Explanations;
import dev.fairness.result.ShapLabelResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Model Monitor's constraint_violations.json layout (docs/monitoring.md cites the AWS pages). */
class ConstraintViolationsWriterTest {

  private static Explanations shap(double age, double sex, double race) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("Age", age);
    values.put("Sex", sex);
    values.put("Race", race);
    return new Explanations(Map.of("label0", new ShapLabelResult(values, 0.2)), null, null, 0);
  }

  @Test
  void everyKindOfViolationInModelMonitorsLayout() {
    AnalysisResult base =
        GateFixtures.result(
            "Sex",
            "Female",
            null,
            List.of(GateFixtures.value("DI", 0.875), GateFixtures.value("DPPL", 0.1)));
    AnalysisResult cur =
        GateFixtures.result(
            "Sex",
            "Female",
            null,
            List.of(
                GateFixtures.value("DI", 0.625), GateFixtures.error("DPPL", "Denominator is 0")));
    base = new AnalysisResult(base.preTraining(), base.postTraining(), shap(0.3, 0.2, 0.1), null);
    cur = new AnalysisResult(cur.preTraining(), cur.postTraining(), shap(0.1, 0.2, 0.3), null);
    BiasComparison c =
        BiasComparison.compare(
            base,
            cur,
            ChangeLimits.parse(List.of("DI=0.1")),
            List.of(Assertion.parse("post.DI >= 0.8")),
            0.9);
    String expectedNdcg =
        Double.toString(Ndcg.score(new double[] {0.3, 0.2, 0.1}, new double[] {0.1, 0.2, 0.3}));
    assertEquals(
        "{\n"
            + "    \"version\": \"1.0\",\n"
            + "    \"violations\": [\n"
            + "        {\n"
            + "            \"facet\": \"Sex\",\n"
            + "            \"facet_value\": \"Female\",\n"
            + "            \"metric_name\": \"DI\",\n"
            + "            \"constraint_check_type\": \"bias_drift_check\",\n"
            + "            \"description\": \"Value 0.625 does not meet the constraint requirement:"
            + " change -0.25 exceeds the limit ±0.1 (baseline 0.875, current 0.625)\"\n"
            + "        },\n"
            + "        {\n"
            + "            \"facet\": \"Sex\",\n"
            + "            \"facet_value\": \"Female\",\n"
            + "            \"metric_name\": \"DPPL\",\n"
            + "            \"constraint_check_type\": \"bias_drift_check\",\n"
            + "            \"description\": \"The metric does not meet the constraint requirement:"
            + " error in the current analysis: Denominator is 0 (baseline 0.1)\"\n"
            + "        },\n"
            + "        {\n"
            + "            \"facet\": \"Sex\",\n"
            + "            \"facet_value\": \"Female\",\n"
            + "            \"metric_name\": \"DI\",\n"
            + "            \"constraint_check_type\": \"bias_drift_check\",\n"
            + "            \"description\": \"Value 0.625 does not meet the constraint requirement:"
            + " violates post.DI >= 0.8\"\n"
            + "        },\n"
            + "        {\n"
            + "            \"label\": \"label0\",\n"
            + "            \"metric_name\": \"shap\",\n"
            + "            \"constraint_check_type\": \"feature_attribution_drift_check\",\n"
            + "            \"description\": \"Feature attribution drift "
            + expectedNdcg
            + " exceeds threshold 0.9\"\n"
            + "        }\n"
            + "    ]\n"
            + "}\n",
        new ConstraintViolationsWriter().toJson(c));
  }

  @Test
  void noViolationsGiveAnEmptyList() {
    AnalysisResult r =
        GateFixtures.result("Sex", "Female", null, List.of(GateFixtures.value("DI", 0.9)));
    BiasComparison c = BiasComparison.compare(r, r, ChangeLimits.none(), List.of());
    assertEquals(
        "{\n    \"version\": \"1.0\",\n    \"violations\": [ ]\n}\n",
        new ConstraintViolationsWriter().toJson(c));
  }
}
