package dev.fairness.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {

  /** A post-training result with confusion counts tp, fp, fn, tn and one DI and DPPL value. */
  private static AnalysisResult result(int tp, int fp, int fn, int tn, Double di, double dppl) {
    double n = tp + fp + fn + tn;
    ModelPerformance perf =
        new ModelPerformance(
            List.of(), new double[] {tp / n, fp / n, fn / n, tn / n}, List.of(), new double[0][]);
    Map<String, List<FacetGroupResult>> facets = new LinkedHashMap<>();
    MetricValue diValue =
        di == null
            ? MetricValue.failed("DI", "DI", "Value is undefined")
            : MetricValue.of("DI", "DI", di);
    facets.put(
        "Sex",
        List.of(
            new FacetGroupResult(
                "Female", List.of(diValue, MetricValue.of("DPPL", "DPPL", dppl)), null),
            new FacetGroupResult(
                "Male",
                List.of(MetricValue.of("DI", "DI", 1.0), MetricValue.of("DPPL", "DPPL", -0.05)),
                null)));
    return new AnalysisResult(null, new BiasReport("Target", "1", facets, perf), null, null);
  }

  @Test
  void performanceFromTheConfusionMatrix() {
    ModelComparison c =
        ModelComparison.of(
            List.of("a"),
            List.of(result(30, 10, 20, 40, 0.5, 0.2)),
            List.of("DI"),
            "accuracy",
            "DI");
    ModelComparison.Entry e = c.models().get(0);
    assertEquals(0.7, e.accuracy(), 1e-15);
    assertEquals(0.4, e.selectionRate(), 1e-15);
    assertEquals((30.0 / 50 + 40.0 / 50) / 2, e.balancedAccuracy(), 1e-15);
    assertEquals(0.5, e.disparity(), 1e-15, "1 - min(0.5, 2)");
    assertEquals(2, e.values().size());
  }

  @Test
  void diDisparityIsSymmetricAroundParity() {
    assertEquals(0.2, ModelComparison.disparity("DI", 0.8), 1e-15);
    assertEquals(0.2, ModelComparison.disparity("DI", 1.25), 1e-15);
    assertEquals(1.0, ModelComparison.disparity("DI", 0.0), 0.0);
    assertEquals(1.0, ModelComparison.disparity("DI", Double.POSITIVE_INFINITY), 0.0);
    assertEquals(0.3, ModelComparison.disparity("DPPL", -0.3), 0.0);
  }

  @Test
  void paretoFrontAndRanking() {
    ModelComparison c =
        ModelComparison.of(
            List.of("gbm", "lr", "bad", "broken"),
            List.of(
                result(45, 5, 5, 45, 0.6, 0.30), // accuracy 0.9, |DPPL| 0.30
                result(40, 10, 10, 40, 0.9, 0.10), // 0.8, 0.10
                result(35, 15, 15, 35, 0.9, 0.20), // 0.7, 0.20: dominated by lr
                result(40, 10, 10, 40, null, 0.10)),
            List.of("DI", "DPPL"),
            "accuracy",
            "DPPL");
    assertEquals(List.of("gbm", "lr", "broken"), c.paretoOptimal());
    assertEquals(
        List.of("gbm", "lr", "broken", "bad"), c.ranked().stream().map(e -> e.name()).toList());
    ModelComparison d =
        ModelComparison.of(
            List.of("x", "y"),
            List.of(result(40, 10, 10, 40, null, 0.1), result(40, 10, 10, 40, 0.9, 0.1)),
            List.of("DI"),
            "balanced_accuracy",
            "DI");
    assertEquals(0.0, d.models().get(0).disparity(), 0.0, "the failed group is skipped");
    assertEquals(0.1, d.models().get(1).disparity(), 1e-15);
    assertEquals(List.of("x"), d.paretoOptimal(), "same balanced accuracy, smaller disparity");
  }
}
