package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.RunLog;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The example models of testdata/models answer exactly the logistic formula through every
 * transport.
 */
class ExampleModelsIT {

  private static final PredictorConfig CSV =
      new PredictorConfig("text/csv", "text/csv", null, null, null, null, null, null, null);
  private static final Path MODEL = Processes.models().resolve("adult_logistic.json");

  @AfterEach
  void nothingLeftBehind() {
    Processes.assertNoChildren();
  }

  private static double[] numbers(String json, String key) throws IOException {
    Matcher m = Pattern.compile("\"" + key + "\":\\s*\\[([^\\]]*)\\]").matcher(json);
    m.find();
    return java.util.Arrays.stream(m.group(1).split(","))
        .mapToDouble(s -> Double.parseDouble(s.trim()))
        .toArray();
  }

  private static double expected(Object[] row, double[] w, double bias) {
    double z = bias;
    for (int j = 0; j < w.length; j++) {
      z += w[j] * ((Long) row[j]);
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  private static void check(LocalConfig local, ModelInvoker invoker) throws IOException {
    String json = Files.readString(MODEL);
    double[] w = numbers(json, "weights");
    Matcher b = Pattern.compile("\"bias\":\\s*([-0-9.e]+)").matcher(json);
    b.find();
    double bias = Double.parseDouble(b.group(1));
    SplittableRandom r = new SplittableRandom(7);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      Object[] row = new Object[14];
      for (int j = 0; j < 14; j++) {
        row[j] = (long) r.nextInt(j == 2 ? 500_000 : 100);
      }
      rows.add(row);
    }
    List<String> names = new ArrayList<>();
    for (int j = 0; j < 14; j++) {
      names.add("f" + j);
    }
    try (ModelClient c = new ModelClient(CSV, local, names, RunLog.silent(), invoker)) {
      double[][] s = c.scores(rows);
      for (int i = 0; i < rows.size(); i++) {
        assertEquals(expected(rows.get(i), w, bias), s[i][0], 1e-15, "row " + i);
      }
    }
  }

  private static LocalConfig local(List<String> command, String url, String framing) {
    return new LocalConfig(
        command,
        url,
        framing,
        Path.of(".").toAbsolutePath(),
        Map.of(),
        Map.of(),
        1000,
        6291456L,
        30,
        60,
        0,
        2,
        2000,
        "off");
  }

  @Test
  void subprocessEnvelope() throws IOException {
    LocalConfig local =
        local(Processes.java("LogisticModel.java", MODEL.toString()), null, "envelope");
    check(
        local,
        new SubprocessModelInvoker(
            CSV, local, RunLog.silent(), Duration.ofSeconds(2), Duration.ofSeconds(2)));
  }

  @Test
  void subprocessLines() throws IOException {
    LocalConfig local =
        local(
            Processes.java("LogisticModel.java", MODEL.toString(), "--framing", "lines"),
            null,
            "lines");
    check(
        local,
        new SubprocessModelInvoker(
            CSV, local, RunLog.silent(), Duration.ofSeconds(2), Duration.ofSeconds(2)));
  }

  @Test
  void http() throws Exception {
    Process server =
        new ProcessBuilder(
                Processes.java("HttpLogisticModel.java", MODEL.toString(), "--port", "0"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      String port =
          new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      LocalConfig local = local(null, "http://127.0.0.1:" + port + "/", "envelope");
      check(local, new HttpModelInvoker(CSV, local, RunLog.silent()));
    } finally {
      server.destroy();
      server.waitFor();
    }
  }
}
