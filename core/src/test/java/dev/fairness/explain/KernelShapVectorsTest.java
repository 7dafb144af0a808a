package dev.fairness.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.RunLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test vectors of spec §6.10. */
class KernelShapVectorsTest {

  static final class Collect implements LocalShapSink {
    final List<double[][]> phis = new ArrayList<>();

    @Override
    public void begin(List<String> labelKeys) {}

    @Override
    public void accept(int rowIndex, double[][] phi) {
      phis.add(phi);
    }
  }

  static double[] explainOne(
      BatchScorer scorer, double[] x, boolean logit, ShapOptions base, double[]... baseline) {
    ShapOptions o =
        new ShapOptions(
            base.numSamples(),
            logit,
            base.seed(),
            null,
            L1Regularization.OFF,
            "mean_abs",
            null,
            base.chunkRows());
    Collect sink = new Collect();
    int f = x.length;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < f; i++) {
      names.add("f" + i);
    }
    ShapRun run =
        new KernelShapExplainer(scorer, o, RunLog.silent())
            .explain(
                names, FeatureRows.of(Scorers.rows(x)), new Baseline(Scorers.rows(baseline)), sink);
    double[] phi = sink.phis.get(0)[0];
    double[] out = java.util.Arrays.copyOf(phi, f + 1);
    out[f] = run.kernelShap().get("label0").expectedValue();
    return out;
  }

  static void assertVector(double[] expected, double[] actual, double tol) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], tol, "index " + i);
    }
  }

  static final BatchScorer PRODUCT = Scorers.of(z -> z[0] * z[1] + 2 * z[2]);
  static final BatchScorer LOGISTIC =
      Scorers.of(z -> Scorers.sigmoid(0.5 * z[0] - 0.25 * z[1] + z[2] * z[3]));

  @Test
  void productOneBaselineRow() {
    double[] r =
        explainOne(PRODUCT, new double[] {1, 2, 3}, false, ShapOptions.defaults(), new double[3]);
    assertVector(new double[] {1, 1, 6, 0}, r, 1e-12);
  }

  @Test
  void productTwoBaselineRows() {
    double[] r =
        explainOne(
            PRODUCT,
            new double[] {1, 2, 3},
            false,
            ShapOptions.defaults(),
            new double[3],
            new double[] {1, 1, 1});
    assertVector(new double[] {0.5, 1, 5, 1.5}, r, 1e-12);
  }

  @Test
  void logisticIdentity() {
    double[] r =
        explainOne(
            LOGISTIC,
            new double[] {1, 2, 0.5, 1},
            false,
            ShapOptions.defaults(),
            new double[4],
            new double[] {1, 0, 1, 0});
    assertVector(
        new double[] {
          0.060652162110356324,
          -0.11542152063133951,
          0.004727796608231028,
          0.11127122751367952,
          0.5612296656009272
        },
        r,
        1e-12);
  }

  @Test
  void logisticLogit() {
    double[] r =
        explainOne(
            LOGISTIC,
            new double[] {1, 2, 0.5, 1},
            true,
            ShapOptions.defaults(),
            new double[4],
            new double[] {1, 0, 1, 0});
    assertVector(
        new double[] {
          0.2557933524932867,
          -0.4896468296164882,
          0.021060654553064766,
          0.46663873463999206,
          0.24615408793014476
        },
        r,
        1e-12);
  }

  static final BatchScorer TWELVE =
      Scorers.of(
          z -> {
            double s = z[0] * z[1];
            for (int i = 0; i < 12; i++) {
              s += (i + 1) * z[i];
            }
            return s;
          });

  @Test
  void twelveFeaturesSampled() {
    double[] x = new double[12];
    java.util.Arrays.fill(x, 1);
    double[] r = explainOne(TWELVE, x, false, ShapOptions.defaults(), new double[12]);
    double sum = 0;
    for (int i = 0; i < 12; i++) {
      double exact = i == 0 ? 1.5 : i == 1 ? 2.5 : i + 1;
      assertEquals(exact, r[i], 0.05, "feature " + i);
      sum += r[i];
    }
    assertEquals(79, sum, 1e-9);
  }
}
