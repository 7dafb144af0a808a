package dev.fairness.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Launches the shaded jar ({@code cli/target/fairness.jar}, built in {@code package} before
 * failsafe runs the ITs) as a real process: what CI users run, with real signals and a real exit
 * code. stdout and stderr go to files in {@code logDir}.
 */
final class JarRun {

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private JarRun(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * Starts {@code java <jvmOptions> -jar fairness.jar <args>} with {@code env} added to this
   * process's environment.
   */
  static JarRun start(Path logDir, List<String> jvmOptions, Map<String, String> env, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-jar");
    cmd.add(Path.of("target", "fairness.jar").toAbsolutePath().toString());
    cmd.addAll(List.of(args));
    Files.createDirectories(logDir);
    Path err = Files.createTempFile(logDir, "stderr", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    Path out = Files.createTempFile(logDir, "stdout", ".txt");
    pb.redirectOutput(out.toFile());
    pb.redirectError(err.toFile());
    return new JarRun(pb.start(), out, err);
  }

  /** Returns the running process. */
  Process process() {
    return process;
  }

  /** Waits at most {@code seconds} for the exit and returns the exit code; kills on timeout. */
  int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("fairness did not exit within " + seconds + " s; " + stderr());
    }
    return process.exitValue();
  }

  /** Returns what the process wrote to stdout so far. */
  String stdout() throws IOException {
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  /** Returns what the process wrote to stderr so far. */
  String stderr() {
    try {
      return Files.readString(stderr, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(stderr unreadable: " + e + ")";
    }
  }
}
