package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.result.AnalysisJsonReader;
import dev.fairness.result.AnalysisResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The files docs/ci-recipes.md runs against must keep the Adult example green. */
class CiRecipeFilesTest {

  private static final Path CI = GateFixtures.testdata().resolve("ci");

  @Test
  void thePolicyHoldsOnTheAdultBaselineAndTheBaselineMatchesItself() {
    AnalysisResult baseline = new AnalysisJsonReader().read(CI.resolve("baseline/analysis.json"));
    List<Assertion> policy = ThresholdsFile.parse(CI.resolve("policy.txt"));
    assertEquals(3, policy.size());
    for (AssertionCheck.Outcome o : AssertionCheck.evaluate(policy, baseline)) {
      assertTrue(o.passed(), () -> o.failures().get(0).message());
    }
    BiasComparison c =
        BiasComparison.compare(baseline, baseline, ChangeLimits.parse(List.of("0.05")), policy);
    assertTrue(c.passed());
    assertEquals(21, c.changes().size());
  }
}
