package dev.fairness.gate;

import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import dev.fairness.text.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates assertions against a result (spec §10.3): every matched (facet, group) value must
 * satisfy the comparison; an error value fails. In the gate of a run, a reference that matches
 * nothing (a misspelt facet or group, a metric the run did not compute) is an exit-2 {@code
 * ConfigException} naming what the run has (issue 14).
 */
public final class AssertionCheck {

  private AssertionCheck() {}

  /**
   * Returns the outcome of each assertion against the result, in the given order: the gate of one
   * run. Throws a {@code ConfigException} (exit 2) for the first assertion whose reference matches
   * nothing, naming what the run has (issue 14).
   */
  public static List<Outcome> evaluate(List<Assertion> assertions, AnalysisResult result) {
    List<Outcome> out = new ArrayList<>();
    for (Assertion a : assertions) {
      Outcome o = evaluate(a, result);
      if (o.matches().isEmpty()) {
        throw UnmatchedReference.error(a, result);
      }
      out.add(o);
    }
    return out;
  }

  /**
   * Returns the outcome of one assertion: the matches it checked and the failures among them (a
   * reference that matches nothing fails with {@code no matching metric}: a trend's older runs may
   * lack a metric).
   */
  public static Outcome evaluate(Assertion a, AnalysisResult result) {
    BiasReport report = a.stage().equals("pre") ? result.preTraining() : result.postTraining();
    List<Match> matches = new ArrayList<>();
    List<AssertionFailure> failures = new ArrayList<>();
    if (a.stage().equals("group")) {
      GroupAssertion.collect(a, result, matches, failures);
    } else if (report != null) {
      for (Map.Entry<String, List<FacetGroupResult>> e : report.facets().entrySet()) {
        if (a.facet() != null && !a.facet().equals(e.getKey())) {
          continue;
        }
        for (FacetGroupResult g : e.getValue()) {
          if (a.group() != null && !a.group().equals(g.valueOrThreshold())) {
            continue;
          }
          for (MetricValue m : g.metrics()) {
            if (!m.name().equals(a.metric())) {
              continue;
            }
            matches.add(new Match(e.getKey(), g.valueOrThreshold(), m));
            if (m.failed()) {
              failures.add(
                  new AssertionFailure(a, e.getKey(), g.valueOrThreshold(), "error: " + m.error()));
            } else if (!holds(a, m)) {
              failures.add(new AssertionFailure(a, e.getKey(), g.valueOrThreshold(), shown(a, m)));
            }
          }
        }
      }
    }
    if (matches.isEmpty()) {
      failures.add(new AssertionFailure(a, null, null, "no matching metric"));
    }
    return new Outcome(a, matches, failures);
  }

  /**
   * Returns whether a computed metric satisfies the assertion: its value, or for {@code
   * lower(…)}/{@code upper(…)} that bound of its interval; a metric without an interval fails a
   * bound assertion.
   */
  static boolean holds(Assertion a, MetricValue m) {
    if (!a.readsInterval()) {
      return a.op().test(a.side().of(m.value(), 0, 0, a.absolute()), a.bound());
    }
    ConfidenceInterval ci = m.ci();
    return ci != null
        && a.op().test(a.side().of(m.value(), ci.low(), ci.high(), a.absolute()), a.bound());
  }

  /**
   * Returns a computed metric as the gate shows it: the value rendered as spec §9.5, followed by
   * its interval when it has one, e.g. {@code 0.78 [0.74, 0.82]}.
   */
  public static String shown(MetricValue m) {
    String v = ValueText.renderDouble(m.value());
    ConfidenceInterval ci = m.ci();
    if (ci == null) {
      return v;
    }
    return v
        + " ["
        + ValueText.renderDouble(ci.low())
        + ", "
        + ValueText.renderDouble(ci.high())
        + "]";
  }

  /** Returns {@link #shown(MetricValue)}, noting a missing interval under a bound assertion. */
  static String shown(Assertion a, MetricValue m) {
    return a.readsInterval() && m.ci() == null
        ? shown(m) + " (no confidence interval for this metric)"
        : shown(m);
  }

  /** One metric an assertion looked at. */
  public record Match(String facet, String group, MetricValue metric) {}

  /**
   * The result of one assertion.
   *
   * @param assertion the assertion
   * @param matches the metrics it checked
   * @param failures the failed checks; empty when the assertion holds
   */
  public record Outcome(Assertion assertion, List<Match> matches, List<AssertionFailure> failures) {

    /** Returns true when the assertion holds. */
    public boolean passed() {
      return failures.isEmpty();
    }
  }
}
