package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec §9.1 and §10.1 with the real jar: a run that fails on the model, or is stopped by SIGINT /
 * SIGTERM while a model call is in progress, leaves a previous analysis.json byte-identical, no
 * {@code .fairness-tmp-*} directory, and no model process alive; the signals exit 130 / 143. The
 * same for {@code fairness mitigate} stopped while it reads its dataset.
 */
@Tag("slow")
class InterruptIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] PREVIOUS = "{\"previous\": true}\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path tmp;

  /** A SHAP run over the 50 shap rows whose model is {@code java StubModel.java <stubArgs>}. */
  private Path config(String... stubArgs) throws IOException {
    Path shap = CliRun.testdata().resolve("shap");
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", shap.resolve("rows.csv").toString());
    ObjectNode s = cfg.putObject("methods").putObject("shap");
    s.put("baseline", shap.resolve("baseline.csv").toString());
    s.put("seed", 0);
    ObjectNode p = cfg.putObject("predictor");
    p.put("content_type", "text/csv");
    p.put("accept_type", "text/csv");
    ObjectNode local = cfg.putObject("local");
    ArrayNode cmd = local.putArray("command");
    cmd.add("java").add(CliRun.testdata().resolve("models/StubModel.java").toString());
    for (String a : stubArgs) {
      cmd.add(a);
    }
    local.putObject("env").put("STUB_PID_FILE", tmp.resolve("model.pid").toString());
    Path file = tmp.resolve("config.json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  private Path previousOutput() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.write(out.resolve("analysis.json"), PREVIOUS);
    return out;
  }

  private JarRun start(Path config, Path out) throws IOException {
    return JarRun.start(
        tmp.resolve("logs"),
        List.of(),
        Map.of(),
        "analyze",
        "--config",
        config.toString(),
        "--output",
        out.toString(),
        "--quiet",
        "--format",
        "json");
  }

  private static void assertUntouched(Path out) throws IOException {
    assertArrayEquals(PREVIOUS, Files.readAllBytes(out.resolve("analysis.json")));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(out.resolve("analysis.json")), files.toList());
    }
  }

  @Test
  void modelFailureLeavesPreviousOutputs() throws Exception {
    Path out = previousOutput();
    JarRun run = start(config("garbage"), out);
    assertEquals(4, run.waitFor(120), run::stderr);
    assertTrue(run.stderr().contains("invalid response line"), run::stderr);
    assertUntouched(out);
  }

  @ParameterizedTest
  @CsvSource({"INT, 130", "TERM, 143"})
  void signalDuringModelCallStopsTheModel(String signal, int code) throws Exception {
    Path out = previousOutput();
    JarRun run = start(config("silent", "0"), out);
    Path pidFile = tmp.resolve("model.pid");
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(pidFile)) {
      assertTrue(run.process().isAlive(), run::stderr);
      assertTrue(System.nanoTime() < deadline, "the model never got a request");
      Thread.sleep(50);
    }
    long childPid = Long.parseLong(Files.readString(pidFile).strip());
    Optional<ProcessHandle> child = ProcessHandle.of(childPid);
    assertTrue(child.isPresent() && child.get().isAlive(), "model process not running");
    assertTrue(
        run.process().descendants().anyMatch(h -> h.pid() == childPid),
        "the model process is not a child of fairness");
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(run.process().pid()))
            .inheritIO()
            .start();
    assertEquals(0, kill.waitFor());
    assertEquals(code, run.waitFor(60), run::stderr);
    assertTrue(run.stderr().contains("interrupted (SIG" + signal + ")"), run::stderr);
    long reaped = System.nanoTime() + 10_000_000_000L;
    while (ProcessHandle.of(childPid).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < reaped) {
      Thread.sleep(50); // an orphan is reaped by init a moment after it ends
    }
    assertFalse(
        ProcessHandle.of(childPid).map(ProcessHandle::isAlive).orElse(false),
        "model process " + childPid + " still running");
    assertUntouched(out);
  }

  @Test
  void signalDuringMitigateLeavesNoStagingDirectory() throws Exception {
    Path data = tmp.resolve("scores.csv");
    try (java.io.BufferedWriter w = Files.newBufferedWriter(data)) {
      w.write("score,label,sex\n");
      for (int i = 0; i < 5_000_000; i++) {
        w.write((i % 997) / 997.0 + "," + (i % 3 == 0 ? 1 : 0) + "," + (i % 2 == 0 ? "F" : "M"));
        w.write('\n');
      }
    }
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", data.toString());
    cfg.put("label", "label");
    cfg.putArray("label_values_or_threshold").add(1);
    cfg.put("predicted_score", "score");
    cfg.putArray("facet").addObject().put("name_or_index", "sex");
    cfg.putObject("methods").putObject("thresholds").put("constraints", "all");
    Path config = tmp.resolve("mitigate.json");
    JSON.writeValue(config.toFile(), cfg);
    Path out = Files.createDirectories(tmp.resolve("mitigated"));
    Files.write(out.resolve("thresholds.json"), PREVIOUS);
    JarRun run =
        JarRun.start(
            tmp.resolve("logs"),
            List.of(),
            Map.of(),
            "mitigate",
            "--config",
            config.toString(),
            "--output",
            out.toString(),
            "--quiet",
            "--format",
            "json");
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!hasStaging(out)) {
      assertTrue(
          run.process().isAlive(), "mitigate ended before it was signalled: " + run.stderr());
      assertTrue(System.nanoTime() < deadline, "no staging directory appeared");
      Thread.sleep(10);
    }
    // the handlers are installed just after the staging directory is made; give that a moment
    // (a busy machine can pause the process between the two) while the 5M-row read goes on
    Thread.sleep(300);
    assertTrue(run.process().isAlive(), "mitigate ended before it was signalled: " + run.stderr());
    Process kill =
        new ProcessBuilder("kill", "-INT", Long.toString(run.process().pid())).inheritIO().start();
    assertEquals(0, kill.waitFor());
    assertEquals(130, run.waitFor(60), run::stderr);
    assertTrue(run.stderr().contains("interrupted (SIGINT); no output was written"), run::stderr);
    assertArrayEquals(PREVIOUS, Files.readAllBytes(out.resolve("thresholds.json")));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(out.resolve("thresholds.json")), files.toList());
    }
  }

  private static boolean hasStaging(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith(".fairness-tmp-"));
    }
  }
}
