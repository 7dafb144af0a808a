package dev.fairness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that needs more heap than it was given ends with one line that says how to give more — not
 * a JVM stack trace — and writes no outputs. Here FlipTest's feature matrix of 1M rows × 6 numeric
 * columns (48 MB) meets a 32 MB heap.
 */
class OutOfMemoryIT {

  @TempDir Path tmp;

  @Test
  void tooSmallAHeapIsOneLineWithTheFix() throws Exception {
    Path data = tmp.resolve("numeric.csv");
    Random rnd = new Random(8);
    try (BufferedWriter w = Files.newBufferedWriter(data, StandardCharsets.US_ASCII)) {
      w.write("a,b,c,d,sex,label,pred\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write(
            rnd.nextInt(1000)
                + ","
                + rnd.nextInt(1000)
                + ","
                + rnd.nextInt(1000)
                + ","
                + rnd.nextInt(1000)
                + ","
                + rnd.nextInt(2)
                + ","
                + rnd.nextInt(2)
                + ","
                + rnd.nextInt(2)
                + "\n");
      }
    }
    Path config = tmp.resolve("config.json");
    Files.writeString(
        config,
        "{\"dataset_type\": \"text/csv\", \"dataset_uri\": \"numeric.csv\", \"label\": \"label\","
            + " \"label_values_or_threshold\": [1], \"facet\": [{\"name_or_index\": \"sex\","
            + " \"value_or_threshold\": [0]}], \"predicted_label\": \"pred\", \"methods\":"
            + " {\"post_training_bias\": {\"methods\": [\"FT\"]}}}");
    Path out = tmp.resolve("out");
    JarRun r =
        JarRun.start(
            tmp.resolve("logs"),
            List.of("-Xmx32m", "-XX:+UseSerialGC"),
            Map.of(),
            "analyze",
            "--config",
            config.toString(),
            "--output",
            out.toString());

    assertEquals(1, r.waitFor(300), r::stderr);
    String err = r.stderr();
    assertTrue(err.contains("fairness: error: out of memory: the Java heap (-Xmx"), err);
    assertTrue(
        err.contains("m) is too small for this run; give it more, e.g. FAIRNESS_JAVA_OPTS="), err);
    assertFalse(err.contains("\tat "), err);
    assertFalse(Files.exists(out.resolve("analysis.json")));
  }
}
