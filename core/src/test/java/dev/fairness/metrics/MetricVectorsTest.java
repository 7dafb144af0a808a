package dev.fairness.metrics;

import static dev.fairness.metrics.Views.bits;
import static dev.fairness.metrics.Views.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.RunLog;
import dev.fairness.result.MetricValue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spec §5.5 V1 and V2 (smclarify test_metrics.py) on boolean inputs, plus error texts. */
class MetricVectorsTest {

  // V1: facet M F F M F M F F M M F F
  static final String FACET_F = "0 1 1 0 1 0 1 1 0 0 1 1";
  static final String FACET_M = "1 0 0 1 0 1 0 0 1 1 0 0";
  static final String Y = "0 1 1 1 1 0 0 0 1 0 0 0";
  static final String YHAT = "1 1 1 0 0 0 1 1 0 1 0 0";

  static Stream<Arguments> v1() {
    return Stream.of(
        Arguments.of(PostTrainingMetric.DI, 10.0 / 7, 7.0 / 10),
        Arguments.of(PostTrainingMetric.DCA, 1.0 / 4, -1.0 / 4),
        Arguments.of(PostTrainingMetric.DCR, 1.0 / 3, -1.0 / 3),
        Arguments.of(PostTrainingMetric.RD, -2.0 / 3, 2.0 / 3),
        Arguments.of(PostTrainingMetric.SD, 1.0 / 6, -1.0 / 6),
        Arguments.of(PostTrainingMetric.DRR, 1.0 / 3, -1.0 / 3),
        Arguments.of(PostTrainingMetric.AD, -13.0 / 35, 13.0 / 35),
        Arguments.of(PostTrainingMetric.DAR, -1.0 / 2, 1.0 / 2),
        Arguments.of(PostTrainingMetric.TE, -1.0 / 2, 1.0 / 2),
        Arguments.of(PostTrainingMetric.GE, 0.24556213017751485, 0.24556213017751485),
        Arguments.of(PostTrainingMetric.DPPL, -0.17142857142857137, 0.17142857142857137),
        Arguments.of(PreTrainingMetric.CI, -1.0 / 6, 1.0 / 6));
  }

  @ParameterizedTest
  @MethodSource("v1")
  void v1BooleanInputs(BiasMetric m, double femaleValue, double maleValue) {
    FacetView f = Views.of(bits(FACET_F), bits(Y), bits(YHAT), null, 0);
    FacetView male = Views.of(bits(FACET_M), bits(Y), bits(YHAT), null, 0);
    close(femaleValue, m.compute(f), m.id() + " d=F");
    close(maleValue, m.compute(male), m.id() + " d=M");
  }

  @Test
  void v1DisparateImpactInfinite() {
    FacetView f = Views.of(bits(FACET_F), bits(Y), bits("0 1 1 0 1 0 1 1 0 0 1 1"), null, 0);
    assertEquals(Double.POSITIVE_INFINITY, PostTrainingMetric.DI.compute(f));
  }

  @Test
  void v2Distributions() {
    boolean[] y = bits("T T T F F F");
    FacetView one = Views.of(bits("T F F F F F"), y, null, null, 0);
    close(-0.366516292749662, PreTrainingMetric.KL.compute(one), "KL");
    close(0.06641431438228168, PreTrainingMetric.JS.compute(one), "JS");
    close(0.6, PreTrainingMetric.LP.compute(one), "LP");
    FacetView two = Views.of(bits("T F F F T F"), y, null, null, 0);
    close(0.0, PreTrainingMetric.KL.compute(two), "KL");
    close(0.0, PreTrainingMetric.JS.compute(two), "JS");
    close(0.0, PreTrainingMetric.LP.compute(two), "LP");
    FacetView none = Views.of(bits("F F F F F F"), y, null, null, 0);
    for (BiasMetric m : List.of(PreTrainingMetric.KL, PreTrainingMetric.JS, PreTrainingMetric.LP)) {
      MetricUndefinedException e =
          assertThrows(MetricUndefinedException.class, () -> m.compute(none));
      assertEquals("No instance of common facet found, dataset may be too small", e.getMessage());
    }
    FacetView three = Views.of(bits("T F F F T F"), bits("T T T T F F"), null, null, 0);
    double js =
        0.5
            * (0.5 * Math.log(0.5 / 0.375)
                + 0.5 * Math.log(0.5 / 0.625)
                + 0.25 * Math.log(0.25 / 0.375)
                + 0.75 * Math.log(0.75 / 0.625));
    close(js, PreTrainingMetric.JS.compute(three), "JS");
  }

  static Stream<Arguments> emptyGroupErrors() {
    return Stream.of(
        Arguments.of(
            PreTrainingMetric.CI,
            "CI: facet set is empty. Check that x[facet] has non-zero length.",
            "CI: negated facet set is empty. Check that x[~facet] has non-zero length."),
        Arguments.of(PreTrainingMetric.DPL, "Facet set is empty.", "Negative facet set is empty."),
        Arguments.of(
            PostTrainingMetric.DPPL, "Facet set is empty.", "Negative facet set is empty."),
        Arguments.of(PostTrainingMetric.DI, "Facet set is empty", "Negated facet set is empty"),
        Arguments.of(
            PostTrainingMetric.DCA, "DCO: Facet set is empty", "DCO: Negated Facet set is empty"),
        Arguments.of(
            PostTrainingMetric.DCR, "DCO: Facet set is empty", "DCO: Negated Facet set is empty"),
        Arguments.of(
            PostTrainingMetric.RD, "DLA: Facet set is empty", "DLA: Negated Facet set is empty"),
        Arguments.of(
            PostTrainingMetric.SD, "DLA: Facet set is empty", "DLA: Negated Facet set is empty"),
        Arguments.of(
            PostTrainingMetric.DAR, "DLR: Facet set is empty", "DLR: Negated Facet set is empty"),
        Arguments.of(
            PostTrainingMetric.DRR, "DLR: Facet set is empty", "DLR: Negated Facet set is empty"),
        Arguments.of(PostTrainingMetric.AD, "Facet set is empty", "Negated Facet set is empty"),
        Arguments.of(PostTrainingMetric.TE, "Facet set is empty", "Negated Facet set is empty"),
        Arguments.of(PostTrainingMetric.FT, "Facet set is empty", "Negated Facet set is empty"));
  }

  @ParameterizedTest
  @MethodSource("emptyGroupErrors")
  void emptyGroupErrorTexts(BiasMetric m, String emptyFacet, String emptyRest) {
    boolean[] y = bits("1 0 1 0");
    boolean[] yhat = bits("1 1 0 0");
    FacetView noD = Views.of(bits("0 0 0 0"), y, yhat, null, 0);
    FacetView noA = Views.of(bits("1 1 1 1"), y, yhat, null, 0);
    assertEquals(
        emptyFacet,
        assertThrows(MetricUndefinedException.class, () -> m.compute(noD)).getMessage());
    assertEquals(
        emptyRest, assertThrows(MetricUndefinedException.class, () -> m.compute(noA)).getMessage());
  }

  @Test
  void bothGroupsEmptyReportsTheFirstCheck() {
    FacetView none = Views.of(new boolean[0], new boolean[0], new boolean[0], null, 0);
    assertEquals(
        "CI: negated facet set is empty. Check that x[~facet] has non-zero length.",
        assertThrows(MetricUndefinedException.class, () -> PreTrainingMetric.CI.compute(none))
            .getMessage());
    assertEquals(
        "DCO: Facet set is empty",
        assertThrows(MetricUndefinedException.class, () -> PostTrainingMetric.DCA.compute(none))
            .getMessage());
    assertEquals(
        "dataset must be non-empty",
        assertThrows(MetricUndefinedException.class, () -> PostTrainingMetric.GE.compute(none))
            .getMessage());
  }

  @Test
  void conditionalDisparityChecks() {
    boolean[] d = bits("1 0 1 0");
    FacetView noGroup = Views.of(d, bits("1 0 1 0"), bits("1 0 0 1"), null, 0);
    assertEquals(
        "Group variable is empty or not provided",
        assertThrows(MetricUndefinedException.class, () -> PreTrainingMetric.CDDL.compute(noGroup))
            .getMessage());
    int[] strata = {0, 0, 1, 1};
    FacetView noPos = Views.of(d, bits("0 0 0 0"), bits("0 0 0 0"), strata, 2);
    assertEquals(
        "No positive labels in set",
        assertThrows(MetricUndefinedException.class, () -> PreTrainingMetric.CDDL.compute(noPos))
            .getMessage());
    assertEquals(
        "No positive labels in set",
        assertThrows(MetricUndefinedException.class, () -> PostTrainingMetric.CDDPL.compute(noPos))
            .getMessage());
    FacetView noNeg = Views.of(d, bits("1 1 1 1"), bits("1 1 1 1"), strata, 2);
    assertEquals(
        "No negative labels in set",
        assertThrows(MetricUndefinedException.class, () -> PreTrainingMetric.CDDL.compute(noNeg))
            .getMessage());
    // empty d is not an error for CDDL
    FacetView emptyD = Views.of(bits("0 0 0 0"), bits("1 0 1 0"), null, strata, 2);
    close(0.0, PreTrainingMetric.CDDL.compute(emptyD), "CDDL");
  }

  @Test
  void generalizedEntropyAllFalseNegatives() {
    FacetView v = Views.of(bits("1 0"), bits("1 1"), bits("0 0"), null, 0);
    assertEquals(
        "All predicted labels are false negatives. There should be at least one prediction that is"
            + " not false negative.",
        assertThrows(MetricUndefinedException.class, () -> PostTrainingMetric.GE.compute(v))
            .getMessage());
  }

  @Test
  void infinitiesAndBothInfiniteSpecialCases() {
    // TE: d has FN but no FP -> +inf; a has FN but no FP too -> both +inf -> 0
    FacetView bothInf = Views.of(bits("1 1 0 0"), bits("1 0 1 0"), bits("0 0 0 0"), null, 0);
    assertEquals(0.0, PostTrainingMetric.TE.compute(bothInf));
    // DCA: c = divide(n(1), n'(1)) is +inf in both groups -> 0
    assertEquals(0.0, PostTrainingMetric.DCA.compute(bothInf));
    FacetView dInf = Views.of(bits("1 1 0 0"), bits("1 0 1 0"), bits("0 0 1 0"), null, 0);
    assertEquals(Double.POSITIVE_INFINITY, PostTrainingMetric.TE.compute(dInf));
    assertEquals(Double.NEGATIVE_INFINITY, PostTrainingMetric.DCA.compute(dInf));
  }

  @Test
  void engineSortsWarnsAndKeepsGoing() {
    RunLog.Recording log = new RunLog.Recording();
    FacetView v = Views.of(bits("1 0 1 0"), bits("1 0 0 1"), bits("1 1 0 0"), null, 0);
    List<BiasMetric> metrics =
        MetricEngine.resolve(Stage.PRE_TRAINING, List.of("TVD", "CI", "CDDL", "KL", "CI"));
    List<MetricValue> out = MetricEngine.evaluate(metrics, v, log);
    assertEquals(List.of("CDDL", "CI", "KL", "TVD"), out.stream().map(MetricValue::name).toList());
    assertEquals("Group variable is empty or not provided", out.get(0).error());
    assertEquals("Conditional Demographic Disparity in Labels (CDDL)", out.get(0).description());
    assertEquals(0.0, out.get(1).value());
    assertEquals(List.of("CDDL metrics failed"), log.warnings());
    List<MetricValue> failed =
        MetricEngine.failAll(
            MetricEngine.resolve(Stage.POST_TRAINING, List.of("GE", "AD")), "boom", log);
    assertEquals(List.of("AD", "GE"), failed.stream().map(MetricValue::name).toList());
    assertEquals("boom", failed.get(1).error());
  }

  @Test
  void descriptionsAreClarifys() {
    assertEquals("Kullback-Liebler Divergence (KL)", PreTrainingMetric.KL.description());
    assertEquals("Difference in Conditional Rejection (DCR)", PostTrainingMetric.DCR.description());
    assertEquals("L-p Norm (LP)", PreTrainingMetric.LP.description());
    assertEquals("Flip Test (FT)", PostTrainingMetric.FT.description());
    for (PreTrainingMetric m : PreTrainingMetric.values()) {
      assertEquals(true, m.description().endsWith("(" + m.id() + ")"));
    }
    for (PostTrainingMetric m : PostTrainingMetric.values()) {
      assertEquals(true, m.description().endsWith("(" + m.id() + ")"));
    }
  }
}
