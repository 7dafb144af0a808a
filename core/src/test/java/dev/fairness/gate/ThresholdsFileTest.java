package dev.fairness.gate;

import static dev.fairness.gate.GateFixtures.gate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.FairnessException;
import dev.fairness.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdsFileTest {

  @Test
  void readsOneAssertionPerLineSkippingCommentsAndBlankLines() {
    List<Assertion> a = ThresholdsFile.parse(gate("thresholds.txt"));
    assertEquals(
        List.of("post.DI@Sex=Female >= 0.8", "abs(pre.CI) < 0.6", "abs(post.DPPL) <= 0.1"),
        a.stream().map(Assertion::expression).toList());
    assertEquals("Female", a.get(0).group());
    assertEquals(0.8, a.get(0).bound(), 0.0);
    assertTrue(a.get(1).absolute());
  }

  @Test
  void aBadLineIsReportedWithFileAndLineAndTheAssertionMessage() {
    Path file = gate("thresholds_bad.txt");
    ConfigException e = assertThrows(ConfigException.class, () -> ThresholdsFile.parse(file));
    assertEquals(FairnessException.Kind.CONFIG, e.kind());
    assertEquals(
        file
            + ":3: post.DI@Sex=Female at least 0.8: invalid assertion, a comparison operator"
            + " (<, <=, >, >=, ==, !=) must precede the number; use the form [lower(|upper(][abs(]pre|post|group.METRIC[@FACET[=GROUP]][)][)][[MODEL]] OP NUMBER with OP one of <, <=,"
            + " >, >=, ==, !=, e.g. \"abs(post.DPPL) <= 0.1\"",
        e.getMessage());
    assertEquals(List.of(), e.details());
  }

  @Test
  void everyBadLineIsReportedAtOnce() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ThresholdsFile.parse(
                    "policy.txt",
                    List.of("\uFEFF# policy", "pre.CI < 0.5", "mid.CI < 1", "", "post.di > 0.8")));
    assertTrue(
        e.getMessage().startsWith("policy.txt:3: mid.CI < 1: invalid assertion"), e.getMessage());
    assertEquals(1, e.details().size());
    assertTrue(e.details().get(0).startsWith("policy.txt:5: post.di > 0.8: invalid assertion"));
  }

  @Test
  void aHashInsideAGroupIsKeptAndATrailingCommentIsDropped() {
    List<Assertion> a =
        ThresholdsFile.parse(
            "t", List.of("  pre.CI@Code=A#1 < 0.5", "pre.CI@Code=B < 0.5 # why", "   # indented"));
    assertEquals("A#1", a.get(0).group());
    assertEquals("pre.CI@Code=B < 0.5", a.get(1).expression());
    assertEquals(2, a.size());
  }

  @Test
  void aMissingFileIsAConfigurationError() {
    Path file = gate("no_such_thresholds.txt");
    ConfigException e = assertThrows(ConfigException.class, () -> ThresholdsFile.parse(file));
    assertEquals(
        "--thresholds " + file + ": file not found; give the path of a thresholds file",
        e.getMessage());
  }

  @Test
  void anEmptyFileHasNoAssertions() {
    assertEquals(List.of(), ThresholdsFile.parse("t", List.of("# nothing yet", "")));
  }
}
