package dev.fairness.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fairness.FairnessException;
import dev.fairness.RunLog;
import dev.fairness.data.InputLimits;
import dev.fairness.data.SourceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz target for the CSV reader (spec §3.1): a header rule, optional configured headers and the
 * file's bytes; reading every column either works or fails with a data error (exit 3); any other
 * exception is a finding. Regression inputs live in {@code CsvSourceFuzzTestInputs/}.
 */
class CsvSourceFuzzTest {

  private static final Path DIR = scratch();

  @FuzzTest(maxDuration = "10m")
  void read(FuzzedDataProvider data) throws IOException {
    CsvHeaderMode mode = data.pickValue(CsvHeaderMode.values());
    List<String> headers = null;
    if (data.consumeBoolean()) {
      headers = Arrays.asList(data.consumeString(40).split(",", -1));
    }
    Path file = DIR.resolve("data.csv");
    Files.write(file, data.consumeRemainingAsBytes());
    // a small field limit, so the size-limit path is fuzzed too
    CsvSource src =
        new CsvSource(
            List.of(file),
            file,
            headers,
            mode,
            new InputLimits(256, InputLimits.DEFAULT_MAX_LINE_BYTES),
            RunLog.silent());
    try {
      List<String> names = src.names();
      boolean[] keep = new boolean[names.size()];
      Arrays.fill(keep, true);
      SourceData read = src.read(keep, names.isEmpty() ? -1 : 0);
      assertEquals(names.size(), read.columns().size());
    } catch (FairnessException e) {
      assertEquals(FairnessException.Kind.DATA, e.kind(), e::getMessage);
    }
  }

  static Path scratch() {
    try {
      Path dir = Files.createTempDirectory("fairness-data-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
