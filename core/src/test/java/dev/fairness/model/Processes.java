package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Launches the single-file programs of testdata/models with the running JVM. */
final class Processes {

  private Processes() {}

  static Path models() {
    return Path.of(System.getProperty("testdata.dir", "../testdata"))
        .resolve("models")
        .toAbsolutePath();
  }

  /** Returns the argv that runs {@code testdata/models/<file>} with the given arguments. */
  static List<String> java(String file, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add(ProcessHandle.current().info().command().orElseThrow());
    argv.add("-XX:TieredStopAtLevel=1");
    argv.add("-XX:+UseSerialGC");
    argv.add(models().resolve(file).toString());
    argv.addAll(List.of(args));
    return argv;
  }

  /** Asserts that no process started by this JVM is still alive. */
  static void assertNoChildren() {
    List<ProcessHandle> alive =
        ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    assertEquals(
        List.of(),
        alive.stream().map(h -> h.pid() + " " + h.info().commandLine().orElse("?")).toList());
  }
}
