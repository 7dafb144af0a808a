package dev.fairness.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.fairness.RunLog;
import dev.fairness.config.ColumnRef;
import dev.fairness.config.PdpConfig;
import dev.fairness.data.Table;
import dev.fairness.result.PdpResult;
import dev.fairness.result.ShapLabelResult;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SHAP and PDP numbers of the worked example of spec §9.3 (data: spec §5.5 V3). */
class WorkedExampleTest {

  /** The 24 rows of spec §5.5 V3, from the one copy in testdata. */
  static final String V3 = readV3();

  private static String readV3() {
    try {
      return java.nio.file.Files.readString(
          java.nio.file.Path.of(
              System.getProperty("testdata.dir", "../testdata"), "cases/v3_worked_example/v3.csv"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static final List<String> FEATURES = List.of("x", "z", "a", "b", "c", "d");

  /** The toy model σ(0.5·x − c + 0.25·z) on rows x,z,a,b,c,d. */
  static final BatchScorer TOY = Scorers.of(z -> Scorers.sigmoid(0.5 * z[0] - z[4] + 0.25 * z[1]));

  @Test
  void shapGlobalLocalAndBaseline() {
    Table table = TestColumn.table(V3);
    Baseline baseline =
        Baseline.ofRows(List.of(Arrays.asList(0L, 0L, 0L, false, 0L, 0L)), FEATURES.size());
    StringWriter out = new StringWriter();
    ShapRun run =
        new KernelShapExplainer(TOY, ShapOptions.defaults(), RunLog.silent())
            .explain(
                FEATURES,
                FeatureRows.of(table, FEATURES, -1),
                baseline,
                new ShapCsvWriter(out, FEATURES, null));
    ShapLabelResult r = run.kernelShap().get("label0");
    assertEquals(0.5, r.expectedValue(), 1e-15);
    Map<String, Double> g = r.globalShapValues();
    assertEquals(List.copyOf(g.keySet()), FEATURES);
    assertEquals(0.18343705808883337, g.get("x"), 1e-12);
    assertEquals(0.02286954415421079, g.get("z"), 1e-12);
    assertEquals(0.0, g.get("a"));
    assertEquals(0.0, g.get("b"));
    assertEquals(0.16575088135521895, g.get("c"), 1e-12);
    assertEquals(0.0, g.get("d"));
    assertEquals(24, run.explainedRecords());

    String[] lines = out.toString().split("\n");
    assertEquals("x_label0,z_label0,a_label0,b_label0,c_label0,d_label0", lines[0]);
    assertRow(lines[1], 0.0, 0.0, 0.0, 0.0, -0.2310585786300049, 0.0);
    assertRow(lines[2], 0.31757447619364365, 0.0, 0.0, 0.0, 0.0, 0.0);
    assertRow(lines[3], 0.3036753886380781, 0.048277413330232506, 0.0, 0.0, 0.0, 0.0);

    StringWriter b = new StringWriter();
    BaselineCsvWriter.write(b, FEATURES, baseline);
    assertEquals("x,z,a,b,c,d\n0,0,0,False,0,0\n", b.toString());
  }

  static void assertRow(String line, double... expected) {
    String[] cells = line.split(",");
    assertEquals(expected.length, cells.length);
    for (int i = 0; i < cells.length; i++) {
      double v = Double.parseDouble(cells[i]);
      assertEquals(expected[i], v, Math.abs(expected[i]) * 1e-12, "cell " + i + " of " + line);
      if (expected[i] == 0) {
        assertEquals("0.0", cells[i]);
      }
    }
  }

  @Test
  void pdpOfX() {
    Table table = TestColumn.table(V3);
    PdpConfig config = new PdpConfig(4, List.of(ColumnRef.ofName("x")), 10);
    List<Integer> features = PartialDependence.chooseFeatures(config, FEATURES, null);
    assertEquals(List.of(0), features);
    List<PdpResult> pdp =
        new PartialDependence(TOY, RunLog.silent())
            .compute(table, FEATURES, features, 4, 2000, 0L, null);
    assertEquals(1, pdp.size());
    PdpResult p = pdp.get(0);
    assertEquals("x", p.featureName());
    assertEquals("numerical", p.dataType());
    assertEquals(List.of(0.5, 1.5, 2.5, 3.5), p.featureValues());
    assertEquals(List.of(0.4583333333333333, 0.0, 0.0, 0.5416666666666666), p.dataDistribution());
    double[] expected = {
      0.4052386036216938, 0.522782096819684, 0.6385741600109067, 0.7411093908824141
    };
    for (int i = 0; i < 4; i++) {
      assertEquals(expected[i], p.modelPredictions().get(0).get(i), 1e-12);
    }
    assertEquals(List.of("label0"), p.labelHeaders());
    assertNull(p.error());
  }
}
