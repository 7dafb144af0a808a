package dev.fairness.report;

import dev.fairness.gate.Assertion;
import dev.fairness.result.MetricValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The policy the findings summary of a report judges metric values by: red outside it, amber near
 * its limit, green inside. The defaults are documented in {@code docs/report.md}: DI outside [0.8,
 * 1.25] (the four-fifths rule), |DPL| or |DPPL| above 0.1, and the same 0.1 for every other
 * difference of two shares (CDDL, CDDPL, AD, RD, SD, DAR, DRR, FT); |CI| above 0.5 is amber only;
 * KL, JS, LP, KS, TVD, DCA, DCR, TE and GE are not judged by default. Assertions (from {@code
 * --assert} or a {@code --thresholds} file) replace the default rule for every value they match.
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

  private final List<Assertion> assertions;

  private FindingPolicy(List<Assertion> assertions) {
    this.assertions = List.copyOf(assertions);
  }

  /** Returns the default policy. */
  public static FindingPolicy defaults() {
    return new FindingPolicy(List.of());
  }

  /** Returns the default policy with {@code assertions} overriding it where they match. */
  public static FindingPolicy withAssertions(List<Assertion> assertions) {
    return new FindingPolicy(assertions);
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
    for (Assertion a : assertions) {
      if (a.stage().equals(stage)
          && a.metric().equals(m.name())
          && (a.facet() == null || a.facet().equals(facet))
          && (a.group() == null || a.group().equals(group))) {
        double v = a.absolute() ? Math.abs(m.value()) : m.value();
        (a.op().test(v, a.bound()) ? held : broken).add(a.expression().strip());
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

  /** Returns the policy in one line for the report, naming the overriding assertions if any. */
  String describe() {
    String base =
        "DI within [0.8, 1.25] (the four-fifths rule); |DPL|, |DPPL| and the other differences of"
            + " two shares (CDDL, CDDPL, AD, RD, SD, DAR, DRR, FT) at most 0.1, amber above 0.05;"
            + " |CI| above 0.5 amber; KL, JS, LP, KS, TVD, DCA, DCR, TE and GE not judged";
    if (assertions.isEmpty()) {
      return base + ".";
    }
    List<String> texts = new ArrayList<>();
    for (Assertion a : assertions) {
      texts.add(a.expression().strip());
    }
    return base
        + "; overridden where they apply by "
        + String.join(", ", texts)
        + String.format(
            Locale.ROOT, " (%d assertion%s).", texts.size(), texts.size() == 1 ? "" : "s");
  }
}
