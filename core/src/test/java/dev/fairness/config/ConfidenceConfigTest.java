package dev.fairness.config;

import static dev.fairness.config.ConfigFixture.csvBias;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code methods.confidence} and the {@code --n-boot} / {@code --confidence-level} overrides. */
class ConfidenceConfigTest {

  @TempDir Path dir;

  private static String withConfidence(String body) {
    return csvBias("").replace("'methods':{", "'methods':{'confidence':" + body + ",");
  }

  private static ConfigOverrides flags(Integer nBoot, Double level) {
    return new ConfigOverrides(null, null, null, null, nBoot, level);
  }

  @Test
  void absentMeansNoIntervals() {
    assertNull(new ConfigFixture(dir).load(csvBias("")).methods().confidence());
  }

  @Test
  void keyDefaultsAndFlagsOverride() {
    ConfigFixture f = new ConfigFixture(dir);
    assertEquals(
        new ConfidenceConfig(1000, 0.95), f.load(withConfidence("{}")).methods().confidence());
    assertEquals(
        new ConfidenceConfig(200, 0.9),
        f.load(withConfidence("{'n_boot':200,'level':0.9}")).methods().confidence());
    assertEquals(
        new ConfidenceConfig(50, 0.9),
        f.load(withConfidence("{'n_boot':200,'level':0.9}"), flags(50, null))
            .methods()
            .confidence());
    assertEquals(
        new ConfidenceConfig(1000, 0.8),
        f.load(csvBias(""), flags(null, 0.8)).methods().confidence());
  }

  @Test
  void badValuesAreSchemaProblems() {
    ConfigException e =
        new ConfigFixture(dir).fail(withConfidence("{'n_boot':1,'level':1.5,'x':1}"));
    assertEquals(
        List.of(
            "/methods/confidence/x: unknown key; allowed keys are n_boot, level",
            "/methods/confidence/n_boot: must be >= 2, got 1",
            "/methods/confidence/level: level 1.5 is outside (0, 1); use e.g. 0.95"),
        e.details());
  }
}
