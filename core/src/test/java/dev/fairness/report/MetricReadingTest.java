package dev.fairness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.metrics.Stage;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.GroupStats;
import dev.fairness.result.MetricValue;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MetricReadingTest {

  private static final GroupStats ADULT_POST =
      ReportFixtures.adult().postTraining().facets().get("Sex").get(0).stats();

  private static final MetricReading FEMALE = new MetricReading("Sex", "Female", ADULT_POST, "Age");

  private static String read(String name, double value) {
    return FEMALE.read(MetricValue.of(name, name, value));
  }

  @Test
  void dplNamesGroupDirectionSizeAndRates() {
    assertEquals(
        "The Sex = Female group gets the positive label 19.1 percentage points less often than"
            + " the rest (0.1088 vs 0.2998).",
        read("DPL", 0.19097982982080125));
    assertTrue(read("DPL", -0.05).contains("5.0 percentage points more often"));
    assertTrue(read("DPL", 0.0).contains("as often as the rest"));
  }

  /** Every sentence for the Adult post-training values, checked against the spec's sign rules. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "CI; 0.33407038879675693; The Sex = Female group is smaller than the rest (5421 vs 10860"
            + " rows); it holds 33.3% of the rows.",
        "DPPL; 0.17630067641594332; is predicted positive 17.6 percentage points less often than"
            + " the rest (0.0764 vs 0.2527).",
        "DI; 0.30225023838296483; is predicted positive at 30.2% of the rest's rate (0.0764 vs"
            + " 0.2527); below 1 favours the rest.",
        "AD; -0.11406307168459873; The model is 11.4 percentage points more accurate for the Sex"
            + " = Female group than for the rest (0.9292 vs 0.8151).",
        "DAR; -0.021387022717989868; Positive predictions are 2.1 percentage points more precise"
            + " for the Sex = Female group than for the rest (0.7488 vs 0.7274).",
        "DRR; 0.09932718147279862; Negative predictions are 9.9 percentage points more precise"
            + " for the Sex = Female group than for the rest (0.9441 vs 0.8448).",
        "DCA; -0.23853185166406088; The Sex = Female group has 0.2385 more observed positives per"
            + " positive prediction than the rest (1.4251 vs 1.1866).",
        "DCR; 0.02793447478114175; The Sex = Female group has 0.0279 more observed negatives per"
            + " negative prediction than the rest (0.9648 vs 0.9369).",
        "RD; 0.0875983842085537; finds the actual positives of the Sex = Female group 8.8"
            + " percentage points less often than those of the rest (recall 0.5254 vs 0.6130).",
        "SD; 0.07684164529644866; are predicted negative 7.7 percentage points more often than"
            + " those of the rest (specificity 0.9785 vs 0.9016).",
        "TE; 1.0078157136980668; The Sex = Female group has 1.0078 more false negatives per false"
            + " positive than the rest (2.6923 vs 1.6845).",
        "CDDL; 0.2062158728167398; Within strata of Age, the Sex = Female group takes a 20.6"
            + " percentage points larger share of the negative labels than of the positive labels"
            + " (disparity against the group).",
        "GE; 0.07911192541101844; Across all 16281 rows",
        "FT; -0.2307; Net 23.1% of the Sex = Female group are predicted negative where their"
            + " nearest neighbours in the rest are predicted positive (flips against the group).",
        "KL; 0.13493726679736162; does not show which group is favoured."
      })
  void readsTheAdultValues(String metric, double value, String expected) {
    String sentence = read(metric, value);
    assertTrue(sentence.contains(expected), sentence);
  }

  /** Directed metrics read differently for v and -v; undirected ones say they have no direction. */
  @ParameterizedTest
  @MethodSource("allIds")
  void everyMetricReadsBothSignsAndNeverShowsNaN(String metric) {
    Set<String> undirected = Set.of("JS", "LP", "TVD", "KS", "GE");
    double v = metric.equals("DI") ? 0.5 : 0.25;
    double w = metric.equals("DI") ? 2.0 : -0.25;
    String positive = read(metric, v);
    String negative = read(metric, w);
    for (String s : new String[] {positive, negative, read(metric, 0.0)}) {
      assertNotNull(s);
      assertFalse(s.contains("NaN") || s.contains("null"), s);
      assertTrue(s.endsWith("."), s);
    }
    if (!undirected.contains(metric)) {
      assertNotEquals(
          positive.replace("25.0", "").replace("0.2500", ""),
          negative.replace("25.0", "").replace("0.2500", ""),
          metric);
    } else if (!metric.equals("GE")) {
      assertTrue(positive.contains("does not show which group is favoured"), positive);
    }
  }

  static Stream<String> allIds() {
    return Stream.concat(Stage.PRE_TRAINING.ids().stream(), Stage.POST_TRAINING.ids().stream());
  }

  @Test
  void infiniteValuesNameTheSideWithoutTheDenominator() {
    assertEquals(
        "The Sex = Female group has positive predictions and the rest has none (0.0764 vs"
            + " 0.2527).",
        read("DI", Double.POSITIVE_INFINITY));
    assertTrue(
        read("TE", Double.POSITIVE_INFINITY)
            .startsWith("The Sex = Female group has false negatives but no false positive (+∞)"));
    assertTrue(
        read("TE", Double.NEGATIVE_INFINITY)
            .startsWith("The rest has false negatives but no false positive (−∞)"));
    assertTrue(read("DCA", Double.POSITIVE_INFINITY).startsWith("The rest has observed positive"));
  }

  @Test
  void failedMetricsReadAsTheirError() {
    assertEquals(
        "FlipTest does not support non-numeric columns",
        FEMALE.read(
            MetricValue.failed(
                "FT", "Flip Test (FT)", "FlipTest does not support non-numeric columns")));
  }

  @Test
  void intervalGroupsReadAsIn() {
    MetricReading reading = new MetricReading("Age", "(40, 90]", null, null);
    assertEquals(
        "The Age in (40, 90] group gets the positive label 10.0 percentage points more often than"
            + " the rest.",
        reading.read(MetricValue.of("DPL", "DPL", -0.1)));
    assertTrue(
        reading
            .read(MetricValue.of("CDDL", "CDDL", 0.1))
            .startsWith("Within strata of the group variable,"));
  }

  @Test
  void negativeKlIsExplained() {
    FacetGroupResult g = ReportFixtures.minimal().preTraining().facets().get("x").get(0);
    MetricReading reading = new MetricReading("x", g.valueOrThreshold(), g.stats(), null);
    assertTrue(reading.read(g.metrics().get(2)).startsWith("KL is negative because"));
  }
}
