package dev.fairness.model;

import dev.fairness.RunLog;
import dev.fairness.config.LocalConfig;
import dev.fairness.config.PredictorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The operating-system side of the subprocess transport (spec §8.5): starts the model command with
 * its environment, drains its stderr, registers a JVM shutdown hook, builds the exit message with
 * the kept stderr lines, and stops the process in the spec's order.
 */
final class ModelProcess {

  private final List<String> command;
  private final LocalConfig local;
  private final Map<String, String> env;
  private final RunLog log;
  private volatile Process process;
  private StderrTail stderr;
  private Thread stderrThread;
  private Thread hook;

  /** Every descendant seen while the process ran: they outlive it once it exits. */
  private final java.util.Set<ProcessHandle> seen =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private java.util.concurrent.ScheduledExecutorService watcher;
  private volatile java.util.function.IntConsumer exitListener;

  ModelProcess(PredictorConfig predictor, LocalConfig local, RunLog log) {
    this.command = List.copyOf(local.command());
    this.local = local;
    this.log = log;
    Map<String, String> e = new LinkedHashMap<>(local.env());
    e.put("CLARIFY_CONTENT_TYPE", predictor.contentType());
    e.put("CLARIFY_ACCEPT_TYPE", predictor.acceptType());
    if (predictor.customAttributes() != null) {
      e.put("CLARIFY_CUSTOM_ATTRIBUTES", predictor.customAttributes());
    }
    if (predictor.targetModel() != null) {
      e.put("CLARIFY_TARGET_MODEL", predictor.targetModel());
    }
    this.env = e;
  }

  /**
   * Starts the process and registers {@code onShutdown} as a JVM shutdown hook.
   *
   * @throws ModelInvocationException {@code Cannot start model command <argv>: <msg>}
   */
  void start(Runnable onShutdown) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(local.workingDir().toFile());
    pb.environment().putAll(env);
    try {
      process = pb.start();
    } catch (IOException | RuntimeException e) {
      throw new ModelInvocationException(
          "Cannot start model command " + String.join(" ", command) + ": " + e.getMessage(), e);
    }
    log.debug("Started model process " + process.pid() + ": " + String.join(" ", command));
    stderr = new StderrTail(process.getErrorStream(), log);
    stderrThread = SubprocessModelInvoker.daemon("model-stderr", stderr);
    hook = new Thread(onShutdown, "model-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    watcher =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "model-tree");
              t.setDaemon(true);
              return t;
            });
    Process p = process;
    watcher.scheduleWithFixedDelay(() -> watch(p), 0, 200, TimeUnit.MILLISECONDS);
  }

  /**
   * Notes the process's descendants while it runs; once it has exited, tells the exit listener.
   * (Polled: the JDK's own exit callbacks can wait behind a read blocked on the model's output.)
   */
  private void watch(Process p) {
    if (p.isAlive()) {
      p.descendants().forEach(seen::add);
      return;
    }
    java.util.function.IntConsumer listener = exitListener;
    exitListener = null;
    if (listener != null) {
      listener.accept(p.exitValue());
    }
  }

  /**
   * Runs {@code action} with the exit code once the process has exited (its output may still be
   * open, held by a process it started).
   */
  void onExit(java.util.function.IntConsumer action) {
    exitListener = action;
  }

  /** Ends every process the model started that is still alive (its output's other holders). */
  void endDescendants() {
    Process p = process;
    if (p != null) {
      p.descendants().forEach(seen::add);
    }
    ProcessStopper.endTree(List.copyOf(seen));
  }

  OutputStream stdin() {
    return process.getOutputStream();
  }

  InputStream stdout() {
    return process.getInputStream();
  }

  /** Returns the error for a process whose output ended, with its last stderr lines as details. */
  ModelInvocationException exitError(long id) {
    String message;
    try {
      boolean ended = process.waitFor(2, TimeUnit.SECONDS);
      stderrThread.join(1000);
      message =
          ended
              ? "Model process exited with code "
                  + process.exitValue()
                  + " while handling request "
                  + id
              : "Model process closed its standard output while handling request " + id;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      message = "Model process stopped answering while handling request " + id;
    }
    return new ModelInvocationException(message, stderr.lines(), null);
  }

  /** Kills the process and its descendants at once; does nothing before it started. */
  void kill() {
    Process p = process;
    if (p != null) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      seen.forEach(ProcessHandle::destroyForcibly);
    }
  }

  /**
   * Waits for the process to end after stdin was closed, destroying it (and its descendants) when
   * it does not, then removes the shutdown hook unless called from it.
   */
  void stop(Duration stdinGrace, Duration destroyGrace) {
    new ProcessStopper(process, stdinGrace, destroyGrace, seen).stop();
    watcher.shutdownNow();
    try {
      stderrThread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (Thread.currentThread() != hook) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is already shutting down; the hook is this call's twin.
      }
    }
  }
}
