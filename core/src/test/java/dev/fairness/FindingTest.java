package dev.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void textJoinsWhereMessageAndFixLikeAnErrorLine() {
    Finding f =
        new Finding(
            Finding.Code.ONE_VALUE_CATEGORICAL,
            "facet[0].value_or_threshold",
            "45 is matched as a value of age",
            "add \"kind\": \"continuous\"",
            true);
    assertEquals(
        "facet[0].value_or_threshold: 45 is matched as a value of age; add \"kind\": \"continuous\"",
        f.text());
    assertEquals("plain words", Finding.plain("plain words").text());
    assertEquals("x: y", new Finding("c", "x", "y", null, false).text());
    assertEquals("y; z", new Finding("c", null, "y", "z", false).text());
  }

  @Test
  void recordingLogKeepsFindingsAndWritesTheirTextAsWarnings() {
    RunLog.Recording log = new RunLog.Recording();
    Finding f = new Finding("missing-values", "label two_year_recid", "5 cells missing", "", true);
    log.finding(f);
    log.warn("plain");
    assertEquals(List.of(f), log.findings());
    assertEquals(List.of("label two_year_recid: 5 cells missing", "plain"), log.warnings());
    assertFalse(Finding.plain("p").changesMeaning());
  }
}
