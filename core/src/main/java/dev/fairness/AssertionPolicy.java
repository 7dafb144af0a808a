package dev.fairness;

import dev.fairness.gate.Assertion;
import dev.fairness.report.FindingPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings policy of a run's reports: the defaults, with every {@code --assert} and {@code
 * --thresholds} assertion judging the values it matches (docs/report.md).
 */
final class AssertionPolicy {

  private AssertionPolicy() {}

  /** Returns the policy that {@code gates} override. */
  static FindingPolicy of(List<Assertion> gates) {
    List<FindingPolicy.Override> out = new ArrayList<>();
    for (Assertion a : gates) {
      if (a.readsInterval()) {
        continue; // findings judge values; a bound assertion is judged by the gate only
      }
      out.add(
          new FindingPolicy.Override(
              a.stage(),
              a.metric(),
              a.facet(),
              a.group(),
              a.absolute(),
              v -> a.op().test(v, a.bound()),
              a.expression().strip()));
    }
    return FindingPolicy.withOverrides(out);
  }
}
