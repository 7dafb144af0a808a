package dev.fairness.model;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ends a model process in the order of spec §8.5: (stdin already closed) wait, {@code destroy()},
 * wait, {@code destroyForcibly()}. Descendants of the process get the same treatment, so a model
 * started through a shell or launcher leaves nothing behind.
 */
final class ProcessStopper {

  private final Process process;
  private final Duration stdinGrace;
  private final Duration destroyGrace;

  ProcessStopper(Process process, Duration stdinGrace, Duration destroyGrace) {
    this.process = process;
    this.stdinGrace = stdinGrace;
    this.destroyGrace = destroyGrace;
  }

  /** Waits for the process to end, destroying it (and its descendants) when it does not. */
  void stop() {
    boolean interrupted = false;
    List<ProcessHandle> descendants = process.descendants().toList();
    try {
      if (process.waitFor(stdinGrace.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
      descendants = process.descendants().toList();
      process.destroy();
      descendants.forEach(ProcessHandle::destroy);
      if (process.waitFor(destroyGrace.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      if (process.isAlive()) {
        descendants = List.copyOf(union(descendants));
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
          process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private List<ProcessHandle> union(List<ProcessHandle> known) {
    List<ProcessHandle> all = new java.util.ArrayList<>(known);
    process.descendants().filter(h -> !all.contains(h)).forEach(all::add);
    return all;
  }
}
