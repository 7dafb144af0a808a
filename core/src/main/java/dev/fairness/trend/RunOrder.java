package dev.fairness.trend;

import dev.fairness.config.ConfigException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the runs of a trend are ordered: {@code given} keeps the command-line order; {@code time}
 * sorts by the run time each run records (stable, so equal times keep the given order) and needs
 * one on every run; {@code auto} (the default) sorts by time when every run records one and keeps
 * the given order otherwise.
 */
public enum RunOrder {
  AUTO,
  GIVEN,
  TIME;

  /** The runs in order, with a note when {@code auto} fell back to the given order (or null). */
  public record Ordered(List<TrendRun> runs, String note) {}

  /** Parses {@code auto}, {@code given} or {@code time}; exit 2 otherwise. */
  public static RunOrder parse(String text) {
    if (text == null) {
      return AUTO;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "--order " + text + ": expected auto, given or time; give e.g. --order given");
    }
  }

  /**
   * Returns the runs in this order. Throws ConfigException (exit 2) for {@code time} when a run
   * records no time.
   */
  public Ordered apply(List<TrendRun> runs) {
    TrendRun untimed = runs.stream().filter(r -> r.time() == null).findFirst().orElse(null);
    if (this == GIVEN) {
      return new Ordered(List.copyOf(runs), null);
    }
    if (untimed != null) {
      if (this == TIME) {
        throw new ConfigException(
            "--order time: "
                + untimed.file()
                + " records no run time (no report with a Generated time beside it); give"
                + " --order given and list the runs oldest first");
      }
      return new Ordered(
          List.copyOf(runs),
          "runs kept in the order given: "
              + untimed.file()
              + " records no run time (no report with a Generated time beside it)");
    }
    List<TrendRun> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparing(TrendRun::time));
    return new Ordered(List.copyOf(sorted), null);
  }
}
