package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.result.AnalysisJsonReader;
import dev.fairness.result.AnalysisResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunGateTest {

  @TempDir Path dir;

  private static AnalysisResult current() {
    return new AnalysisJsonReader().read(GateFixtures.gate("current/analysis.json"));
  }

  @Test
  void assertionFailuresWinAndEveryFailureIsListed() {
    AnalysisResult r = current();
    RunGate.Verdict v =
        RunGate.parse(List.of("abs(pre.CI) < 0", "abs(pre.CI) >= 0"), null, true, null).apply(r);
    assertTrue(v.assertionFailed());
    assertEquals(
        List.of("abs(pre.CI) < 0"),
        v.failures().stream().map(f -> f.assertion().expression()).distinct().toList());
    assertTrue(v.strictFailed(), "the fixture has a metric with an error");
  }

  @Test
  void strictFailsOnlyWithAnErrorAndWritesTheJUnitReport() {
    AnalysisResult r = current();
    Path junit = dir.resolve("j.xml");
    RunGate.Verdict v = new RunGate(List.of(), true, junit).apply(r);
    assertFalse(v.assertionFailed());
    assertTrue(RunGate.hasErrors(r));
    assertTrue(v.strictFailed());
    assertTrue(Files.exists(junit));
    assertFalse(new RunGate(List.of(), false, null).apply(r).strictFailed());
  }
}
