package dev.fairness.gate;

import dev.fairness.config.ConfigException;
import dev.fairness.text.ValueText;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a metric may move between a baseline and a current analysis before {@code fairness
 * compare} calls it a violation: an optional limit for every metric and per-metric overrides
 * (spelled on the command line {@code --max-change 0.05} and {@code --max-change DI=0.1}).
 *
 * @param global the limit of every metric without an override, or null for none
 * @param perMetric metric acronym to its limit, sorted by acronym; {@code +∞} exempts a metric
 * @param significantOnly whether a change above its limit violates only when it is significant (the
 *     two runs' confidence intervals do not overlap; {@code --significant-only}, issue 18); a
 *     metric without intervals on both sides is judged as without this flag
 */
public record ChangeLimits(Double global, Map<String, Double> perMetric, boolean significantOnly) {

  private static final Pattern SPEC =
      Pattern.compile(
          "(?:([A-Za-z]+)\\s*=\\s*)?([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|inf)");

  /** Copies the map into an unmodifiable sorted one. */
  public ChangeLimits {
    perMetric = Collections.unmodifiableMap(new TreeMap<>(perMetric));
  }

  /** Creates limits that apply to every change, significant or not. */
  public ChangeLimits(Double global, Map<String, Double> perMetric) {
    this(global, perMetric, false);
  }

  /** Returns these limits applied to significant changes only ({@code --significant-only}). */
  public ChangeLimits significantOnly(boolean only) {
    return new ChangeLimits(global, perMetric, only);
  }

  /** Returns limits that never flag a change. */
  public static ChangeLimits none() {
    return new ChangeLimits(null, Map.of());
  }

  /**
   * Returns the limits given by {@code --max-change} values, each {@code X} (every metric) or
   * {@code METRIC=X}; X is a non-negative number or {@code inf}. Throws {@link ConfigException}
   * (exit 2) on a malformed value, a negative limit, or a limit given twice for the same scope.
   */
  public static ChangeLimits parse(List<String> specs) {
    Double global = null;
    Map<String, Double> perMetric = new TreeMap<>();
    for (String spec : specs) {
      Matcher m = SPEC.matcher(spec.strip());
      if (!m.matches()) {
        throw invalid(spec, "expected a number such as 0.05 or METRIC=NUMBER such as DI=0.1");
      }
      String num = m.group(2);
      double limit =
          num.equalsIgnoreCase("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(num);
      if (limit < 0) {
        throw invalid(spec, "a limit cannot be negative; it bounds the absolute change");
      }
      if (m.group(1) == null) {
        if (global != null) {
          throw invalid(spec, "the limit for every metric is given twice; keep one");
        }
        global = limit;
      } else {
        String metric = m.group(1);
        if (!metric.equals(metric.toUpperCase(Locale.ROOT))) {
          throw invalid(spec, "the metric must be an acronym such as DI or DPPL, not " + metric);
        }
        if (perMetric.put(metric, limit) != null) {
          throw invalid(spec, "the limit for " + metric + " is given twice; keep one");
        }
      }
    }
    return new ChangeLimits(global, perMetric);
  }

  /** Returns the limit of a metric: its override, else the global limit, else null (none). */
  public Double limitFor(String metric) {
    Double own = perMetric.get(metric);
    return own != null ? own : global;
  }

  /** Returns a one-line description, e.g. {@code every metric ±0.05, DI ±0.1}, or {@code none}. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (global != null) {
      b.append("every metric ±").append(ValueText.renderDouble(global));
    }
    for (Map.Entry<String, Double> e : perMetric.entrySet()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(e.getKey()).append(" ±").append(ValueText.renderDouble(e.getValue()));
    }
    if (b.length() == 0) {
      return "none";
    }
    return significantOnly ? b + ", significant changes only" : b.toString();
  }

  private static ConfigException invalid(String spec, String why) {
    return new ConfigException("--max-change " + spec + ": " + why);
  }
}
