package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fairness.result.AnalysisJsonReader;
import dev.fairness.result.AnalysisResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * nDCG against scikit-learn 1.2.1's {@code ndcg_score(baseline, current)}: the expected values in
 * testdata/drift/ndcg_expected.json were made by bench/ndcg_expected.py (ties, zero gains and
 * scores, all-zero gains, a signed median, and two real SHAP runs of the example model).
 */
class NdcgTest {

  private static final double TOLERANCE = 1e-12;

  static JsonNode expected() throws IOException {
    Path file = GateFixtures.testdata().resolve("drift/ndcg_expected.json");
    return new ObjectMapper().readTree(file.toFile());
  }

  static Stream<Arguments> handMade() throws IOException {
    JsonNode hand = expected().get("hand");
    return Stream.iterate(0, i -> i < hand.size(), i -> i + 1)
        .map(i -> Arguments.of(hand.get(i).get("name").asText(), hand.get(i)));
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handMade")
  void equalsScikitLearn(String name, JsonNode c) {
    double got = Ndcg.score(doubles(c.get("gains")), doubles(c.get("scores")));
    assertEquals(c.get("ndcg").asDouble(), got, TOLERANCE, name);
  }

  @Test
  void theHandMadeCasesCoverTiesAndZeros() throws IOException {
    JsonNode hand = expected().get("hand");
    List<String> names = new ArrayList<>();
    hand.forEach(c -> names.add(c.get("name").asText()));
    assertTrue(
        names.containsAll(
            List.of("tied_scores_three", "all_scores_tied", "zero_scores", "all_gains_zero")),
        names.toString());
    assertEquals(15, names.size(), names.toString());
  }

  @Test
  void orderOfTiedItemsDoesNotMatter() {
    double a = Ndcg.score(new double[] {0.5, 0.3, 0.2, 0.1}, new double[] {0.4, 0.4, 0.1, 0.2});
    double b = Ndcg.score(new double[] {0.3, 0.5, 0.1, 0.2}, new double[] {0.4, 0.4, 0.2, 0.1});
    assertEquals(a, b, 0.0);
  }

  @Test
  void perfectRankingIsOneAndOneFeatureIsOne() {
    assertEquals(1.0, Ndcg.score(new double[] {3, 2, 1}, new double[] {30, 20, 10}), 1e-15);
    assertEquals(1.0, Ndcg.score(new double[] {0.2}, new double[] {0.9}), 0.0);
    assertEquals(0.0, Ndcg.score(new double[] {0.0}, new double[] {0.9}), 0.0);
  }

  @Test
  void refusesMismatchedOrNonFiniteInput() {
    assertThrows(IllegalArgumentException.class, () -> Ndcg.score(new double[2], new double[3]));
    assertThrows(IllegalArgumentException.class, () -> Ndcg.score(new double[0], new double[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> Ndcg.score(new double[] {Double.NaN, 1}, new double[] {1, 2}));
  }

  @Test
  void realShapRunsOfTheExampleModelEqualScikitLearn() throws IOException {
    JsonNode real = expected().get("real").get(0);
    AnalysisJsonReader reader = new AnalysisJsonReader();
    Path drift = GateFixtures.testdata().resolve("drift");
    AnalysisResult base = reader.read(drift.resolve(real.get("baseline").asText()));
    AnalysisResult cur = reader.read(drift.resolve(real.get("current").asText()));
    List<AttributionDrift> d =
        AttributionDrift.compare(base.explanations(), cur.explanations(), 0.9);
    assertEquals(1, d.size());
    assertEquals("label0", d.get(0).label());
    assertEquals(real.get("ndcg").asDouble(), d.get(0).ndcg(), TOLERANCE);
    assertTrue(d.get(0).violated(), "0.868 < 0.9");
    // Run b holds women only: Sex rises from rank 5 to rank 1.
    AttributionDrift.FeatureRank top = d.get(0).movers(1).get(0);
    assertEquals("Sex", top.feature());
    assertEquals(5, top.baselineRank());
    assertEquals(1, top.currentRank());
  }
}
