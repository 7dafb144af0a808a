package dev.fairness.model;

import dev.fairness.RunLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Drains the model's stderr on its own thread: each line goes to the log at debug level as {@code
 * [model] <line>}; the last {@value #KEPT} lines are kept for error messages.
 */
final class StderrTail implements Runnable {

  static final int KEPT = 50;

  private final InputStream in;
  private final RunLog log;
  private final Deque<String> last = new ArrayDeque<>();

  StderrTail(InputStream in, RunLog log) {
    this.in = in;
    this.log = log;
  }

  @Override
  public void run() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        log.debug("[model] " + line);
        synchronized (last) {
          if (last.size() == KEPT) {
            last.removeFirst();
          }
          last.addLast(line);
        }
      }
    } catch (IOException e) {
      // The stream closes when the process ends; nothing more to read.
    }
  }

  /** Returns the kept lines, oldest first. */
  List<String> lines() {
    synchronized (last) {
      return new ArrayList<>(last);
    }
  }
}
