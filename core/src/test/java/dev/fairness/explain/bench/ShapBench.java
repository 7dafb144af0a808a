package dev.fairness.explain.bench;

import dev.fairness.RunLog;
import dev.fairness.explain.Baseline;
import dev.fairness.explain.BatchScorer;
import dev.fairness.explain.FeatureRows;
import dev.fairness.explain.KernelShapExplainer;
import dev.fairness.explain.L1Regularization;
import dev.fairness.explain.LocalShapSink;
import dev.fairness.explain.ShapOptions;
import dev.fairness.explain.ShapRun;
import dev.fairness.text.ValueText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Kernel SHAP benchmark (not a test). Two workloads:
 *
 * <ul>
 *   <li>{@code adult} (default): N records x 14 label-encoded Adult features (the 50 rows of
 *       testdata/shap/rows.csv, cycled), one baseline row, default num_samples, the logistic model
 *       of testdata/shap/model.json in process.
 *   <li>{@code peer}: the synthetic data, linear model, background and sample budget of the
 *       TrustyAI peer of the shared anchor folder (anchor/trustyai) (peer.TrustyPeer, same
 *       java.util.Random sequence), with the max error against the exact linear attributions.
 * </ul>
 *
 * <p>{@code --scorer csv} renders every row to CSV text and parses it back before scoring, a
 * stand-in for the encoding work of a real transport. Usage: {@code ShapBench [adult|peer] [--rows
 * N] [--features F] [--explain E] [--background B] [--nsamples S] [--repeat R] [--chunk C]
 * [--scorer plain|csv] [--testdata DIR]}.
 */
public final class ShapBench {

  private ShapBench() {}

  public static void main(String[] args) throws IOException {
    String mode = args.length > 0 && !args[0].startsWith("--") ? args[0] : "adult";
    int rows = 2000;
    int features = 8;
    int explain = 20;
    int background = 100;
    Integer nsamples = null;
    int repeat = 3;
    int chunk = ShapOptions.DEFAULT_CHUNK_ROWS;
    String scorerKind = "plain";
    String testdata = "testdata";
    for (int i = mode.equals(args.length > 0 ? args[0] : "") ? 1 : 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--rows" -> rows = Integer.parseInt(v);
        case "--features" -> features = Integer.parseInt(v);
        case "--explain" -> explain = Integer.parseInt(v);
        case "--background" -> background = Integer.parseInt(v);
        case "--nsamples" -> nsamples = Integer.parseInt(v);
        case "--repeat" -> repeat = Integer.parseInt(v);
        case "--chunk" -> chunk = Integer.parseInt(v);
        case "--scorer" -> scorerKind = v;
        case "--testdata" -> testdata = v;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (mode.equals("peer")) {
      peer(rows, features, explain, background, nsamples, repeat, chunk, scorerKind);
    } else {
      adult(Path.of(testdata, "shap"), rows, nsamples, repeat, chunk, scorerKind);
    }
  }

  static void adult(Path dir, int n, Integer nsamples, int repeat, int chunk, String kind)
      throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("rows.csv"));
    List<String> names = List.of(lines.get(0).split(","));
    List<Object[]> golden = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      golden.add(longs(l));
    }
    List<Object[]> records = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      records.add(golden.get(r % golden.size()));
    }
    Object[] base = longs(Files.readAllLines(dir.resolve("baseline.csv")).get(1));
    String model = Files.readString(dir.resolve("model.json"));
    double[] w = numbers(model.substring(model.indexOf("\"weights\"")), 14);
    double b = numbers(model.substring(model.indexOf("\"bias\"")), 1)[0];
    BatchScorer scorer = scorer(kind, w, b, true);
    System.out.printf(
        Locale.ROOT,
        "adult: %d records x %d features, 1 baseline row, num_samples %s, scorer %s, chunk %d%n",
        n,
        names.size(),
        nsamples == null ? "default" : nsamples,
        kind,
        chunk);
    for (int it = 1; it <= repeat; it++) {
      report(it, run(scorer, names, records, List.<Object[]>of(base), nsamples, chunk), n, null);
    }
  }

  static void peer(
      int rows,
      int f,
      int explain,
      int background,
      Integer nsamples,
      int repeat,
      int chunk,
      String kind) {
    long seed = 0;
    Random rnd = new Random(seed);
    double[] w = new double[f];
    w[0] = 0.8;
    for (int i = 1; i < f; i++) {
      w[i] = (i % 2 == 0 ? -1.0 : 1.0) / i;
    }
    double bias = -0.2;
    List<Object[]> data = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      Object[] row = new Object[f];
      double g = rnd.nextDouble() < 0.4 ? 1.0 : 0.0;
      row[0] = g;
      for (int i = 1; i < f; i++) {
        row[i] = rnd.nextGaussian() + (i == 1 ? 0.5 * g : 0.0);
      }
      rnd.nextGaussian(); // the peer draws the ground-truth noise here
      data.add(row);
    }
    List<Object[]> bg = data.subList(0, Math.min(background, rows));
    List<Object[]> toExplain = data.subList(rows - Math.min(explain, rows), rows);
    double[] mean = new double[f];
    for (Object[] r : bg) {
      for (int i = 0; i < f; i++) {
        mean[i] += (Double) r[i] / bg.size();
      }
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < f; i++) {
      names.add(i == 0 ? "group" : "x" + i);
    }
    BatchScorer scorer = scorer(kind, w, bias, false);
    System.out.printf(
        Locale.ROOT,
        "peer: rows=%d features=%d explain=%d background=%d nsamples=%s scorer=%s%n",
        rows,
        f,
        toExplain.size(),
        bg.size(),
        nsamples == null ? "default" : nsamples,
        kind);
    for (int it = 1; it <= repeat; it++) {
      double[] maxErr = new double[1];
      LocalShapSink sink =
          new LocalShapSink() {
            int k;

            @Override
            public void begin(List<String> labelKeys) {}

            @Override
            public void accept(int rowIndex, double[][] phi) {
              Object[] x = toExplain.get(k++);
              for (int i = 0; i < f; i++) {
                double exact = w[i] * ((Double) x[i] - mean[i]);
                maxErr[0] = Math.max(maxErr[0], Math.abs(phi[0][i] - exact));
              }
            }
          };
      ShapOptions o =
          new ShapOptions(nsamples, false, 0L, null, L1Regularization.OFF, "mean_abs", null, chunk);
      ShapRun run =
          new KernelShapExplainer(scorer, o, RunLog.silent())
              .explain(names, FeatureRows.of(toExplain), new Baseline(bg), sink);
      report(it, run, toExplain.size(), maxErr[0]);
    }
  }

  static ShapRun run(
      BatchScorer scorer,
      List<String> names,
      List<Object[]> records,
      List<Object[]> base,
      Integer nsamples,
      int chunk) {
    ShapOptions o =
        new ShapOptions(nsamples, false, 0L, null, L1Regularization.OFF, "mean_abs", null, chunk);
    return new KernelShapExplainer(scorer, o, RunLog.silent())
        .explain(names, FeatureRows.of(records), new Baseline(base), LocalShapSink.discard());
  }

  static void report(int it, ShapRun run, int n, Double maxErr) {
    double wallMs = run.wallNanos() / 1e6;
    double scorerMs = run.scorerNanos() / 1e6;
    System.out.printf(
        Locale.ROOT,
        "run %d: %.1f ms wall, %.4f ms per explained row, %.1f%% of wall inside the scorer,"
            + " %d model rows (%.2f M rows/s)%s%n",
        it,
        wallMs,
        wallMs / n,
        100 * scorerMs / wallMs,
        run.modelRows(),
        run.modelRows() / (wallMs * 1e3),
        maxErr == null ? "" : String.format(Locale.ROOT, ", max |phi - exact| = %.2e", maxErr));
  }

  static BatchScorer scorer(String kind, double[] w, double b, boolean logistic) {
    boolean csv = kind.equals("csv");
    return rows -> {
      double[][] out = new double[rows.size()][];
      StringBuilder sb = new StringBuilder(64);
      double[] z = new double[w.length];
      for (int r = 0; r < rows.size(); r++) {
        Object[] row = rows.get(r);
        if (csv) {
          sb.setLength(0);
          for (int i = 0; i < row.length; i++) {
            sb.append(i == 0 ? "" : ",").append(ValueText.render(row[i]));
          }
          String[] cells = sb.toString().split(",");
          for (int i = 0; i < z.length; i++) {
            z[i] = Double.parseDouble(cells[i]);
          }
        } else {
          for (int i = 0; i < z.length; i++) {
            z[i] = ((Number) row[i]).doubleValue();
          }
        }
        double t = b;
        for (int i = 0; i < z.length; i++) {
          t += w[i] * z[i];
        }
        out[r] = new double[] {logistic ? 1 / (1 + Math.exp(-t)) : t};
      }
      return out;
    };
  }

  static Object[] longs(String line) {
    String[] cells = line.split(",");
    Object[] o = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      o[i] = Long.parseLong(cells[i].trim());
    }
    return o;
  }

  static double[] numbers(String text, int count) {
    double[] out = new double[count];
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?[0-9][0-9.eE+-]*").matcher(text);
    for (int i = 0; i < count && m.find(); i++) {
      out[i] = Double.parseDouble(m.group());
    }
    return out;
  }
}
