package dev.fairness.mitigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Group keys from the data cannot break the one-line error messages. */
class MitigationExceptionTest {

  @Test
  void controlCharactersAreEscaped() {
    assertEquals("a\\u000ab\\u001b[31m", MitigationException.oneLine("a\nb\u001b[31m"));
  }

  @Test
  void degenerateGroupMessageStaysOneLine() {
    GroupedScores data =
        GroupedScores.of(
            new double[] {0.1, 0.9, 0.5},
            new boolean[] {false, true, true},
            new String[] {"a", "a", "b\nfairness: error: fake"});
    MitigationException e =
        assertThrows(
            MitigationException.class,
            () ->
                ThresholdOptimizer.fit(
                    data,
                    ScoreSteps.of(data),
                    Constraint.DEMOGRAPHIC_PARITY,
                    Rate.ACCURACY_SCORE,
                    10));
    assertTrue(e.getMessage().startsWith("group b\\u000afairness"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void unknownGroupMessageStaysOneLine() {
    RuleSet rules =
        new RuleSet(
            Constraint.DEMOGRAPHIC_PARITY,
            Rate.ACCURACY_SCORE,
            10,
            Map.of("a", new GroupRule(1, 0.5, 0, 0.5, null, null)));
    MitigationException e =
        assertThrows(
            MitigationException.class,
            () ->
                ThresholdApplier.probabilities(rules, new double[] {0.3}, new String[] {"x\r\ny"}));
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }
}
