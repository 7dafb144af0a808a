package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24 end to end on the real jar: ten nightly runs of the Adult example whose prediction
 * column drifts (run k sets {@code predicted_label} to 0 for the first 6k % of the women the model
 * predicted positive), each {@code fairness analyze} with its own {@code SOURCE_DATE_EPOCH}; then
 * {@code fairness trend} over the runs given out of order. The runs come back in time order, the DI
 * series equals DI computed here from the counts, the first run below the bound DI ≥ 0.2 (crossed
 * between the 6th and 7th values) is named in the CSV, Markdown, stdout and the HTML as Chromium
 * renders it, and the exit is 6 because the latest run fails. Screenshot: {@code target/trend.png}.
 */
class TrendIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long FIRST_NIGHT = 1_764_554_400L; // 2025-12-01T02:00:00Z

  @TempDir Path tmp;

  /** Writes run k's dataset and returns its DI (women's over men's predicted-positive rate). */
  private double dataset(int k, Path file) throws IOException {
    List<String> lines =
        Files.readAllLines(
            CliRun.testdata().resolve("datasets/adult_test_with_predictions.csv"),
            StandardCharsets.UTF_8);
    long womenPositive =
        lines.stream()
            .skip(1)
            .filter(l -> l.contains(",Female,") && l.split(",")[15].equals("1"))
            .count();
    long flip = Math.round(womenPositive * 0.06 * k);
    long[] n = new long[2];
    long[] pos = new long[2];
    List<String> out = new ArrayList<>(List.of(lines.get(0)));
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split(",", -1);
      int woman = c[9].equals("Female") ? 1 : 0;
      if (woman == 1 && c[15].equals("1") && flip > 0) {
        c[15] = "0";
        flip--;
      }
      n[woman]++;
      pos[woman] += c[15].equals("1") ? 1 : 0;
      out.add(String.join(",", c));
    }
    Files.write(file, out, StandardCharsets.UTF_8);
    return ((double) pos[1] / n[1]) / ((double) pos[0] / n[0]);
  }

  private Path config() throws IOException {
    ObjectNode cfg =
        (ObjectNode)
            JSON.readTree(CliRun.testdata().resolve("cases/a_sex_female/config.json").toFile());
    cfg.remove("dataset_uri");
    cfg.remove("methods");
    cfg.putObject("methods")
        .putObject("post_training_bias")
        .putArray("methods")
        .add("DI")
        .add("DPPL");
    Path file = tmp.resolve("config.json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  private record Result(int code, String stdout, String stderr) {}

  private static Result jar(Path logs, Map<String, String> env, String... args) throws Exception {
    JarRun run = JarRun.start(logs, List.of("-Xmx512m"), env, args);
    int code = run.waitFor(120);
    return new Result(code, run.stdout(), run.stderr());
  }

  @Test
  void tenNightlyRunsWithADriftingPredictionColumnNameTheCrossingRun() throws Exception {
    Path config = config();
    double[] di = new double[10];
    for (int k = 0; k < 10; k++) {
      Path data = tmp.resolve("data-" + k + ".csv");
      di[k] = dataset(k, data);
      String name = String.format(Locale.ROOT, "night-%02d", k + 1);
      Result r =
          jar(
              tmp.resolve("logs"),
              Map.of("SOURCE_DATE_EPOCH", Long.toString(FIRST_NIGHT + 86_400L * k)),
              "analyze",
              "--config",
              config.toString(),
              "--dataset",
              data.toString(),
              "--output",
              tmp.resolve(name).toString(),
              "--format",
              "md",
              "--quiet");
      assertEquals(0, r.code(), r.stderr());
    }
    for (int k = 1; k < 10; k++) {
      assertTrue(di[k] < di[k - 1], "the drift lowers DI run after run");
    }
    // The bound falls between the 6th and 7th nights (0.2117 and 0.1935 when this was written).
    assertTrue(di[5] >= 0.2 && di[6] < 0.2, "DI 0.2 is crossed between nights 6 and 7");
    String expr = "post.DI@Sex=Female >= 0.2";
    List<String> args = new ArrayList<>(List.of("trend"));
    for (int k : new int[] {6, 2, 9, 0, 4, 8, 1, 7, 3, 5}) { // not in time order
      args.add(tmp.resolve(String.format(Locale.ROOT, "night-%02d", k + 1)).toString());
    }
    Path out = tmp.resolve("trend");
    args.addAll(
        List.of(
            "--metric",
            "DI",
            "--facet",
            "Sex=Female",
            "--assert",
            expr,
            "--output",
            out.toString(),
            "--title",
            "Adult model, nightly"));
    Result t = jar(tmp.resolve("logs"), Map.of(), args.toArray(String[]::new));
    assertEquals(6, t.code(), t.stderr());
    assertTrue(
        t.stdout().contains(expr + ": first crossed at run 7 (night-07); latest run FAILS"),
        t.stdout());
    assertTrue(t.stderr().startsWith("fairness: assertion failed: " + expr), t.stderr());

    List<String> csv = Files.readAllLines(out.resolve("trend.csv"), StandardCharsets.UTF_8);
    assertEquals(11, csv.size(), String.join("\n", csv));
    for (int k = 0; k < 10; k++) {
      String[] c = csv.get(k + 1).split(",");
      assertEquals(String.format(Locale.ROOT, "night-%02d", k + 1), c[1], "time order");
      assertEquals(java.time.Instant.ofEpochSecond(FIRST_NIGHT + 86_400L * k).toString(), c[2]);
      assertEquals(di[k], Double.parseDouble(c[7]), 1e-12, "DI of run " + (k + 1));
    }
    String md = Files.readString(out.resolve("trend.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("first crossed at run 7 (night-07); the latest run fails it."), md);

    Path html = out.resolve("trend.html");
    Path chromium = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      System.err.println("SKIPPED trend chart in Chromium: " + chromium + " not found");
      return;
    }
    String dom = chromium(chromium, html, "--dump-dom");
    assertTrue(dom.contains(">first crossed at run 7 (night-07)</text>"), "crossing named in SVG");
    assertTrue(dom.contains("The latest run, run 10 (night-10), fails 1 of 1 bounds."), dom);
    Path png = Paths.get("target", "trend.png").toAbsolutePath();
    chromium(chromium, html, "--screenshot=" + png, "--window-size=1000,1100");
    assertTrue(Files.size(png) > 10_000, "screenshot written");
  }

  private String chromium(Path chromium, Path page, String... action) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "chromium");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile")));
    cmd.addAll(List.of(action));
    cmd.add(page.toUri().toString());
    Path stdout = dir.resolve("out.txt");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(stdout.toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s");
    }
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
