package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 on the real jar: runs that a hostile or unlucky model, dataset or environment used to
 * turn into wrong numbers, hangs or mixed outputs end with the documented exit code and one line
 * that says what came.
 */
@Tag("slow")
class HostileRunsIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** 60 rows {@code p,sex,y}: the stub model answers each row with p, its first cell. */
  private Path data() throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add("p,sex,y");
    for (int i = 0; i < 60; i++) {
      rows.add((i % 3 == 0 ? 1 : 0) + "," + (i % 2) + "," + (i % 5 == 0 ? 1 : 0));
    }
    Path f = tmp.resolve("data.csv");
    Files.write(f, rows);
    return f;
  }

  /** A post-training config whose model is {@code java StubModel.java <stubArgs>}. */
  private Path config(String framing, String... stubArgs) throws IOException {
    return config(framing, Map.of(), stubArgs);
  }

  /** As above, with {@code local.env} for the stub (STUB_PID_FILE, STUB_EOF_FILE). */
  private Path config(String framing, Map<String, String> env, String... stubArgs)
      throws IOException {
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", data().toString());
    cfg.put("label", "y");
    cfg.putArray("label_values_or_threshold").add(1);
    ObjectNode facet = cfg.putArray("facet").addObject();
    facet.put("name_or_index", "sex");
    facet.putArray("value_or_threshold").add(0);
    cfg.putObject("methods").putObject("post_training_bias").put("methods", "all");
    ObjectNode p = cfg.putObject("predictor");
    p.put("content_type", "text/csv");
    p.put("accept_type", "text/csv");
    ObjectNode local = cfg.putObject("local");
    local.put("framing", framing);
    local.put("max_batch_records", 3);
    ArrayNode cmd = local.putArray("command");
    cmd.add("java").add(CliRun.testdata().resolve("models/StubModel.java").toString());
    for (String a : stubArgs) {
      cmd.add(a);
    }
    ObjectNode e = local.putObject("env");
    env.forEach(e::put);
    Path file = tmp.resolve("config.json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  private JarRun analyze(Path config, Path out, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("analyze", "--config", config.toString()));
    args.addAll(List.of("--output", out.toString()));
    if (!List.of(more).contains("--format")) {
      args.addAll(List.of("--format", "json"));
    }
    args.addAll(List.of(more));
    return JarRun.start(tmp.resolve("logs"), List.of(), Map.of(), args.toArray(String[]::new));
  }

  /** Item 1: a banner line before the answers shifted every prediction by one row, exit 0. */
  @Test
  void linesFramingBannerIsAModelError() throws Exception {
    Path out = tmp.resolve("out");
    JarRun run = analyze(config("lines", "banner", "1", "--lines"), out);
    assertEquals(4, run.waitFor(120), run::stderr);
    // how many rows were sent when the surplus showed depends on timing; the first line does not
    assertTrue(
        run.stderr()
            .matches(
                "(?s).*\nfairness: error: Model wrote more lines than the [0-9]+ rows it was sent"
                    + " \\(its first line was \"1\"\\); with local.framing lines .*"),
        run::stderr);
    assertFalse(Files.exists(out.resolve("analysis.json")));
  }

  /** Waits until {@code file} exists while {@code run} is alive. */
  static void awaitFile(JarRun run, Path file) throws InterruptedException {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (!Files.exists(file)) {
      assertTrue(run.process().isAlive(), run::stderr);
      assertTrue(System.nanoTime() < deadline, "never saw " + file);
      Thread.sleep(50);
    }
  }

  static void signal(JarRun run, String signal) throws Exception {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(run.process().pid()))
            .inheritIO()
            .start();
    assertEquals(0, kill.waitFor());
  }

  /** The names in {@code out} that start with a dot: staging directories and the lock file. */
  static List<String> hidden(Path out) throws IOException {
    try (var s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  /**
   * Item 3: SIGINT while the model is given its grace period to end (it ignores the end of its
   * input) removes the staging directory for good; a second SIGINT ends the grace at once.
   */
  @Test
  void interruptWhileTheModelStopsLeavesNothingAndTwiceEndsAtOnce() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path eof = tmp.resolve("model.eof");
    Path cfg = config("envelope", Map.of("STUB_EOF_FILE", eof.toString()), "linger", "60");
    JarRun run = analyze(cfg, out);
    awaitFile(run, eof); // the tool closed the model's input and waits for it to end (10 s)
    signal(run, "INT");
    Thread.sleep(500);
    long t0 = System.nanoTime();
    signal(run, "INT");
    assertEquals(130, run.waitFor(60), run::stderr);
    double took = (System.nanoTime() - t0) / 1e9;
    assertTrue(took < 4, "the second SIGINT took " + took + " s to end the run");
    assertTrue(
        run.stderr().contains("fairness: error: interrupted (SIGINT); no output was written"),
        run::stderr);
    assertEquals(List.of(), hidden(out));
    assertFalse(Files.exists(out.resolve("analysis.json")));
  }

  /** Item 3: a staging directory left by a run killed with -9 is removed by the next run. */
  @Test
  void staleStagingOfADeadRunIsRemoved() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    long me = ProcessHandle.current().pid();
    Path dead = Files.createDirectories(out.resolve(".fairness-tmp-999999999-k9"));
    Files.writeString(dead.resolve("analysis.json"), "half");
    Path alive = Files.createDirectories(out.resolve(".fairness-tmp-" + me + "-live"));
    JarRun run = analyze(config("envelope", "ok"), out);
    assertEquals(0, run.waitFor(120), run::stderr);
    assertEquals(List.of(alive.getFileName().toString()), hidden(out));
  }

  /** Item 3: SIGINT after the outputs were moved into place says that they are complete. */
  @Test
  void interruptAfterTheOutputsWereMovedSaysTheyAreComplete() throws Exception {
    // 300 facet groups print about 300 KB of summary: more than a pipe holds, so the run blocks
    // on stdout after moving its outputs into place, until we read (we never do)
    List<String> rows = new ArrayList<>();
    rows.add("g,y,yhat");
    for (int i = 0; i < 900; i++) {
      rows.add("g" + (i % 300) + "," + (i % 2) + "," + (i % 3 == 0 ? 1 : 0));
    }
    Path data = tmp.resolve("groups.csv");
    Files.write(data, rows);
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", data.toString());
    cfg.put("label", "y");
    cfg.put("predicted_label", "yhat");
    cfg.putArray("label_values_or_threshold").add(1);
    cfg.putArray("facet").addObject().put("name_or_index", "g");
    ObjectNode m = cfg.putObject("methods");
    m.putObject("pre_training_bias").put("methods", "all");
    m.putObject("post_training_bias").put("methods", "all");
    Path cfgFile = tmp.resolve("groups.json");
    JSON.writeValue(cfgFile.toFile(), cfg);
    Path out = tmp.resolve("out");
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            Path.of("target", "fairness.jar").toAbsolutePath().toString(),
            "analyze",
            "--config",
            cfgFile.toString(),
            "--output",
            out.toString(),
            "--format",
            "json");
    Path err = tmp.resolve("stderr.txt");
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    try {
      long deadline = System.nanoTime() + 90_000_000_000L;
      while (!Files.exists(out.resolve("analysis_config.json"))) {
        assertTrue(p.isAlive(), () -> read(err));
        assertTrue(System.nanoTime() < deadline, "outputs never moved into place");
        Thread.sleep(50);
      }
      Thread.sleep(500); // the summary fills the pipe
      assertTrue(p.isAlive(), () -> read(err));
      assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
      assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), () -> read(err));
      assertEquals(130, p.exitValue(), () -> read(err));
      assertTrue(
          read(err)
              .contains(
                  "fairness: error: interrupted (SIGINT) after the outputs were moved into"
                      + " place; they are complete"),
          () -> read(err));
      assertTrue(Files.size(out.resolve("analysis.json")) > 1000);
      assertEquals(List.of(), hidden(out));
    } finally {
      p.destroyForcibly();
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Item 4: a second run into the same --output is refused while the first one runs. */
  @Test
  void secondRunIntoTheSameOutputIsRefused() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path pid = tmp.resolve("model.pid");
    Path cfg = config("envelope", Map.of("STUB_PID_FILE", pid.toString()), "silent", "0");
    JarRun first = analyze(cfg, out);
    try {
      awaitFile(first, pid); // the first run is calling its model: it holds the directory
      JarRun second = analyze(config("envelope", "ok"), out);
      assertEquals(2, second.waitFor(60), second::stderr);
      assertEquals(
          "fairness: error: --output "
              + out
              + ": another fairness run (process "
              + first.process().pid()
              + ") is writing to this directory; wait for it to end or choose another --output\n",
          second.stderr());
    } finally {
      signal(first, "TERM");
      assertEquals(143, first.waitFor(60), first::stderr);
    }
    assertEquals(List.of(), hidden(out));
  }

  /** A pre-training config over {@code rows} (header {@code g,y}), facet g one-vs-rest. */
  private Path groupsConfig(List<String> rows) throws IOException {
    Path data = tmp.resolve("values.csv");
    Files.write(data, rows);
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", data.toString());
    cfg.put("label", "y");
    cfg.putArray("label_values_or_threshold").add(1);
    cfg.putArray("facet").addObject().put("name_or_index", "g");
    cfg.putObject("methods").putObject("pre_training_bias").putArray("methods").add("CI");
    Path file = tmp.resolve("values.json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  private static final String WORKFLOW = "x\n::error file=a.py::pwned";

  /** Asserts that no printed line could start a workflow command or drive the terminal. */
  private static void assertInert(String printed) {
    assertFalse(printed.contains("\u001b"), printed);
    for (String line : printed.split("\n")) {
      assertFalse(line.strip().startsWith("::"), printed);
    }
  }

  /**
   * Items 6 and 8: a quoted CSV value with a line break and a workflow command, one with an ANSI
   * escape, and {@code @org/team}: escaped in the summary, the log and compare's table; the
   * Markdown report links nobody but keeps e-mail addresses readable.
   */
  @Test
  void dataValuesCannotInjectIntoLogsOrMentionPeople() throws Exception {
    List<String> rows = new ArrayList<>(List.of("g,y"));
    for (String v :
        List.of("\"" + WORKFLOW + "\"", "\u001b[31mred", "@org/team", "ops@example.com")) {
      for (int i = 0; i < 30; i++) {
        rows.add(v + "," + (i % 2));
      }
    }
    Path out = tmp.resolve("out");
    JarRun run = analyze(groupsConfig(rows), out, "--format", "json,md", "--log-level", "debug");
    assertEquals(0, run.waitFor(120), run::stderr);
    assertInert(run.stdout());
    assertInert(run.stderr());
    assertTrue(run.stdout().contains("pre  g=x\\n::error file=a.py::pwned  CI  "), run.stdout());
    assertTrue(run.stdout().contains("pre  g=\\x1b[31mred  CI  "), run.stdout());

    Path a = out.resolve("analysis.json");
    JarRun compare =
        JarRun.start(
            tmp.resolve("logs"),
            List.of(),
            Map.of(),
            "compare",
            "--baseline",
            a.toString(),
            "--current",
            a.toString());
    assertEquals(0, compare.waitFor(60), compare::stderr);
    assertTrue(compare.stdout().contains("x\\n::error file=a.py::pwned"), compare.stdout());
    assertInert(compare.stdout());
    assertInert(compare.stderr());

    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("@\u200Borg/team"), md);
    assertFalse(md.contains("@org/team"), md);
    assertTrue(md.contains("ops@example.com"), md);
  }

  /** A SHAP config whose joinsource ids and baseline hold spreadsheet formulas. */
  private Path formulaConfig() throws IOException {
    Path data = tmp.resolve("shap.csv");
    Files.write(data, List.of("id,x,s", "+1+1,0.25,a", "@SUM(1),0.5,b", "-2,0.75,a"));
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", "text/csv");
    cfg.put("dataset_uri", data.toString());
    cfg.put("joinsource_name_or_index", "id");
    ObjectNode shap = cfg.putObject("methods").putObject("shap");
    ArrayNode base = shap.putArray("baseline").addArray();
    base.add(0.5).add("=HYPERLINK(\"http://evil\")");
    shap.put("seed", 0);
    shap.put("save_local_shap_values", true);
    ObjectNode p = cfg.putObject("predictor");
    p.put("content_type", "text/csv");
    p.put("accept_type", "text/csv");
    ArrayNode cmd = cfg.putObject("local").putArray("command");
    cmd.add("java").add(CliRun.testdata().resolve("models/StubModel.java").toString()).add("ok");
    Path file = tmp.resolve("shap.json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  /** Item 7: Clarify's bytes by default; {@code --csv-safe} neutralises formulas. */
  @Test
  void csvSafeNeutralisesSpreadsheetFormulas() throws Exception {
    Path cfg = formulaConfig();
    Path plain = tmp.resolve("plain");
    JarRun run = analyze(cfg, plain);
    assertEquals(0, run.waitFor(120), run::stderr);
    List<String> ids = firstCells(plain.resolve("explanations_shap/out.csv"));
    assertEquals(List.of("id", "\"+1+1\"", "\"@SUM(1)\"", "\"-2\""), ids);
    assertEquals(
        "x,s\n0.5,\"=HYPERLINK(\"\"http://evil\"\")\"\n",
        Files.readString(plain.resolve("explanations_shap/baseline.csv")));

    Path safe = tmp.resolve("safe");
    run = analyze(cfg, safe, "--csv-safe");
    assertEquals(0, run.waitFor(120), run::stderr);
    ids = firstCells(safe.resolve("explanations_shap/out.csv"));
    assertEquals(List.of("id", "\"'+1+1\"", "\"'@SUM(1)\"", "\"'-2\""), ids);
    assertEquals(
        "x,s\n0.5,\"'=HYPERLINK(\"\"http://evil\"\")\"\n",
        Files.readString(safe.resolve("explanations_shap/baseline.csv")));
  }

  private static List<String> firstCells(Path csv) throws IOException {
    return Files.readAllLines(csv).stream().map(l -> l.split(",", -1)[0]).toList();
  }

  /** A bias config over {@code data} of {@code type} (predictions in the data, no model). */
  /** Returns the config with {@code features} {@code X[*]}: the same rows, not streamed. */
  private static Path wholeDocumentConfig(Path config) throws IOException {
    ObjectNode cfg = (ObjectNode) JSON.readTree(config.toFile());
    cfg.put("features", "X[*]");
    JSON.writeValue(config.toFile(), cfg);
    return config;
  }

  private Path dataConfig(Path data, String type) throws IOException {
    ObjectNode cfg = JSON.createObjectNode();
    cfg.put("dataset_type", type);
    cfg.put("dataset_uri", data.toString());
    if (type.equals("text/csv")) {
      cfg.put("label", "y");
      cfg.put("predicted_label", "yhat");
    } else {
      cfg.putArray("headers").add("sex").add("y").add("yhat");
      cfg.put("features", "X");
      cfg.put("label", "y");
      cfg.put("predicted_label", "yhat");
    }
    cfg.putArray("label_values_or_threshold").add(1);
    ObjectNode facet = cfg.putArray("facet").addObject();
    facet.put("name_or_index", "sex");
    facet.putArray("value_or_threshold").add(0);
    cfg.putObject("methods").putObject("post_training_bias").putArray("methods").add("DPPL");
    Path file = tmp.resolve("data-config.json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  private static List<String> csvRows(int n) {
    List<String> rows = new ArrayList<>(List.of("sex,y,yhat"));
    for (int i = 0; i < n; i++) {
      rows.add((i % 2) + "," + (i % 5 == 0 ? 1 : 0) + "," + (i % 3 == 0 ? 1 : 0));
    }
    return rows;
  }

  /** Item 5: an application/json dataset named analysis.json inside --output was overwritten. */
  @Test
  void outputsNeverOverwriteTheDataset() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path data = out.resolve("analysis.json");
    StringBuilder x = new StringBuilder();
    StringBuilder y = new StringBuilder();
    StringBuilder yhat = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      String sep = i == 0 ? "" : ",";
      x.append(sep).append("[").append(i % 2).append("]");
      y.append(sep).append(i % 5 == 0 ? 1 : 0);
      yhat.append(sep).append(i % 3 == 0 ? 1 : 0);
    }
    String text = "{\"X\":[" + x + "],\"y\":[" + y + "],\"yhat\":[" + yhat + "]}";
    Files.writeString(data, text);
    JarRun run = analyze(dataConfig(data, "application/json"), out);
    assertEquals(2, run.waitFor(60), run::stderr);
    assertEquals(
        "fairness: error: --output "
            + out
            + " would overwrite the input file "
            + data
            + "; choose another --output\n",
        run.stderr());
    assertEquals(text, Files.readString(data));
  }

  /** Item 5 (choice: refuse): --output inside a dataset directory. */
  @Test
  void outputInsideTheDatasetDirectoryIsRefused() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("data"));
    Files.write(dir.resolve("part-0.csv"), csvRows(60));
    Path out = dir.resolve("results");
    JarRun run = analyze(dataConfig(dir, "text/csv"), out);
    assertEquals(2, run.waitFor(60), run::stderr);
    assertEquals(
        "fairness: error: --output "
            + out
            + " is inside the dataset directory "
            + dir
            + ", whose every file is read as data; choose an --output outside it\n",
        run.stderr());
    assertFalse(Files.exists(out));
  }

  /** Item 9: a 300-character report name failed after the whole analysis with exit 1. */
  @Test
  void overlongReportNameIsAConfigError() throws Exception {
    Files.write(tmp.resolve("rows.csv"), csvRows(60));
    ObjectNode cfg =
        (ObjectNode) JSON.readTree(dataConfig(tmp.resolve("rows.csv"), "text/csv").toFile());
    ((ObjectNode) cfg.get("methods")).putObject("report").put("name", "r".repeat(300));
    Path file = tmp.resolve("long-name.json");
    JSON.writeValue(file.toFile(), cfg);
    JarRun run = analyze(file, tmp.resolve("out"), "--format", "json,html");
    assertEquals(2, run.waitFor(60), run::stderr);
    assertTrue(
        run.stderr()
            .contains(
                "/methods/report/name: report name is 300 bytes long; file names hold at most"
                    + " 255 bytes, so give at most 250 (the report adds .html)"),
        run::stderr);
  }

  /** Item 9: an output that cannot be written (file size limit: EFBIG) is exit 2 naming it. */
  @Test
  void outputWriteFailureNamesTheFile() throws Exception {
    Files.write(tmp.resolve("rows.csv"), csvRows(60));
    Path cfg = dataConfig(tmp.resolve("rows.csv"), "text/csv");
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("report.html"), "previous");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = Path.of("target", "fairness.jar").toAbsolutePath().toString();
    // 8 KiB per file: analysis.json fits, the HTML report does not
    Process p =
        new ProcessBuilder(
                "bash",
                "-c",
                "ulimit -f 8; exec \"$0\" -XX:-UsePerfData -jar \"$1\" analyze --config \"$2\""
                    + " --output \"$3\" --quiet --log-level error",
                javaBin,
                jar,
                cfg.toString(),
                out.toString())
            .redirectErrorStream(true)
            .start();
    String printed = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(2, p.exitValue(), printed);
    assertEquals(
        "fairness: error: --output "
            + out
            + ": cannot write report.html (File too large); free some space or choose another"
            + " --output\n",
        printed);
    assertEquals("previous", Files.readString(out.resolve("report.html")));
    assertEquals(List.of(), hidden(out));
  }

  /** The post-training config with {@code local.command} replaced by {@code command}. */
  private Path commandConfig(String... command) throws IOException {
    ObjectNode cfg = (ObjectNode) JSON.readTree(config("envelope", "ok").toFile());
    ArrayNode cmd = ((ObjectNode) cfg.get("local")).putArray("command");
    for (String c : command) {
      cmd.add(c);
    }
    Path file = tmp.resolve("command.json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  private static void assertEnds(long pid) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < deadline) {
      Thread.sleep(50); // an orphan is reaped by init a moment after it ends
    }
    assertFalse(
        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
        "process " + pid + " still running");
  }

  /**
   * Item 10: a model that exits while a process it started keeps its stdout open made the tool wait
   * for the timeout (120 s); the background process was left running.
   */
  @Test
  void modelExitWithOutputHeldOpenIsReportedAtOnce() throws Exception {
    Path pid = tmp.resolve("grandchild.pid");
    // the model exits while the tool waits for its first answer
    Path cfg = commandConfig("bash", "-c", "sleep 300 & echo $! > '" + pid + "'; sleep 2; exit 0");
    long t0 = System.nanoTime();
    JarRun run = analyze(cfg, tmp.resolve("out"));
    assertEquals(4, run.waitFor(100), run::stderr);
    double took = (System.nanoTime() - t0) / 1e9;
    assertTrue(took < 30, "took " + took + " s");
    assertTrue(
        run.stderr()
            .contains(
                "fairness: error: Model process exited (code 0) but its output stayed open, held"
                    + " by a process it started, while handling request 1"),
        run::stderr);
    assertEnds(Long.parseLong(Files.readString(pid).strip()));
  }

  /** Item 10: a worker the model started survived the model's normal end. */
  @Test
  void workersOfTheModelEndWithIt() throws Exception {
    Path pid = tmp.resolve("worker.pid");
    String stub = CliRun.testdata().resolve("models/StubModel.java").toString();
    Path cfg =
        commandConfig(
            "bash",
            "-c",
            "sleep 300 </dev/null >/dev/null 2>&1 & echo $! > '"
                + pid
                + "'; exec java '"
                + stub
                + "' ok");
    JarRun run = analyze(cfg, tmp.resolve("out"));
    assertEquals(0, run.waitFor(120), run::stderr);
    assertEnds(Long.parseLong(Files.readString(pid).strip()));
  }

  /** Item 11: a CSV row of ten million empty cells ran out of heap instead of the ragged error. */
  @Test
  void csvRowOfMillionsOfCellsIsRagged() throws Exception {
    Path data = tmp.resolve("wide.csv");
    try (var w = Files.newBufferedWriter(data)) {
      w.write(String.join("\n", csvRows(2)) + "\n");
      w.write(",".repeat(10_000_000));
      w.write("\n");
    }
    Path out = tmp.resolve("out");
    JarRun run =
        JarRun.start(
            tmp.resolve("logs"),
            List.of("-Xmx48m"),
            Map.of(),
            "analyze",
            "--config",
            dataConfig(data, "text/csv").toString(),
            "--output",
            out.toString());
    assertEquals(3, run.waitFor(120), run::stderr);
    assertTrue(
        run.stderr()
            .endsWith(
                "fairness: error: Row 4 of " + data + " has more than 1036 cells, expected 3\n"),
        run::stderr);
  }

  /**
   * Item 11: an application/json document too big for the heap is a clear data error, when its keys
   * must be evaluated on the whole document ({@code X[*]}: field paths such as {@code X} stream,
   * HostileLeftoversIT).
   */
  @Test
  void jsonDocumentBeyondTheHeapIsAClearError() throws Exception {
    Path data = tmp.resolve("big.json");
    StringBuilder x = new StringBuilder();
    StringBuilder y = new StringBuilder();
    for (int i = 0; i < 1_500_000; i++) {
      String sep = i == 0 ? "" : ",";
      x.append(sep).append("[").append(i % 2).append("]");
      y.append(sep).append(i % 5 == 0 ? 1 : 0);
    }
    Files.writeString(data, "{\"X\":[" + x + "],\"y\":[" + y + "],\"yhat\":[" + y + "]}");
    Path out = tmp.resolve("out");
    JarRun run =
        JarRun.start(
            tmp.resolve("logs"),
            List.of("-Xmx64m"),
            Map.of(),
            "analyze",
            "--config",
            wholeDocumentConfig(dataConfig(data, "application/json")).toString(),
            "--output",
            out.toString());
    assertEquals(3, run.waitFor(120), run::stderr);
    assertTrue(
        run.stderr().contains("fairness: error: " + data + ": the JSON document is longer than "),
        run::stderr);
    assertTrue(run.stderr().contains("convert it to JSON Lines"), run::stderr);
  }

  /**
   * Item 12: a FIFO said "does not exist"; UTF-16 said "not valid UTF-8"; duplicate keys passed.
   */
  @Test
  void messagesSayWhatIsWrong() throws Exception {
    Path fifo = tmp.resolve("rows.fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    JarRun run = analyze(dataConfig(fifo, "text/csv"), tmp.resolve("out1"));
    assertEquals(3, run.waitFor(60), run::stderr);
    assertTrue(
        run.stderr()
            .contains(
                "fairness: error: dataset_uri: "
                    + fifo
                    + " is not a regular file (a device, a FIFO or a pipe such as <(…) cannot be"
                    + " read twice); write the data to a file and give that"),
        run::stderr);

    Path utf16 = tmp.resolve("utf16.csv");
    Files.write(
        utf16,
        (String.join("\n", csvRows(60)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_16));
    run = analyze(dataConfig(utf16, "text/csv"), tmp.resolve("out2"));
    assertEquals(3, run.waitFor(60), run::stderr);
    assertTrue(
        run.stderr()
            .contains("fairness: error: Dataset " + utf16 + " is UTF-16, not UTF-8; convert it"),
        run::stderr);

    Files.write(tmp.resolve("rows.csv"), csvRows(60));
    String cfg = Files.readString(dataConfig(tmp.resolve("rows.csv"), "text/csv"));
    Path dup = tmp.resolve("dup.json");
    Files.writeString(dup, cfg.replaceFirst("\\{", "{\"label\":\"sex\","));
    run = analyze(dup, tmp.resolve("out3"));
    assertEquals(2, run.waitFor(60), run::stderr);
    assertTrue(run.stderr().contains("Duplicate key \"label\"; give each key once"), run::stderr);
  }
}
