package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the Adult HTML report in headless Chromium (Debian package {@code chromium}): the rendered
 * DOM holds the key cells, the page logs no console error and makes no network request, and
 * screenshots are written to {@code target/report.png} (1200 px wide) and {@code
 * target/report-narrow.png} (400 px). Skipped, with a message, when Chromium is not installed;
 * {@code -Dchromium.path=...} points at another binary.
 *
 * <p>Network requests are read from Chromium's NetLog: requests the page starts carry the page's
 * origin as initiator ({@code null} for a file), while the browser's own background requests carry
 * {@code not an origin} and are ignored. A control page with an external image and a script error
 * proves that both checks detect what they look for.
 */
class ReportChromiumIT {

  private static final String DPL_READING =
      "The Sex = Female group gets the positive label 19.1 percentage points less often than the"
          + " rest (0.1088 vs 0.2998).";

  private Path chromium;

  @TempDir Path temp;

  @BeforeEach
  void findChromium() {
    chromium = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      String message =
          "SKIPPED headless-browser report check: "
              + chromium
              + " not found; install it with"
              + " `apt-get install -y chromium` (Debian/Ubuntu) or pass -Dchromium.path=...";
      System.err.println(message);
      Assumptions.abort(message);
    }
  }

  @Test
  void adultReportLoadsOfflineWithoutErrors() throws Exception {
    Path target = Files.createDirectories(Paths.get("target"));
    Path html = target.resolve("report.html").toAbsolutePath();
    Files.writeString(html, ReportGolden.render(ReportFormat.HTML, ReportFixtures.adult()));

    Run run = run(html, "--dump-dom");
    assertEquals(0, run.exitCode, run.stderr);
    assertTrue(run.stdout.contains("title=\"0.19097982982080125\">0.1910"), "DPL value cell");
    assertTrue(run.stdout.contains(DPL_READING), "DPL reading sentence");
    assertTrue(run.stdout.contains("FlipTest does not support non-numeric columns"), "FT error");
    assertEquals(List.of(), consoleErrors(run.stderr), "console errors");
    assertEquals(List.of(), pageRequests(run.netLog), "network requests made by the page");

    Path wide = target.resolve("report.png").toAbsolutePath();
    Path narrow = target.resolve("report-narrow.png").toAbsolutePath();
    assertEquals(0, run(html, "--screenshot=" + wide, "--window-size=1200,2000").exitCode);
    assertEquals(0, run(html, "--screenshot=" + narrow, "--window-size=400,2000").exitCode);
    assertTrue(Files.size(wide) > 10_000, "screenshot written");
    assertTrue(Files.size(narrow) > 10_000, "narrow screenshot written");
  }

  @Test
  void theChecksDetectRequestsAndConsoleErrors() throws Exception {
    Path control = temp.resolve("control.html");
    Files.writeString(
        control,
        "<!DOCTYPE html><html><body><img src=\"http://example.invalid/x.png\">"
            + "<script>throw new Error(\"boom\")</script></body></html>");
    Run run = run(control, "--dump-dom");
    assertFalse(consoleErrors(run.stderr).isEmpty(), "control: console error not detected");
    assertEquals(
        List.of("http://example.invalid/x.png"), pageRequests(run.netLog), "control: request");
  }

  private record Run(int exitCode, String stdout, String stderr, JsonNode netLog) {}

  private Run run(Path page, String... action) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory(temp, "chromium");
    Path netLog = dir.resolve("netlog.json");
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--enable-logging=stderr",
                "--v=0",
                "--log-net-log=" + netLog,
                "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(action));
    command.add(page.toUri().toString());
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s");
    }
    JsonNode log = Files.exists(netLog) ? new ObjectMapper().readTree(netLog.toFile()) : null;
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        log);
  }

  /** Returns the console messages and load errors Chromium logged for the page. */
  private static List<String> consoleErrors(String stderr) {
    return stderr
        .lines()
        .filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught") || l.contains("net::ERR_"))
        .toList();
  }

  /** Returns the URLs of the requests the page itself started (not the browser's own). */
  private static List<String> pageRequests(JsonNode netLog) {
    assertTrue(netLog != null && netLog.has("events"), "chromium wrote a NetLog");
    List<String> urls = new ArrayList<>();
    for (JsonNode event : netLog.get("events")) {
      JsonNode params = event.get("params");
      if (params == null || !params.has("url") || !params.has("initiator")) {
        continue;
      }
      String initiator = params.get("initiator").asText();
      String url = params.get("url").asText();
      if (!"not an origin".equals(initiator) && !url.startsWith("file:") && !urls.contains(url)) {
        urls.add(url);
      }
    }
    return urls;
  }
}
