package dev.fairness.model;

import dev.fairness.RunLog;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Benchmark, not a test (run by bench/model-throughput.sh): rows/s through each transport with the
 * example logistic model, against the model process scoring the same rows from a file.
 *
 * <p>Arguments: rows, models directory (testdata/models), work directory.
 */
public final class ModelThroughputBench {

  private static final PredictorConfig CSV =
      new PredictorConfig("text/csv", "text/csv", null, null, null, null, null, null, null);

  private ModelThroughputBench() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path models = Path.of(args[1]).toAbsolutePath();
    Path work = Files.createDirectories(Path.of(args[2]).toAbsolutePath());
    String javaBin = ProcessHandle.current().info().command().orElseThrow();
    Path modelJson = models.resolve("adult_logistic.json");
    List<Object[]> rows = rows(n);
    Path file = work.resolve("rows.csv");
    PayloadCodec codec = PayloadCodec.of(CSV, names());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(codec.encode(rows));
      w.write('\n');
    }
    System.out.printf(
        Locale.ROOT, "%,d rows x 14 integer features (%,d bytes of CSV)%n", n, Files.size(file));

    PayloadBuffer buf = new PayloadBuffer(1 << 20);
    long t0 = System.nanoTime();
    for (int rep = 0; rep < 3; rep++) {
      buf.truncate(0);
      for (Object[] row : rows) {
        codec.record(row, buf);
        buf.append((byte) '\n');
      }
    }
    double encode = (System.nanoTime() - t0) / 3e9;
    System.out.printf(
        Locale.ROOT,
        "%-34s %6.2f s %,10.0f rows/s%n",
        "encode only (tool CPU, warm):",
        encode,
        n / encode);

    List<String> base =
        List.of(
            javaBin,
            models.resolve("LogisticModel.java").toString(),
            modelJson.toString(),
            "--framing",
            "lines");
    double baseline = Double.MAX_VALUE;
    for (int rep = 0; rep < REPS; rep++) {
      t0 = System.nanoTime();
      Process p =
          new ProcessBuilder(base)
              .redirectInput(file.toFile())
              .redirectOutput(work.resolve("scores.txt").toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      p.waitFor();
      baseline = Math.min(baseline, (System.nanoTime() - t0) / 1e9);
    }
    System.out.printf(
        Locale.ROOT,
        "%-34s %6.2f s %,10.0f rows/s%n",
        "model alone, file in, file out:",
        baseline,
        n / baseline);
    System.out.printf(
        Locale.ROOT,
        "%-34s %6s   %10s        %-9s %-9s %s%n",
        "(best of " + REPS + ")",
        "wall",
        "",
        "tool CPU",
        "model CPU",
        "overhead = (wall - model alone) / wall");

    List<String> envelope =
        List.of(javaBin, models.resolve("LogisticModel.java").toString(), modelJson.toString());
    report(
        "subprocess, envelope framing:",
        local(envelope, null, "envelope", 1),
        rows,
        baseline,
        null);
    List<String> lines = new ArrayList<>(envelope);
    lines.addAll(List.of("--framing", "lines"));
    report("subprocess, lines framing:", local(lines, null, "lines", 1), rows, baseline, null);

    Process server =
        new ProcessBuilder(
                javaBin,
                models.resolve("HttpLogisticModel.java").toString(),
                modelJson.toString(),
                "--port",
                "0")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      String port =
          new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      String url = "http://127.0.0.1:" + port + "/invocations";
      report(
          "http, max_concurrency 1:",
          local(null, url, "envelope", 1),
          rows,
          baseline,
          server.toHandle());
      report(
          "http, max_concurrency 2:",
          local(null, url, "envelope", 2),
          rows,
          baseline,
          server.toHandle());
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private static final int REPS = 3;

  /** Runs one transport REPS times and prints the best wall time with its CPU split. */
  private static void report(
      String label, LocalConfig local, List<Object[]> rows, double baseline, ProcessHandle server) {
    double best = Double.MAX_VALUE;
    double toolCpu = 0;
    double modelCpu = 0;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int rep = 0; rep < REPS; rep++) {
      long cpu0 = os.getProcessCpuTime();
      double model0 = server == null ? 0 : cpu(server);
      long t0 = System.nanoTime();
      double model;
      try (ModelClient c = ModelClient.open(CSV, local, names(), RunLog.silent())) {
        double[][] s = c.scores(rows);
        if (s.length != rows.size()) {
          throw new IllegalStateException("lost rows");
        }
        model =
            server != null
                ? cpu(server) - model0
                : ProcessHandle.current().children().mapToDouble(ModelThroughputBench::cpu).sum();
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      if (wall < best) {
        best = wall;
        toolCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        modelCpu = model;
      }
    }
    int n = rows.size();
    System.out.printf(
        Locale.ROOT,
        "%-34s %6.2f s %,10.0f rows/s  %6.2f s  %6.2f s   %5.1f%%%n",
        label,
        best,
        n / best,
        toolCpu,
        modelCpu,
        100 * Math.max(0, best - baseline) / best);
  }

  private static double cpu(ProcessHandle h) {
    return h.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  private static LocalConfig local(
      List<String> command, String url, String framing, int concurrency) {
    return new LocalConfig(
        command,
        url,
        framing,
        Path.of(".").toAbsolutePath(),
        Map.of(),
        Map.of(),
        10000,
        6291456L,
        120,
        120,
        3,
        concurrency,
        2000,
        "off");
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < 14; j++) {
      names.add("f" + j);
    }
    return names;
  }

  /** Adult-like label-encoded rows: small codes, ages, weights, capital amounts, hours. */
  private static List<Object[]> rows(int n) {
    SplittableRandom r = new SplittableRandom(42);
    int[] max = {90, 8, 1_500_000, 15, 16, 6, 13, 5, 4, 1, 99_999, 4_356, 99, 40};
    List<Object[]> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Object[] row = new Object[14];
      for (int j = 0; j < 14; j++) {
        row[j] = (long) r.nextInt(max[j] + 1);
      }
      rows.add(row);
    }
    return rows;
  }
}
