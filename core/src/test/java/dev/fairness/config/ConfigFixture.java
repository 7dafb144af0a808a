package dev.fairness.config;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.RunLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small configurations into a directory and loads them; single quotes become double. */
final class ConfigFixture {

  final Path dir;
  final RunLog.Recording log = new RunLog.Recording();

  ConfigFixture(Path dir) {
    this.dir = dir;
  }

  /** Returns the directory holding the shared test configurations ({@code testdata/config}). */
  static Path testdata() {
    String root = System.getProperty("testdata.dir");
    return (root == null ? Path.of("../testdata") : Path.of(root)).resolve("config");
  }

  /** Writes {@code json} (with ' for ") to {@code dir/config.json} and returns its path. */
  Path write(String json) {
    Path file = dir.resolve("config.json");
    try {
      Files.writeString(file, json.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  AnalysisConfig load(String json) {
    return ConfigLoader.load(write(json), ConfigOverrides.none(), log);
  }

  AnalysisConfig load(String json, ConfigOverrides overrides) {
    return ConfigLoader.load(write(json), overrides, log);
  }

  ConfigException fail(String json) {
    return fail(json, ConfigOverrides.none());
  }

  ConfigException fail(String json, ConfigOverrides overrides) {
    Path file = write(json);
    return assertThrows(ConfigException.class, () -> ConfigLoader.load(file, overrides, log));
  }

  /** A minimal valid CSV pre-training configuration, to be extended with {@code extra} keys. */
  static String csvBias(String extra) {
    return "{'dataset_type':'text/csv','dataset_uri':'data.csv','label':'y',"
        + "'label_values_or_threshold':[1],'facet':[{'name_or_index':'g'}],"
        + "'methods':{'pre_training_bias':{'methods':'all'}}"
        + (extra.isEmpty() ? "" : "," + extra)
        + "}";
  }
}
