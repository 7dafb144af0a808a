package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fairness.FairnessException;
import dev.fairness.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz target for {@link ConfigLoader#load}: any bytes written as the configuration file either
 * load or fail with a configuration error (exit 2); any other exception is a finding. Regression
 * inputs live in {@code ConfigLoaderFuzzTestInputs/}; see README "Fuzzing" for fuzzing mode.
 */
class ConfigLoaderFuzzTest {

  private static final Path DIR = scratch();

  @FuzzTest(maxDuration = "10m")
  void load(byte[] input) throws IOException {
    Path file = DIR.resolve("analysis_config.json");
    Files.write(file, input);
    try {
      ConfigLoader.load(file, ConfigOverrides.none(), RunLog.silent());
    } catch (FairnessException e) {
      assertEquals(FairnessException.Kind.CONFIG, e.kind(), e::getMessage);
    }
  }

  private static Path scratch() {
    try {
      Path dir = Files.createTempDirectory("fairness-config-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
