package dev.fairness.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.RunLog;
import dev.fairness.config.PdpConfig;
import dev.fairness.data.Column;
import dev.fairness.data.Table;
import dev.fairness.result.PdpResult;
import dev.fairness.result.ShapLabelResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartialDependenceTest {

  @Test
  void categoricalGridByFrequencyThenFirstAppearance() {
    List<Object> colour = Arrays.asList("b", "a", "a", null, "c", "b", "c", "a");
    List<Object> n = new ArrayList<>();
    for (int i = 0; i < colour.size(); i++) {
      n.add((long) i);
    }
    Table t =
        new Table(
            "t",
            8,
            List.of("colour", "n"),
            List.<Column>of(TestColumn.of("colour", colour), TestColumn.of("n", n)));
    BatchScorer s =
        rows -> {
          double[][] out = new double[rows.size()][];
          for (int r = 0; r < rows.size(); r++) {
            Object c = rows.get(r)[0];
            double v = "a".equals(c) ? 1 : "b".equals(c) ? 2 : 3;
            out[r] = new double[] {v, -v};
          }
          return out;
        };
    List<PdpResult> res =
        new PartialDependence(s, RunLog.silent())
            .compute(t, List.of("colour", "n"), List.of(0), 15, 5, 1L, List.of("up", "down"));
    PdpResult p = res.get(0);
    assertEquals("categorical", p.dataType());
    assertEquals(List.of("a", "b", "c"), p.featureValues());
    assertEquals(List.of(3 / 7.0, 2 / 7.0, 2 / 7.0), p.dataDistribution());
    assertEquals(List.of(List.of(1.0, 2.0, 3.0), List.of(-1.0, -2.0, -3.0)), p.modelPredictions());
    assertEquals(List.of("up", "down"), p.labelHeaders());
  }

  @Test
  void freeTextIsAnError() {
    List<Object> text = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      text.add("t" + i);
    }
    Table t = new Table("t", 1001, List.of("text"), List.<Column>of(TestColumn.of("text", text)));
    PdpResult p =
        new PartialDependence(Scorers.of(z -> 0), RunLog.silent())
            .compute(t, List.of("text"), List.of(0), 15, 10, 0L, null)
            .get(0);
    assertEquals("free_text", p.dataType());
    assertEquals(PartialDependence.FREE_TEXT_ERROR, p.error());
  }

  @Test
  void topKByFirstLabelKeyTiesByFeatureOrder() {
    Map<String, Double> g = new LinkedHashMap<>();
    g.put("a", 0.1);
    g.put("b", 0.3);
    g.put("c", 0.1);
    g.put("d", 0.2);
    Map<String, ShapLabelResult> shap = new LinkedHashMap<>();
    shap.put("label0", new ShapLabelResult(g, 0.5));
    shap.put("label1", new ShapLabelResult(Map.of("a", 9.0), 0.5));
    List<Integer> chosen =
        PartialDependence.chooseFeatures(
            new PdpConfig(15, List.of(), 3), List.of("a", "b", "c", "d"), shap);
    assertEquals(List.of(0, 1, 3), chosen);
  }
}
