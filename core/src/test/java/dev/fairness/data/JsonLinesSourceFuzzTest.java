package dev.fairness.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fairness.FairnessException;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz target for the JSON Lines reader (spec §3.2): JMESPath expressions for features, label and
 * predicted label (fixed ones or fuzzed ones that compile, as the config loader demands), optional
 * headers, and the file's bytes; reading every column either works or fails with a data error (exit
 * 3); any other exception is a finding. Regression inputs live in {@code
 * JsonLinesSourceFuzzTestInputs/}.
 */
class JsonLinesSourceFuzzTest {

  private static final Path DIR = scratch();
  private static final JacksonRuntime RUNTIME = new JacksonRuntime();

  @FuzzTest(maxDuration = "10m")
  void read(FuzzedDataProvider data) throws IOException {
    String features = expression(data, "features");
    String label = data.consumeBoolean() ? expression(data, "label") : null;
    String predicted = data.consumeBoolean() ? expression(data, "predicted") : null;
    if (features == null) {
      return;
    }
    List<String> headers = null;
    if (data.consumeBoolean()) {
      headers = Arrays.asList(data.consumeString(40).split(",", -1));
    }
    Path file = DIR.resolve("data.jsonl");
    Files.write(file, data.consumeRemainingAsBytes());
    try {
      JsonLinesSource src =
          new JsonLinesSource(
              List.of(file), file, headers, features, label, predicted, 256); // limit fuzzed too
      List<String> names = src.names();
      boolean[] keep = new boolean[names.size()];
      Arrays.fill(keep, true);
      SourceData read = src.read(keep);
      assertEquals(names.size(), read.columns().size());
    } catch (FairnessException e) {
      assertEquals(FairnessException.Kind.DATA, e.kind(), e::getMessage);
    }
  }

  /** Returns a fixed or fuzzed expression, or null when the fuzzed one does not compile. */
  private static String expression(FuzzedDataProvider data, String fixed) {
    if (data.consumeBoolean()) {
      return fixed;
    }
    String e = data.consumeString(30);
    try {
      RUNTIME.compile(e);
      return e;
    } catch (JmesPathException ex) {
      return null; // ConfigLoader rejects it (exit 2) before the dataset is read
    }
  }

  private static Path scratch() {
    try {
      Path dir = Files.createTempDirectory("fairness-data-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
