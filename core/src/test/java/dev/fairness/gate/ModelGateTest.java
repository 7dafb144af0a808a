package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.config.ConfigException;
import dev.fairness.result.AnalysisResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelGateTest {

  @TempDir Path tmp;

  private static AnalysisResult di(double v) {
    return GateFixtures.result("Sex", "Female", null, List.of(GateFixtures.value("DI", v)));
  }

  @Test
  void selectorsPickTheModelsAndNoSelectorMeansEvery() throws Exception {
    List<Assertion> gates =
        List.of(
            Assertion.parse("post.DI@Sex=Female[gbm] >= 0.8"),
            Assertion.parse("post.DI >= 0.5"),
            Assertion.parse("post.DI[*] <= 1.25"));
    assertEquals(2, ModelGate.forModel(gates, "lr").size());
    assertEquals(3, ModelGate.forModel(gates, "gbm").size());
    Path junit = tmp.resolve("j.xml");
    ModelGate.Verdict v =
        new ModelGate(gates, false, junit).apply(List.of("lr", "gbm"), List.of(di(0.4), di(0.7)));
    assertEquals(
        List.of(
            "fairness: assertion failed: model lr: post.DI >= 0.5 (Sex=Female: 0.4)",
            "fairness: assertion failed: model gbm: post.DI@Sex=Female[gbm] >= 0.8 (Sex=Female: 0.7)"),
        v.failures());
    assertTrue(v.assertionFailed());
    String xml = Files.readString(junit);
    GateFixtures.validateJUnit(xml);
    assertEquals(5, xml.split("<testcase ", -1).length - 1, xml);
    assertTrue(
        xml.contains("classname=\"fairness.models.lr.assert\" name=\"post.DI &gt;= 0.5\""), xml);
    assertTrue(
        xml.contains("classname=\"fairness.models.gbm.assert\" name=\"post.DI[*] &lt;= 1.25\""),
        xml);
  }

  @Test
  void anUnknownModelNamesTheModels() {
    List<Assertion> gates = List.of(Assertion.parse("post.DI[gmb] >= 0.8"));
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> ModelGate.checkSelectors(gates, List.of("lr", "gbm")));
    assertEquals(
        "--assert post.DI[gmb] >= 0.8: no model is named gmb; the models are lr, gbm",
        e.getMessage());
    assertThrows(ConfigException.class, () -> ModelGate.checkSelectors(gates, null));
    ModelGate.checkSelectors(List.of(Assertion.parse("post.DI[*] >= 0.8")), null);
    assertFalse(
        new ModelGate(List.of(), true, null).apply(List.of("a"), List.of(di(1))).strictFailed());
  }
}
