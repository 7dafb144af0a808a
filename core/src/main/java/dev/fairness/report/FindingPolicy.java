package dev.fairness.report;

import dev.fairness.result.MetricValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * The policy the findings summary of a report judges metric values by: red outside it, amber near
 * its limit, green inside. The defaults are documented in {@code docs/report.md}: DI outside [0.8,
 * 1.25] (the four-fifths rule), |DPL| or |DPPL| above 0.1, and the same 0.1 for every other
 * difference of two shares (CDDL, CDDPL, AD, RD, SD, DAR, DRR, FT); |CI| above 0.5 is amber only;
 * KL, JS, LP, KS, TVD, DCA, DCR, TE and GE are not judged by default. {@link Override}s (the
 * command line makes them from {@code --assert} and {@code --thresholds}) replace the default rule
 * for every value they match.
 */
public final class FindingPolicy {

  /** Judgement of one value. */
  public enum Level {
    /** Outside the policy. */
    RED,
    /** Inside the policy but near its limit. */
    AMBER,
    /** Inside the policy. */
    GREEN
  }

  /**
   * A default rule: red when the value leaves {@code [redLow, redHigh]}, amber when it leaves
   * {@code [amberLow, amberHigh]}.
   */
  private record Rule(
      String metric,
      double redLow,
      double redHigh,
      double amberLow,
      double amberHigh,
      String text) {

    static Rule symmetric(String metric, double red, double amber) {
      return new Rule(metric, -red, red, -amber, amber, "|" + metric + "| ≤ " + red);
    }
  }

  private static final double SHARE_LIMIT = 0.1;
  private static final double SHARE_NEAR = 0.05;

  private static final List<Rule> DEFAULTS =
      List.of(
          new Rule("DI", 0.8, 1.25, 0.9, 1 / 0.9, "DI within [0.8, 1.25], the four-fifths rule"),
          Rule.symmetric("DPPL", SHARE_LIMIT, SHARE_NEAR),
          Rule.symmetric("DPL", SHARE_LIMIT, SHARE_NEAR),
          Rule.symmetric("CDDPL", SHARE_LIMIT, SHARE_NEAR),
          Rule.symmetric("CDDL", SHARE_LIMIT, SHARE_NEAR),
          Rule.symmetric("AD", SHARE_LIMIT, SHARE_NEAR),
          Rule.symmetric("RD", SHARE_LIMIT, SHARE_NEAR),
          Rule.symmetric("SD", SHARE_LIMIT, SHARE_NEAR),
          Rule.symmetric("DAR", SHARE_LIMIT, SHARE_NEAR),
          Rule.symmetric("DRR", SHARE_LIMIT, SHARE_NEAR),
          Rule.symmetric("FT", SHARE_LIMIT, SHARE_NEAR),
          new Rule(
              "CI",
              Double.NEGATIVE_INFINITY,
              Double.POSITIVE_INFINITY,
              -0.5,
              0.5,
              "|CI| ≤ 0.5 (a group of at most a quarter or at least three quarters of the rows)"));

  /**
   * A rule of the user's that judges the values it matches instead of the default rule: red when a
   * value breaks it, green when it holds.
   *
   * @param stage {@code pre} or {@code post}
   * @param metric metric acronym
   * @param facet facet name, or null for every facet
   * @param group group string ({@code value_or_threshold}), or null for every group
   * @param absolute whether {@code holds} tests the absolute value
   * @param holds the test of a value
   * @param text the rule as the user wrote it, e.g. {@code post.DI >= 0.8}
   */
  public record Override(
      String stage,
      String metric,
      String facet,
      String group,
      boolean absolute,
      DoublePredicate holds,
      String text) {}

  private final List<Override> overrides;

  private FindingPolicy(List<Override> overrides) {
    this.overrides = List.copyOf(overrides);
  }

  /** Returns the default policy. */
  public static FindingPolicy defaults() {
    return new FindingPolicy(List.of());
  }

  /** Returns the default policy with {@code overrides} replacing it where they match. */
  public static FindingPolicy withOverrides(List<Override> overrides) {
    return new FindingPolicy(overrides);
  }

  /**
   * A judged value.
   *
   * @param level red, amber or green
   * @param rule the rule in words, e.g. {@code DI within [0.8, 1.25], the four-fifths rule}
   * @param rank position of the rule (earlier rules are listed first)
   */
  record Verdict(Level level, String rule, int rank) {}

  /**
   * Judges one computed value, or returns null when the policy does not judge this metric.
   *
   * @param stage {@code pre} or {@code post}
   * @param facet facet name
   * @param group the group's {@code value_or_threshold}
   * @param m the metric value (not failed)
   */
  Verdict judge(String stage, String facet, String group, MetricValue m) {
    List<String> held = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (Override o : overrides) {
      if (o.stage().equals(stage)
          && o.metric().equals(m.name())
          && (o.facet() == null || o.facet().equals(facet))
          && (o.group() == null || o.group().equals(group))) {
        double v = o.absolute() ? Math.abs(m.value()) : m.value();
        (o.holds().test(v) ? held : broken).add(o.text());
      }
    }
    if (!broken.isEmpty()) {
      return new Verdict(Level.RED, String.join(" and ", broken), -1);
    }
    if (!held.isEmpty()) {
      return new Verdict(Level.GREEN, String.join(" and ", held), -1);
    }
    for (int i = 0; i < DEFAULTS.size(); i++) {
      Rule r = DEFAULTS.get(i);
      if (r.metric().equals(m.name())) {
        double v = m.value();
        Level level =
            v < r.redLow() || v > r.redHigh()
                ? Level.RED
                : v < r.amberLow() || v > r.amberHigh() ? Level.AMBER : Level.GREEN;
        return new Verdict(level, r.text(), i);
      }
    }
    return null;
  }

  /** Returns the policy in one line for the report, naming the overrides if any. */
  String describe() {
    String base =
        "DI within [0.8, 1.25] (the four-fifths rule); |DPL|, |DPPL| and the other differences of"
            + " two shares (CDDL, CDDPL, AD, RD, SD, DAR, DRR, FT) at most 0.1, amber above 0.05;"
            + " |CI| above 0.5 amber; KL, JS, LP, KS, TVD, DCA, DCR, TE and GE not judged";
    if (overrides.isEmpty()) {
      return base + ".";
    }
    List<String> texts = new ArrayList<>();
    for (Override o : overrides) {
      texts.add(o.text());
    }
    return base
        + "; overridden where they apply by "
        + String.join(", ", texts)
        + String.format(
            Locale.ROOT, " (%d assertion%s).", texts.size(), texts.size() == 1 ? "" : "s");
  }
}
