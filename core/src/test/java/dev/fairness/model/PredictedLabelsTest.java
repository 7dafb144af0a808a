package dev.fairness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.RunLog;
import dev.fairness.config.ColumnRef;
import dev.fairness.config.PredictorConfig;
import dev.fairness.data.ColumnType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of spec §8.4, one row per case. */
class PredictedLabelsTest {

  private static final String P = "p";
  private static final String L = "l";
  private static final String LP = "lp";
  private static final String NONE = "-";

  private static PredictorConfig predictor(String locators, List<Object> headers) {
    ColumnRef label = locators.contains("l") ? ColumnRef.ofName("label") : null;
    ColumnRef prob = locators.contains("p") ? ColumnRef.ofName("score") : null;
    return Configs.predictor("text/csv", "application/jsonlines", null, null, label, prob, headers);
  }

  /**
   * Output value at the configured locator(s): label goes to label, score to probability/output.
   */
  private static ModelOutput out(String locators, Object label, Object score) {
    return switch (locators) {
      case "p" -> new ModelOutput(null, score, null);
      case "l" -> new ModelOutput(label, null, null);
      case "lp" -> new ModelOutput(label, score, null);
      default -> new ModelOutput(null, null, score);
    };
  }

  static Stream<Arguments> table() {
    List<Object> h2 = List.of("no", "yes");
    List<Object> h3 = List.of("a", "b", "c");
    return Stream.of(
        // locators, headers, threshold, label type, categorical, labels, scores, expected, type
        Arguments.of(
            P,
            null,
            null,
            ColumnType.INT,
            true,
            null,
            List.of(0.7, 0.5),
            List.of(1L, 0L),
            ColumnType.INT),
        Arguments.of(
            P,
            null,
            0.6,
            ColumnType.INT,
            true,
            null,
            List.of(0.7, 0.6),
            List.of(1L, 0L),
            ColumnType.INT),
        Arguments.of(
            P,
            h2,
            null,
            ColumnType.STRING,
            true,
            null,
            List.of(0.7, 0.2),
            List.of("yes", "no"),
            ColumnType.STRING),
        Arguments.of(
            P,
            List.of(1L),
            null,
            ColumnType.INT,
            true,
            null,
            List.of(0.7, 0.2),
            Arrays.asList(1L, null),
            ColumnType.INT),
        Arguments.of(
            P,
            h3,
            null,
            ColumnType.STRING,
            true,
            null,
            List.of(List.of(0.2, 0.4, 0.4)),
            List.of("b"),
            ColumnType.STRING),
        Arguments.of(
            P,
            null,
            null,
            ColumnType.INT,
            true,
            null,
            List.of(List.of(0.2, 0.5, 0.3)),
            List.of(1L),
            ColumnType.INT),
        Arguments.of(
            P,
            null,
            null,
            ColumnType.FLOAT,
            true,
            null,
            List.of(0.9, 0.1),
            List.of(1.0, 0.0),
            ColumnType.FLOAT),
        Arguments.of(
            P,
            null,
            null,
            ColumnType.STRING,
            true,
            null,
            List.of(0.9, 0.1),
            List.of("1", "0"),
            ColumnType.STRING),
        Arguments.of(
            P,
            null,
            null,
            ColumnType.BOOL,
            true,
            null,
            List.of(0.9, 0.1),
            List.of(true, false),
            ColumnType.BOOL),
        Arguments.of(
            P, null, null, ColumnType.INT, true, null, List.of("0.9"), List.of(1L), ColumnType.INT),
        Arguments.of(
            LP,
            null,
            null,
            ColumnType.STRING,
            true,
            List.of(List.of("x", "y")),
            List.of(List.of(0.1, 0.9)),
            List.of("y"),
            ColumnType.STRING),
        Arguments.of(
            LP,
            null,
            null,
            ColumnType.STRING,
            true,
            List.of("x"),
            List.of(0.1),
            List.of("x"),
            ColumnType.STRING),
        Arguments.of(
            L,
            null,
            null,
            ColumnType.INT,
            true,
            List.of(1.0, 0L),
            null,
            List.of(1L, 0L),
            ColumnType.INT),
        Arguments.of(
            L,
            null,
            null,
            ColumnType.INT,
            true,
            List.of(0.7, 0.2),
            null,
            List.of(1L, 0L),
            ColumnType.INT),
        Arguments.of(
            L,
            null,
            null,
            ColumnType.FLOAT,
            false,
            List.of(0.7, 2.0),
            null,
            List.of(0.7, 2.0),
            ColumnType.FLOAT),
        Arguments.of(
            L,
            null,
            0.5,
            ColumnType.INT,
            true,
            List.of(1L, 0L),
            null,
            List.of(1L, 0L),
            ColumnType.INT),
        Arguments.of(
            L,
            null,
            null,
            ColumnType.STRING,
            true,
            List.of("cat", "dog"),
            null,
            List.of("cat", "dog"),
            ColumnType.STRING),
        Arguments.of(
            NONE,
            null,
            null,
            ColumnType.INT,
            true,
            null,
            List.of(1L, 0.3),
            List.of(1L, 0L),
            ColumnType.INT),
        Arguments.of(
            NONE,
            null,
            null,
            ColumnType.INT,
            true,
            null,
            List.of(List.of(0.3, 0.7)),
            List.of(1L),
            ColumnType.INT),
        Arguments.of(
            NONE,
            h2,
            null,
            ColumnType.BOOL,
            true,
            null,
            List.of(true, false),
            List.of(true, false),
            ColumnType.BOOL),
        Arguments.of(
            NONE, h3, 0.5, ColumnType.INT, true, null, List.of(0.8), List.of(1L), ColumnType.INT));
  }

  @ParameterizedTest(name = "[{index}] {0} H={1} t={2} {3} -> {7}")
  @MethodSource("table")
  void derivesLabels(
      String locators,
      List<Object> headers,
      Double threshold,
      ColumnType type,
      boolean categorical,
      List<Object> labels,
      List<Object> scores,
      List<Object> expected,
      ColumnType expectedType) {
    int n = expected.size();
    List<ModelOutput> outputs = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      outputs.add(
          out(
              locators,
              labels == null ? null : labels.get(i),
              scores == null ? null : scores.get(i)));
    }
    PredictedLabels got =
        PredictedLabels.derive(
            outputs, predictor(locators, headers), threshold, type, categorical, RunLog.silent());
    assertEquals(expected, got.values());
    assertEquals(expectedType, got.type());
  }

  @Test
  void thresholdLineOnceWithThreeDecimalsAndHeadersWarningOnce() {
    RunLog.Recording log = new RunLog.Recording();
    PredictedLabels.derive(
        List.of(out(P, null, 0.1), out(P, null, 0.9)),
        predictor(P, List.of("a", "b", "c")),
        0.6665,
        ColumnType.INT,
        true,
        log);
    assertEquals(
        List.of(
            "INFO We assume a prediction above 0.666 indicates 1 and below or equal indicates 0.",
            "WARN label_headers has 3 entries; a thresholded score needs 1 or 2"),
        log.lines());
  }

  @Test
  void errorsUseTheSpecTexts() {
    assertEquals(
        "label_headers has 2 entries but the model returned 3 scores",
        assertThrows(
                ModelInvocationException.class,
                () -> derive(P, List.of("a", "b"), out(P, null, List.of(1, 2, 3))))
            .getMessage());
    assertEquals(
        "predictor.probability is required when predictor.label yields a list",
        assertThrows(
                ModelInvocationException.class,
                () -> derive(L, null, out(L, List.of(1L, 2L), null)))
            .getMessage());
    assertEquals(
        "Cannot find the predicted label in the model output; set predictor.label or predictor.probability",
        assertThrows(
                ModelInvocationException.class,
                () -> derive(NONE, null, out(NONE, null, Map.of("a", 1L))))
            .getMessage());
  }

  /** Issue 23 item 12: a NaN, an infinity or a 1.7 compared with the threshold became a label. */
  @Test
  void probabilitiesOutsideZeroToOneAreRefusedWithTheirRecord() {
    for (Object bad : List.of(Double.NaN, Double.POSITIVE_INFINITY, 1.7, -0.25, "inf")) {
      // a string as the whole output is a label (rule T); at predictor.probability it is a score
      for (String locators : bad instanceof String ? List.of(P) : List.of(P, NONE)) {
        ModelInvocationException e =
            assertThrows(
                ModelInvocationException.class,
                () ->
                    PredictedLabels.derive(
                        List.of(out(locators, null, 0.25), out(locators, null, bad)),
                        predictor(locators, null),
                        0.5,
                        ColumnType.INT,
                        true,
                        RunLog.silent()));
        String shown =
            bad instanceof Double d ? dev.fairness.text.ValueText.renderDouble(d) : "inf";
        assertEquals(
            "Model output of record 2: probability "
                + shown
                + " is not a finite number in [0, 1]; probability_threshold (0.5) makes labels"
                + " from probabilities, so the model must return probabilities between 0 and 1"
                + " (or set predictor.label to a label it returns)",
            e.getMessage(),
            locators + " " + bad);
      }
    }
    // the bounds themselves are probabilities
    assertEquals(
        List.of(0L, 1L),
        PredictedLabels.derive(
                List.of(out(P, null, 0.0), out(P, null, 1.0)),
                predictor(P, null),
                0.5,
                ColumnType.INT,
                true,
                RunLog.silent())
            .values());
  }

  /** Issue 23 item 12: a NaN among the scores was skipped by the largest-score rule. */
  @Test
  void nonFiniteScoreInAVectorIsRefused() {
    ModelInvocationException e =
        assertThrows(
            ModelInvocationException.class,
            () -> derive(P, null, out(P, null, Arrays.asList(0.2, Double.NaN, 0.3))));
    assertEquals(
        "Model output of record 1: score nan is not a finite number; the largest score picks the"
            + " predicted label, so the model must return finite scores",
        e.getMessage());
  }

  private static PredictedLabels derive(String locators, List<Object> headers, ModelOutput o) {
    return PredictedLabels.derive(
        List.of(o), predictor(locators, headers), null, ColumnType.INT, true, RunLog.silent());
  }
}
