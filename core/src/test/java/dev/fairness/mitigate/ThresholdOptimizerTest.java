package dev.fairness.mitigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fitted rules equal Fairlearn 0.10.0's (testdata/mitigate/*.json, written by
 * fairlearn_oracle.py) within 1e-9 for every case, constraint and allowed objective.
 */
class ThresholdOptimizerTest {

  private static final double TOL = 1e-9;

  static Stream<Arguments> expectations() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (MitigationCases.Case c : MitigationCases.CASES) {
      for (Rate objective : Rate.values()) {
        Path p =
            MitigationCases.testdata()
                .resolve("mitigate")
                .resolve(c.name() + "__" + objective.id() + ".json");
        if (Files.exists(p)) {
          out.add(Arguments.of(c, objective, p));
        }
      }
    }
    assertTrue(out.size() == 6 * 5, "expectation files found: " + out.size());
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("expectations")
  void rulesEqualFairlearn(MitigationCases.Case c, Rate objective, Path expected)
      throws IOException {
    JsonNode root = new ObjectMapper().readTree(expected.toFile());
    GroupedScores data = MitigationCases.read(c);
    ScoreSteps[] steps = ScoreSteps.of(data);
    JsonNode all = root.get("thresholds");
    int compared = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Constraint constraint = Constraint.byId(e.getKey());
      assertEquals(objective.id(), e.getValue().get("objective").asText());
      ThresholdFit fit =
          ThresholdOptimizer.fit(
              data, steps, constraint, objective, e.getValue().get("grid_size").asInt());
      JsonNode groups = e.getValue().get("groups");
      assertEquals(groups.size(), fit.groupNames().size());
      for (Iterator<Map.Entry<String, JsonNode>> gt = groups.fields(); gt.hasNext(); ) {
        Map.Entry<String, JsonNode> g = gt.next();
        GroupRule r = fit.rule(g.getKey());
        assertNotNull(r, g.getKey());
        String where = c.name() + " " + e.getKey() + " " + objective.id() + " " + g.getKey();
        JsonNode x = g.getValue();
        near(x.get("p0"), r.p0(), where + " p0");
        near(x.get("threshold0"), r.threshold0(), where + " threshold0");
        near(x.get("p1"), r.p1(), where + " p1");
        near(x.get("threshold1"), r.threshold1(), where + " threshold1");
        if (constraint == Constraint.EQUALIZED_ODDS) {
          near(x.get("p_ignore"), r.pIgnore(), where + " p_ignore");
          near(x.get("prediction_constant"), r.predictionConstant(), where + " constant");
        } else {
          assertTrue(r.pIgnore() == null && !x.has("p_ignore"), where);
        }
        compared++;
      }
    }
    assertTrue(compared > 0);
  }

  static void near(JsonNode expected, double actual, String where) {
    double e =
        expected.isTextual()
            ? (expected.asText().startsWith("-")
                ? Double.NEGATIVE_INFINITY
                : Double.POSITIVE_INFINITY)
            : expected.asDouble();
    if (Double.isInfinite(e)) {
      assertEquals(e, actual, where);
    } else {
      assertEquals(e, actual, TOL, where);
    }
  }
}
