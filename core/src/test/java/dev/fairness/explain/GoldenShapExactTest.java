package dev.fairness.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.RunLog;
import dev.fairness.result.ShapLabelResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared golden case {@code shap_exact} (copied into {@code testdata/shap}). */
class GoldenShapExactTest {

  static final Path DIR = Path.of(System.getProperty("testdata.dir", "../testdata"), "shap");

  /** A parsed CSV of numbers: header and rows. */
  record Csv(List<String> header, List<double[]> rows) {}

  static Csv csv(String file) throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
    List<double[]> rows = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      if (!l.isBlank()) {
        String[] cells = l.split(",");
        double[] v = new double[cells.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = Double.parseDouble(cells[i]);
        }
        rows.add(v);
      }
    }
    return new Csv(List.of(lines.get(0).split(",")), rows);
  }

  /** Returns rows of Longs (the features are label-encoded integers). */
  static List<Object[]> longs(List<double[]> rows) {
    List<Object[]> out = new ArrayList<>();
    for (double[] r : rows) {
      Object[] o = new Object[r.length];
      for (int i = 0; i < r.length; i++) {
        o[i] = (long) r[i];
      }
      out.add(o);
    }
    return out;
  }

  static BatchScorer logisticModel() throws IOException {
    JsonNode model = new ObjectMapper().readTree(DIR.resolve("model.json").toFile());
    double[] w = new double[model.get("weights").size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = model.get("weights").get(i).asDouble();
    }
    double b = model.get("bias").asDouble();
    return Scorers.of(
        z -> {
          double t = b;
          for (int i = 0; i < w.length; i++) {
            t += w[i] * z[i];
          }
          return Scorers.sigmoid(t);
        });
  }

  static final class Capture implements LocalShapSink {
    final List<double[]> phis = new ArrayList<>();

    @Override
    public void begin(List<String> labelKeys) {}

    @Override
    public void accept(int rowIndex, double[][] phi) {
      phis.add(phi[0]);
    }
  }

  record Outcome(ShapRun run, List<double[]> phis) {}

  static Outcome run(String baselineFile, boolean logit, Integer numSamples, int chunk)
      throws IOException {
    Csv rows = csv("rows.csv");
    Csv base = csv(baselineFile);
    ShapOptions o =
        new ShapOptions(numSamples, logit, 0L, null, L1Regularization.OFF, "mean_abs", null, chunk);
    Capture sink = new Capture();
    ShapRun run =
        new KernelShapExplainer(logisticModel(), o, RunLog.silent())
            .explain(
                rows.header(),
                FeatureRows.of(longs(rows.rows())),
                new Baseline(longs(base.rows())),
                sink);
    return new Outcome(run, sink.phis);
  }

  static void assertExact(String baselineFile, boolean logit, String expectedFile)
      throws IOException {
    Outcome out = run(baselineFile, logit, 16384, ShapOptions.DEFAULT_CHUNK_ROWS);
    Csv expected = csv(expectedFile);
    int f = 14;
    double[] meanAbs = new double[f];
    for (int r = 0; r < 50; r++) {
      double[] e = expected.rows().get(r);
      double[] phi = out.phis().get(r);
      double sum = 0;
      for (int i = 0; i < f; i++) {
        assertEquals(e[1 + i], phi[i], 1e-9, "row " + r + " feature " + i);
        meanAbs[i] += Math.abs(e[1 + i]) / 50;
        sum += phi[i];
      }
      double prediction = e[1 + f];
      double target = prediction; // expected_logit.csv holds logit(prediction) already
      double expectedValue = out.run().kernelShap().get("label0").expectedValue();
      assertEquals(e[2 + f], expectedValue, 1e-12);
      assertEquals(target, sum + expectedValue, 1e-9, "efficiency row " + r);
    }
    ShapLabelResult global = out.run().kernelShap().get("label0");
    for (int i = 0; i < f; i++) {
      assertEquals(meanAbs[i], global.globalShapValues().get(expected.header().get(1 + i)), 1e-9);
    }
    assertEquals(List.of("label0"), out.run().labelKeys());
  }

  @Test
  void probabilityExact() throws IOException {
    assertExact("baseline.csv", false, "expected_probability.csv");
  }

  @Test
  void logitExact() throws IOException {
    assertExact("baseline.csv", true, "expected_logit.csv");
  }

  @Test
  void threeBaselineRowsExact() throws IOException {
    assertExact("baseline_3rows.csv", false, "expected_probability_3rows.csv");
  }

  @Test
  void sampledStaysClose() throws IOException {
    Outcome out = run("baseline.csv", false, null, ShapOptions.DEFAULT_CHUNK_ROWS);
    // row 0 varies in 10 features (2^10 - 2 = 1022); the 14 rows with 12 or 13 are sampled
    assertEquals(1022, out.run().firstNumSamples());
    Csv expected = csv("expected_probability.csv");
    double worst = 0;
    for (int r = 0; r < 50; r++) {
      double sum = 0;
      for (int i = 0; i < 14; i++) {
        worst = Math.max(worst, Math.abs(expected.rows().get(r)[1 + i] - out.phis().get(r)[i]));
        sum += out.phis().get(r)[i];
      }
      double expectedValue = out.run().kernelShap().get("label0").expectedValue();
      assertEquals(expected.rows().get(r)[15], sum + expectedValue, 1e-9);
    }
    assertTrue(worst < 1e-2, "worst error " + worst);
  }

  static String outCsv(Integer numSamples, int chunk, long seed) throws IOException {
    Csv rows = csv("rows.csv");
    Csv base = csv("baseline_3rows.csv");
    ShapOptions o =
        new ShapOptions(
            numSamples, false, seed, null, L1Regularization.OFF, "mean_abs", null, chunk);
    StringWriter w = new StringWriter();
    new KernelShapExplainer(logisticModel(), o, RunLog.silent())
        .explain(
            rows.header(),
            FeatureRows.of(longs(rows.rows())),
            new Baseline(longs(base.rows())),
            new ShapCsvWriter(w, rows.header(), null));
    return w.toString();
  }

  @Test
  void sameSeedGivesIdenticalOutCsvWhateverTheChunkSize() throws IOException {
    String a = outCsv(null, ShapOptions.DEFAULT_CHUNK_ROWS, 7);
    String b = outCsv(null, ShapOptions.DEFAULT_CHUNK_ROWS, 7);
    String c = outCsv(null, 1, 7);
    String d = outCsv(null, 10_000, 7);
    assertArrayEquals(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    assertEquals(a, c);
    assertEquals(a, d);
    assertTrue(a.startsWith("Age_label0,Workclass_label0,"));
    assertEquals(51, a.split("\n").length);
    String other = outCsv(null, ShapOptions.DEFAULT_CHUNK_ROWS, 8);
    assertTrue(!a.equals(other), "another seed samples other coalitions");
  }
}
