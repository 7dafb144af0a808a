package dev.fairness.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Ends a model process in the order of spec §8.5: (stdin already closed) wait, {@code destroy()},
 * wait, {@code destroyForcibly()}. Then, always, the processes it started (those alive now and
 * those seen earlier, which outlive it once it exits) get {@code destroy()} and, a moment later,
 * {@code destroyForcibly()}: a model started through a shell or with workers leaves nothing behind.
 */
final class ProcessStopper {

  private static final long TREE_GRACE_MILLIS = 1000;

  private final Process process;
  private final Duration stdinGrace;
  private final Duration destroyGrace;
  private final Collection<ProcessHandle> seen;

  ProcessStopper(
      Process process, Duration stdinGrace, Duration destroyGrace, Collection<ProcessHandle> seen) {
    this.process = process;
    this.stdinGrace = stdinGrace;
    this.destroyGrace = destroyGrace;
    this.seen = seen;
  }

  /** Waits for the process to end, destroying it when it does not, then ends its descendants. */
  void stop() {
    boolean interrupted = false;
    Set<ProcessHandle> tree = new LinkedHashSet<>(seen);
    process.descendants().forEach(tree::add);
    try {
      if (!process.waitFor(stdinGrace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(tree::add);
        process.destroy();
        process.waitFor(destroyGrace.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      if (process.isAlive()) {
        process.descendants().forEach(tree::add);
        process.destroyForcibly();
        try {
          process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      seen.forEach(tree::add);
      endTree(tree);
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Destroys the processes of {@code tree} still alive, forcibly after a short grace. */
  static void endTree(Collection<ProcessHandle> tree) {
    List<ProcessHandle> alive = new ArrayList<>();
    for (ProcessHandle h : tree) {
      if (h.isAlive()) {
        h.destroy();
        alive.add(h);
      }
    }
    long deadline = System.nanoTime() + TREE_GRACE_MILLIS * 1_000_000;
    for (ProcessHandle h : alive) {
      long left = deadline - System.nanoTime();
      try {
        if (left > 0) {
          h.onExit().get(left, TimeUnit.NANOSECONDS);
        }
      } catch (Exception e) {
        // still alive (or interrupted): forced below
      }
      if (h.isAlive()) {
        h.destroyForcibly();
      }
    }
  }
}
