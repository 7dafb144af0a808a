package dev.fairness.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one list of metric ids, one row per metric: stage, position in smclarify's registration order
 * (what config accepts and lists in its error), range shown by the reports, and whether the metric
 * reads feature columns. A new metric fails {@link #everyMetricHasARow} until its row is added
 * here.
 */
class MetricListTest {

  private static final String ROWS =
      """
      CI,    PRE_TRAINING,  0,  '(−1, 1)',             false
      DPL,   PRE_TRAINING,  1,  '[−1, 1]',             false
      KL,    PRE_TRAINING,  2,  '[0, +∞); below 0 only when one side lacks a label value', false
      JS,    PRE_TRAINING,  3,  '[0, ln 2)',           false
      LP,    PRE_TRAINING,  4,  '[0, √2)',             false
      TVD,   PRE_TRAINING,  5,  '[0, 1)',              false
      KS,    PRE_TRAINING,  6,  '[0, 1]',              false
      CDDL,  PRE_TRAINING,  7,  '[−1, 1]',             false
      DPPL,  POST_TRAINING, 0,  '[−1, 1]',             false
      DI,    POST_TRAINING, 1,  '[0, +∞]',             false
      DCA,   POST_TRAINING, 2,  '(−∞, +∞)',            false
      DCR,   POST_TRAINING, 3,  '(−∞, +∞)',            false
      RD,    POST_TRAINING, 4,  '[−1, 1]',             false
      SD,    POST_TRAINING, 5,  '[−1, 1]',             false
      DAR,   POST_TRAINING, 6,  '[−1, 1]',             false
      DRR,   POST_TRAINING, 7,  '[−1, 1]',             false
      AD,    POST_TRAINING, 8,  '[−1, 1]',             false
      CDDPL, POST_TRAINING, 9,  '[−1, 1]',             false
      TE,    POST_TRAINING, 10, '(−∞, +∞)',            false
      FT,    POST_TRAINING, 11, '[−1, 1]',             true
      GE,    POST_TRAINING, 12, '[0, (n−1)/2]',        false
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = ROWS)
  void metricRow(String id, Stage stage, int order, String range, boolean readsFeatures) {
    BiasMetric m = MetricEngine.find(id);
    assertSame(stage, m.stage());
    assertEquals(id, stage.ids().get(order));
    assertSame(m, MetricEngine.byId(stage, id));
    assertEquals(range, m.range());
    assertEquals(readsFeatures, m.readsFeatures());
    assertTrue(m.description().endsWith(" (" + id + ")"), m.description());
    assertFalse(m.meaning().isBlank());
  }

  @org.junit.jupiter.api.Test
  void everyMetricHasARow() {
    List<String> rows = ROWS.lines().map(l -> l.substring(0, l.indexOf(',')).strip()).toList();
    List<String> all =
        java.util.stream.Stream.concat(
                Stage.PRE_TRAINING.ids().stream(), Stage.POST_TRAINING.ids().stream())
            .toList();
    assertEquals(rows, all);
  }
}
