package dev.fairness.gate;

import dev.fairness.config.ConfigException;
import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import dev.fairness.result.PdpResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CI gate of one {@code analyze} run: its assertions ({@code --assert}, {@code --thresholds}),
 * the {@code --strict} rule and the JUnit report ({@code --junit}), applied to a finished result in
 * one call that returns the {@link Verdict}.
 */
public final class RunGate {

  private final List<Assertion> assertions;
  private final boolean strict;
  private final Path junit;

  /**
   * Creates a gate.
   *
   * @param assertions the assertions, in the order they were given
   * @param strict whether a metric or PDP entry with an error fails the run
   * @param junit where to write the JUnit report, or null for none
   */
  public RunGate(List<Assertion> assertions, boolean strict, Path junit) {
    this.assertions = List.copyOf(assertions);
    this.strict = strict;
    this.junit = junit;
  }

  /**
   * Returns the gate of {@code --assert} expressions (null for none) followed by the assertions of
   * a thresholds file (null for none); throws a {@code ConfigException} naming the first bad
   * expression or line.
   */
  public static RunGate parse(
      List<String> expressions, Path thresholds, boolean strict, Path junit) {
    List<Assertion> gates = new ArrayList<>();
    for (String a : expressions == null ? List.<String>of() : expressions) {
      gates.add(Assertion.parse(a));
    }
    if (thresholds != null) {
      gates.addAll(ThresholdsFile.parse(thresholds));
    }
    return new RunGate(gates, strict, junit);
  }

  /**
   * Throws as {@link #requireIntervals(boolean, String)} with the advice of {@code analyze}: add
   * {@code --n-boot} or {@code methods.confidence}.
   */
  public void requireIntervals(boolean intervals) {
    requireIntervals(
        intervals,
        "this run computes none; add --n-boot 1000 (or methods.confidence to the config)");
  }

  /**
   * Throws a {@code ConfigException} (exit 2) naming the first {@code lower(…)}/{@code upper(…)}
   * assertion when the run computes no confidence intervals ({@code intervals} false), saying how
   * to turn them on; does nothing otherwise.
   */
  public void requireIntervals(boolean intervals, String howTo) {
    if (intervals) {
      return;
    }
    for (Assertion a : assertions) {
      if (a.readsInterval()) {
        throw new ConfigException(
            "--assert "
                + a.expression().strip()
                + ": lower()/upper() read confidence intervals, and "
                + howTo);
      }
    }
  }

  /** Returns the assertions, in order (they also judge the reports' findings summary). */
  public List<Assertion> assertions() {
    return assertions;
  }

  /**
   * Evaluates every assertion on {@code result} (a run whose outputs are written), writes the JUnit
   * report when one was asked for, and returns the verdict. Throws a {@code CONFIG} {@link
   * dev.fairness.FairnessException} when the report cannot be written, or when an assertion's
   * reference matches nothing in the run (issue 14; the message says the outputs are written).
   */
  public Verdict apply(AnalysisResult result) {
    List<AssertionCheck.Outcome> outcomes;
    try {
      outcomes = AssertionCheck.evaluate(assertions, result);
    } catch (ConfigException e) {
      throw new ConfigException(e.getMessage() + "; the analysis finished, outputs written", e);
    }
    if (junit != null) {
      JUnitReport.write(outcomes, result, strict, junit);
    }
    List<AssertionFailure> failures = new ArrayList<>();
    for (AssertionCheck.Outcome o : outcomes) {
      failures.addAll(o.failures());
    }
    return new Verdict(List.copyOf(failures), strict && hasErrors(result));
  }

  /**
   * What the gate decided.
   *
   * @param failures every failed assertion, in assertion order (each prints as one line)
   * @param strictFailed whether {@code --strict} was given and a metric or PDP entry has an error
   */
  public record Verdict(List<AssertionFailure> failures, boolean strictFailed) {

    /** The message of a {@code --strict} failure, as printed on stderr. */
    public static final String STRICT_MESSAGE =
        "fairness: error: --strict: at least one metric or PDP entry has an error (see"
            + " analysis.json)";

    /** Returns whether an assertion failed (exit 6, which wins over {@code --strict}). */
    public boolean assertionFailed() {
      return !failures.isEmpty();
    }
  }

  /** Returns whether any bias metric of {@code result} carries a confidence interval. */
  public static boolean hasIntervals(AnalysisResult result) {
    for (BiasReport r : new BiasReport[] {result.preTraining(), result.postTraining()}) {
      if (r == null) {
        continue;
      }
      for (List<FacetGroupResult> groups : r.facets().values()) {
        for (FacetGroupResult g : groups) {
          for (MetricValue m : g.metrics()) {
            if (m.ci() != null) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Returns whether any metric or PDP entry of {@code result} carries an error. */
  public static boolean hasErrors(AnalysisResult result) {
    for (BiasReport r : new BiasReport[] {result.preTraining(), result.postTraining()}) {
      if (r == null) {
        continue;
      }
      for (List<FacetGroupResult> groups : r.facets().values()) {
        for (FacetGroupResult g : groups) {
          for (MetricValue m : g.metrics()) {
            if (m.failed()) {
              return true;
            }
          }
        }
      }
    }
    if (result.explanations() != null && result.explanations().pdp() != null) {
      for (PdpResult p : result.explanations().pdp()) {
        if (p.error() != null) {
          return true;
        }
      }
    }
    return false;
  }
}
