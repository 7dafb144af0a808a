package dev.fairness.gate;

import dev.fairness.config.ConfigException;
import dev.fairness.result.AnalysisResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CI gate of a multi-model run (issue 19): each assertion is checked on the models its selector
 * names ({@code [gbm]}; {@code [*]} or no selector: every model); the JUnit report has one case per
 * model and assertion, class {@code fairness.models.<name>.assert}.
 */
public final class ModelGate {

  private final List<Assertion> assertions;
  private final boolean strict;
  private final Path junit;

  /** Creates the gate of {@code assertions} ({@link RunGate#assertions()}). */
  public ModelGate(List<Assertion> assertions, boolean strict, Path junit) {
    this.assertions = List.copyOf(assertions);
    this.strict = strict;
    this.junit = junit;
  }

  /**
   * Checks every model selector against the run's models; throws {@link ConfigException} (exit 2)
   * naming the assertion and the models when a selector names no model. {@code names} is null for a
   * single-model run, where only {@code [*]} is accepted.
   */
  public static void checkSelectors(List<Assertion> assertions, List<String> names) {
    for (Assertion a : assertions) {
      String m = a.model();
      if (m == null || m.equals("*") || (names != null && names.contains(m))) {
        continue;
      }
      throw new ConfigException(
          "--assert "
              + a.expression()
              + ": "
              + (names == null
                  ? "["
                      + m
                      + "] selects a model, but this run has one model; drop the selector or"
                      + " list the models in models or --model"
                  : "no model is named " + m + "; the models are " + String.join(", ", names)));
    }
  }

  /** Returns the assertions that apply to model {@code name}, in order. */
  public static List<Assertion> forModel(List<Assertion> assertions, String name) {
    return assertions.stream()
        .filter(a -> a.model() == null || a.model().equals("*") || a.model().equals(name))
        .toList();
  }

  /**
   * Evaluates the assertions on every model's result ({@code results} in the order of {@code
   * names}), writes the JUnit report when one was asked for, and returns the verdict; throws a
   * {@code CONFIG} {@link dev.fairness.FairnessException} when the report cannot be written.
   */
  public Verdict apply(List<String> names, List<AnalysisResult> results) {
    List<String> lines = new ArrayList<>();
    List<JUnitCase> cases = new ArrayList<>();
    boolean errors = false;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      List<AssertionCheck.Outcome> outcomes =
          AssertionCheck.evaluate(forModel(assertions, name), results.get(i));
      for (AssertionCheck.Outcome o : outcomes) {
        for (AssertionFailure f : o.failures()) {
          lines.add(f.message(name));
        }
      }
      for (JUnitCase c : JUnitReport.of(outcomes, results.get(i), strict).cases()) {
        cases.add(
            new JUnitCase(
                "fairness.models." + name + c.classname().substring("fairness".length()),
                c.name(),
                c.status(),
                c.type(),
                c.message(),
                c.detail()));
      }
      errors |= RunGate.hasErrors(results.get(i));
    }
    if (junit != null) {
      new JUnitReport("fairness", cases, null).write(junit);
    }
    return new Verdict(List.copyOf(lines), strict && errors);
  }

  /**
   * What the gate decided.
   *
   * @param failures one stderr line per failed check, model by model in configuration order
   * @param strictFailed whether {@code --strict} was given and a metric or PDP entry has an error
   */
  public record Verdict(List<String> failures, boolean strictFailed) {

    /** Returns whether an assertion failed (exit 6, which wins over {@code --strict}). */
    public boolean assertionFailed() {
      return !failures.isEmpty();
    }
  }
}
