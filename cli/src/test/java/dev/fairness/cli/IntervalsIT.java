package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confidence intervals on the real jar (issue 18): the same seed gives byte-identical analysis.json
 * with intervals under one and two processors; {@code lower()}/{@code upper()} gates read the
 * interval and show it; without intervals such a gate is exit 2; {@code compare --significant-only}
 * ignores a change whose intervals overlap.
 */
class IntervalsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOWER_DI = "lower(post.DI@Sex=Female) >= 0.8";
  private static final String UPPER_DPL = "upper(abs(pre.DPL)) <= 0.25";

  @TempDir Path tmp;

  private Path config() throws Exception {
    Path cases = CliRun.testdata().resolve("cases/a_sex_female");
    ObjectNode cfg = (ObjectNode) JSON.readTree(cases.resolve("config.json").toFile());
    cfg.put("dataset_uri", cases.resolve(cfg.get("dataset_uri").asText()).normalize().toString());
    Path file = tmp.resolve("config.json");
    JSON.writeValue(file.toFile(), cfg);
    return file;
  }

  private JarRun analyze(String name, int cpus, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "analyze",
                "--config",
                config().toString(),
                "--output",
                tmp.resolve(name).toString(),
                "--format",
                "json",
                "--quiet"));
    args.addAll(List.of(extra));
    JarRun r =
        JarRun.start(
            tmp.resolve("logs-" + name),
            List.of("-XX:ActiveProcessorCount=" + cpus),
            Map.of(),
            args.toArray(String[]::new));
    r.waitFor(300);
    return r;
  }

  @Test
  void gatesReadTheIntervalAndRunsAreIdenticalAcrossThreadCounts() throws Exception {
    String[] gate = {
      "--n-boot", "400", "--seed", "11", "--assert", LOWER_DI, "--assert", UPPER_DPL, "--junit"
    };
    JarRun one = analyze("one", 1, append(gate, tmp.resolve("one.xml").toString()));
    JarRun two = analyze("two", 2, append(gate, tmp.resolve("two.xml").toString()));
    assertEquals(6, one.waitFor(1), one::stderr);
    assertEquals(6, two.waitFor(1), two::stderr);
    byte[] json = Files.readAllBytes(tmp.resolve("one/analysis.json"));
    assertArrayEquals(json, Files.readAllBytes(tmp.resolve("two/analysis.json")));

    JsonNode di = metric(tmp.resolve("one/analysis.json"), "post", "DI");
    double v = di.get("value").asDouble();
    double low = di.get("ci").get(0).asDouble();
    double high = di.get("ci").get(1).asDouble();
    assertTrue(low < v && v < high && high < 0.4, di.toString()); // DI 0.30 on Adult
    String line =
        "fairness: assertion failed: "
            + LOWER_DI
            + " (Sex=Female: "
            + di.get("value").asText()
            + " [";
    List<String> failed =
        one.stderr().lines().filter(l -> l.startsWith("fairness: assertion failed:")).toList();
    assertEquals(1, failed.size(), one.stderr()); // upper(|DPL|) 0.20 holds
    assertTrue(failed.get(0).startsWith(line), one.stderr());
    String xml = Files.readString(tmp.resolve("one.xml"));
    assertTrue(xml.contains(LOWER_DI.replace(">", "&gt;") + " failed for Sex=Female: "), xml);
    JsonNode dpl = metric(tmp.resolve("one/analysis.json"), "pre", "DPL");
    assertTrue(
        xml.contains(
            "Sex=Female: "
                + dpl.get("value").asText()
                + " ["
                + dpl.get("ci").get(0).asText()
                + ", "
                + dpl.get("ci").get(1).asText()
                + "]"),
        xml);
  }

  @Test
  void aBoundGateWithoutIntervalsIsAUsageError() throws Exception {
    JarRun r = analyze("plain", 2, "--assert", LOWER_DI);
    assertEquals(2, r.waitFor(1), r::stderr);
    assertEquals(
        "fairness: error: --assert "
            + LOWER_DI
            + ": lower()/upper() read confidence intervals, and this run computes none; add"
            + " --n-boot 1000 (or methods.confidence to the config)\n",
        r.stderr());
    assertFalse(Files.exists(tmp.resolve("plain/analysis.json")));
  }

  @Test
  void compareSignificantOnlyIgnoresOverlappingIntervals() throws Exception {
    JarRun r = analyze("cur", 2, "--n-boot", "200");
    assertEquals(0, r.waitFor(1), r::stderr);
    Path current = tmp.resolve("cur/analysis.json");
    ObjectNode base = (ObjectNode) JSON.readTree(current.toFile());
    // DI moves by 0.01, inside its interval; DPPL's baseline interval lies far away
    ObjectNode di = (ObjectNode) metric(base, "post", "DI");
    di.put("value", di.get("value").asDouble() + 0.01);
    ObjectNode dppl = (ObjectNode) metric(base, "post", "DPPL");
    dppl.put("value", 0.5);
    ((ArrayNode) dppl.get("ci")).removeAll().add(0.45).add(0.55);
    Path baseline = tmp.resolve("baseline.json");
    JSON.writeValue(baseline.toFile(), base);
    CliRun all =
        CliRun.run(
            "compare",
            "--baseline",
            baseline.toString(),
            "--current",
            current.toString(),
            "--max-change",
            "0.005",
            "--significant-only");
    assertEquals(6, all.code(), all.err());
    assertTrue(all.err().contains("change violation: post.DPPL@Sex=Female: change "), all.err());
    assertFalse(all.err().contains("post.DI@"), all.err());
    assertTrue(all.out().contains("not significant"), all.out());
    assertTrue(all.out().contains("EXCEEDED (limit ±0.005, significant)"), all.out());
    CliRun plain =
        CliRun.run(
            "compare",
            "--baseline",
            baseline.toString(),
            "--current",
            current.toString(),
            "--max-change",
            "0.005");
    assertTrue(plain.err().contains("post.DI@Sex=Female"), plain.err());
  }

  private static JsonNode metric(Path file, String stage, String name) throws Exception {
    return metric(JSON.readTree(file.toFile()), stage, name);
  }

  private static JsonNode metric(JsonNode root, String stage, String name) {
    for (JsonNode m :
        root.get(stage + "_training_bias_metrics").get("facets").get("Sex").get(0).get("metrics")) {
      if (m.get("name").asText().equals(name)) {
        return m;
      }
    }
    throw new AssertionError(name);
  }

  private static String[] append(String[] a, String last) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = last;
    return out;
  }
}
