package dev.fairness.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.RunLog;
import dev.fairness.config.ConfigException;
import dev.fairness.data.csv.CsvHeaderMode;
import dev.fairness.data.csv.CsvSource;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One oversized CSV field or JSON line is a one-line data error naming file, line and limit. */
class InputLimitsTest {

  @TempDir Path dir;

  private static boolean[] all(int n) {
    boolean[] b = new boolean[n];
    java.util.Arrays.fill(b, true);
    return b;
  }

  @Test
  void csvFieldOverTheLimit() throws IOException {
    Path f = dir.resolve("d.csv");
    Files.writeString(f, "a,b\n1,\"0123456789\"\n2,\"x\n01234567890\"\n", StandardCharsets.UTF_8);
    CsvSource src =
        new CsvSource(
            List.of(f),
            f,
            null,
            CsvHeaderMode.PRESENT,
            new InputLimits(12, InputLimits.DEFAULT_MAX_LINE_BYTES),
            RunLog.silent());
    DataException e = assertThrows(DataException.class, () -> src.read(all(2), -1));
    assertEquals(
        f
            + ":3: a CSV field is longer than 12 bytes; raise the limit with the JVM option"
            + " -Dfairness.max_field_bytes=<bytes>",
        e.getMessage());
  }

  @Test
  void csvFieldAtTheLimitIsRead() throws IOException {
    Path f = dir.resolve("d.csv");
    Files.writeString(f, "a,b\r\n1,\"0123456789\"\r\n2,é\u00e9\u00e9\u00e9\u00e9\u00e9\r\n");
    CsvSource src =
        new CsvSource(
            List.of(f),
            f,
            null,
            CsvHeaderMode.PRESENT,
            new InputLimits(12, InputLimits.DEFAULT_MAX_LINE_BYTES),
            RunLog.silent());
    assertEquals(2, src.read(all(2), -1).rows());
  }

  @Test
  void jsonLineOverTheLimit() throws IOException {
    Path f = dir.resolve("d.jsonl");
    Files.writeString(f, "{\"features\":[1,2]}\n\n{\"features\":[1,2,3,4,5,6,7,8,9]}\n");
    JsonLinesSource src = new JsonLinesSource(List.of(f), f, null, "features", null, null, 30);
    DataException e = assertThrows(DataException.class, () -> src.read(all(2)));
    assertEquals(
        f
            + ":3: a JSON Lines line is longer than 30 bytes; raise the limit with the JVM option"
            + " -Dfairness.max_line_bytes=<bytes>",
        e.getMessage());
  }

  @Test
  void limitsComeFromTheGivenProperties() {
    Properties p = new Properties();
    assertEquals(InputLimits.defaults(), InputLimits.of(p));
    p.setProperty(InputLimits.FIELD_PROPERTY, " 12 ");
    p.setProperty(InputLimits.LINE_PROPERTY, "30");
    assertEquals(new InputLimits(12, 30), InputLimits.of(p));
  }

  @Test
  void badPropertyIsAConfigError() {
    Properties p = new Properties();
    p.setProperty(InputLimits.LINE_PROPERTY, "lots");
    ConfigException e = assertThrows(ConfigException.class, () -> InputLimits.of(p));
    assertEquals(
        "-Dfairness.max_line_bytes=lots: must be a positive integer (bytes)", e.getMessage());
  }

  @Test
  void linesSplitLikeReadLine() throws IOException {
    String text = "a\r\nb\rc\n\nd";
    List<String> got = new ArrayList<>();
    try (BoundedLines r = new BoundedLines(new StringReader(text), "t", 100)) {
      for (String l = r.next(); l != null; l = r.next()) {
        got.add(l);
      }
    }
    assertEquals(List.of("a", "b", "c", "", "d"), got);
  }
}
