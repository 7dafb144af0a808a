package dev.fairness.mitigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** thresholds.json round-trips every value, infinities included, and names bad input. */
class ThresholdsJsonTest {

  @Test
  void roundTrip() throws IOException {
    Map<String, GroupRule> g = new LinkedHashMap<>();
    g.put(
        "Female",
        new GroupRule(0.3, Double.POSITIVE_INFINITY, 0.7, 0.12345678901234568, null, null));
    g.put("Male", new GroupRule(1.0, 0.5, 0.0, Double.NEGATIVE_INFINITY, null, null));
    Map<String, GroupRule> e = new LinkedHashMap<>();
    e.put("a, b", new GroupRule(0.1, 0.2, 0.9, 0.4, 0.0625, 0.125));
    ThresholdsJson.Document doc =
        new ThresholdsJson.Document(
            "score",
            0.5,
            List.of(
                new FacetRules(
                    List.of("Sex"),
                    List.of(
                        new RuleSet(Constraint.DEMOGRAPHIC_PARITY, Rate.SELECTION_RATE, 1000, g),
                        new RuleSet(Constraint.EQUALIZED_ODDS, Rate.ACCURACY_SCORE, 10, e)))));
    StringWriter w = new StringWriter();
    ThresholdsJson.write(doc, w);
    String text = w.toString();
    assertTrue(text.contains("\"threshold0\" : \"Infinity\""), text);
    assertTrue(text.endsWith("}\n"));
    assertEquals(doc, ThresholdsJson.read(text));
  }

  @Test
  void badFilesNameWhere() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ThresholdsJson.read("{\"a\":1}"));
    assertTrue(e.getMessage().contains("/format"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ThresholdsJson.read(
                    "{\"format\":\"fairness-thresholds/1\",\"score\":\"s\",\"facets\":[{\"columns\":"
                        + "[\"x\"],\"thresholds\":{\"demographic_parity\":{\"objective\":"
                        + "\"accuracy_score\",\"grid_size\":3,\"groups\":{\"g\":{\"p0\":1}}}}}]}"));
    assertEquals(
        "/facets/0/thresholds/demographic_parity/groups/g/threshold0: missing or not a number",
        e.getMessage());
  }
}
