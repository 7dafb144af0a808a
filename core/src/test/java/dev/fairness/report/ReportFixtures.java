package dev.fairness.report;

import dev.fairness.result.AnalysisResult;
import dev.fairness.result.BiasReport;
import dev.fairness.result.ConfidenceInterval;
import dev.fairness.result.Explanations;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.GroupStats;
import dev.fairness.result.MetricValue;
import dev.fairness.result.ModelPerformance;
import dev.fairness.result.ModelPerformance.NamedValue;
import dev.fairness.result.PdpResult;
import dev.fairness.result.RunInfo;
import dev.fairness.result.ShapLabelResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built results for the report tests. The Adult numbers are those of {@code
 * /work/shared/golden/a_sex_female/expected.json} (smclarify 0.5 on the Adult test split, facet Sex
 * = Female); the rest-of-population rates and confusion fractions are derived from its counts (n =
 * 16281, n_d = 5421; d: TP 310, FP 104, FN 280, TN 4727; all: TP 2306, FP 852, FN 1540, TN 11583).
 */
final class ReportFixtures {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";

  private ReportFixtures() {}

  /** Returns the Adult example: pre- and post-training bias, SHAP and PDP. */
  static AnalysisResult adult() {
    double nD = 5421;
    double nA = 10860;
    GroupStats pre =
        new GroupStats(
            16281,
            5421,
            10860,
            0.3329648056016215,
            0.10883600811658366,
            3256 / nA,
            Double.NaN,
            Double.NaN,
            null,
            null);
    GroupStats post =
        new GroupStats(
            16281,
            5421,
            10860,
            0.3329648056016215,
            0.10883600811658366,
            3256 / nA,
            414 / nD,
            2744 / nA,
            new double[] {
              0.05718502121379819, 0.019184652278177457, 0.05165098690278547, 0.8719793396052389
            },
            new double[] {1996 / nA, 748 / nA, 1260 / nA, 6856 / nA});
    List<MetricValue> preMetrics =
        List.of(
            m("CDDL", "Conditional Demographic Disparity in Labels (CDDL)", 0.2062158728167398),
            m("CI", "Class Imbalance (CI)", 0.33407038879675693),
            m("DPL", "Difference in Positive Proportions in Labels (DPL)", 0.19097982982080125),
            m("JS", "Jensen-Shannon Divergence (JS)", 0.028949773163581036),
            m("KL", "Kullback-Liebler Divergence (KL)", 0.13493726679736162),
            m("KS", "Kolmogorov-Smirnov Distance (KS)", 0.19097982982080125),
            m("LP", "L-p Norm (LP)", 0.2700862654722827),
            m("TVD", "Total Variation Distance (TVD)", 0.19097982982080122));
    List<MetricValue> postMetrics =
        List.of(
            m("AD", "Accuracy Difference (AD)", -0.11406307168459873),
            m(
                "CDDPL",
                "Conditional Demographic Disparity in Predicted Labels (CDDPL)",
                0.20565874306345627),
            m("DAR", "Difference in Acceptance Rates (DAR)", -0.021387022717989868),
            m("DCA", "Difference in Conditional Acceptance (DCA)", -0.23853185166406088),
            m("DCR", "Difference in Conditional Rejection (DCR)", 0.02793447478114175),
            m("DI", "Disparate Impact (DI)", 0.30225023838296483),
            m(
                "DPPL",
                "Difference in Positive Proportions in Predicted Labels (DPPL)",
                0.17630067641594332),
            m("DRR", "Difference in Rejection Rates (DRR)", 0.09932718147279862),
            MetricValue.failed(
                "FT", "Flip Test (FT)", "FlipTest does not support non-numeric columns"),
            m("GE", "Generalized Entropy (GE)", 0.07911192541101844),
            m("RD", "Recall Difference (RD)", 0.0875983842085537),
            m("SD", "Specificity Difference (SD)", 0.07684164529644866),
            m("TE", "Treatment Equality (TE)", 1.0078157136980668));
    ModelPerformance performance =
        new ModelPerformance(
            List.of(
                new NamedValue("Accuracy", 0.8530802776242246),
                new NamedValue("Proportion of Positive Predictions in Labels", 0.19396842945765003),
                new NamedValue("Proportion of Negative Predictions in Labels", 0.80603157054235),
                new NamedValue("True Positive Rate / Recall", 0.5995839833593344),
                new NamedValue("True Negative Rate / Specificity", 0.9314837153196622),
                new NamedValue("Acceptance Rate / Precision", 0.7302089930335656),
                new NamedValue("Rejection Rate", 0.8826487845766974),
                new NamedValue("Conditional Acceptance", 1.2178594046865105),
                new NamedValue("Conditional Rejection", 0.9475729634991998),
                new NamedValue("F1 Score", 0.6584808680753855)),
            new double[] {
              0.1416374915545728, 0.052330937903077204, 0.09458878447269824, 0.7114427860696517
            },
            List.of("0", "1"),
            new double[][] {{11583.0, 852.0}, {1540.0, 2306.0}});
    BiasReport preReport =
        new BiasReport(
            "Target", "1", facets("Sex", new FacetGroupResult("Female", preMetrics, pre)), null);
    BiasReport postReport =
        new BiasReport(
            "Target",
            "1",
            facets("Sex", new FacetGroupResult("Female", postMetrics, post)),
            performance);
    RunInfo run =
        new RunInfo(
            "Adult income: bias and explanations",
            "report",
            "2024-05-01T12:00:00Z",
            null,
            "adult_test.csv",
            "text/csv",
            16281,
            "Target = 1",
            List.of("Sex: Female"),
            "Age",
            List.of(
                "pre-training bias (8 metrics)",
                "post-training bias (13 metrics)",
                "SHAP (kernel, 100 samples)",
                "PDP (3 features)"),
            "local command: java AdultModel.java",
            List.of(
                "FT metrics failed", "Facet Sex: 12 rows with a missing value belong to the rest"));
    return new AnalysisResult(preReport, postReport, adultExplanations(), run);
  }

  private static Explanations adultExplanations() {
    String[] names = {
      "Age", "Workclass", "fnlwgt", "Education", "Education-Num", "Marital-Status", "Occupation",
      "Relationship", "Race", "Sex", "Capital-Gain", "Capital-Loss", "Hours-per-week", "Country"
    };
    double[] low = {
      0.0412, 0.0083, 0.0061, 0.0097, 0.0445, 0.0621, 0.0235, 0.0712, 0.0034, 0.0127, 0.0561,
      0.0118, 0.0263, 0.0029
    };
    Map<String, Double> lowValues = new LinkedHashMap<>();
    Map<String, Double> highValues = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      lowValues.put(names[i], low[i]);
      highValues.put(names[i], low[i] * 0.9 + 0.001 * i);
    }
    Map<String, ShapLabelResult> shap = new LinkedHashMap<>();
    shap.put("<=50K", new ShapLabelResult(lowValues, 0.7591));
    shap.put(">50K", new ShapLabelResult(highValues, 0.2409));
    List<Object> ages = new ArrayList<>();
    List<Double> ageDist =
        List.of(0.118, 0.162, 0.171, 0.156, 0.139, 0.107, 0.076, 0.045, 0.019, 0.007);
    List<Double> ageHigh = new ArrayList<>();
    List<Double> ageLow = new ArrayList<>();
    double[] high = {0.021, 0.094, 0.198, 0.281, 0.322, 0.331, 0.305, 0.262, 0.214, 0.176};
    for (int i = 0; i < 10; i++) {
      ages.add(20.65 + 7.3 * i);
      ageHigh.add(high[i]);
      ageLow.add(1 - high[i]);
    }
    List<PdpResult> pdp =
        List.of(
            new PdpResult(
                "Age",
                "numerical",
                ages,
                ageDist,
                List.of(ageLow, ageHigh),
                List.of("<=50K", ">50K"),
                null),
            new PdpResult(
                "Sex",
                "categorical",
                List.of("Male", "Female"),
                List.of(0.667, 0.333),
                List.of(List.of(0.716, 0.884), List.of(0.284, 0.116)),
                List.of("<=50K", ">50K"),
                null),
            new PdpResult(
                "Notes",
                "free_text",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "Detected data type is not supported for PDP. PDP can only be computed for"
                    + " numerical or categorical columns"));
    return new Explanations(shap, pdp, "mean_abs", 500);
  }

  /**
   * {@link #adult()} with the 95 % bootstrap intervals of {@code fairness analyze --n-boot 1000}
   * (seed 0) on testdata/cases/a_sex_female (issue 18).
   */
  static AnalysisResult adultWithIntervals() {
    Map<String, double[]> ci =
        Map.ofEntries(
            Map.entry("pre.CDDL", new double[] {0.1860857068171977, 0.2436581264618165}),
            Map.entry("pre.CI", new double[] {0.3195718936183281, 0.3491861679258031}),
            Map.entry("pre.DPL", new double[] {0.1791663777017984, 0.20198278530056638}),
            Map.entry("pre.JS", new double[] {0.025372709100784853, 0.03257115767762347}),
            Map.entry("pre.KL", new double[] {0.11684057404812959, 0.15379094418844505}),
            Map.entry("pre.KS", new double[] {0.1791663777017984, 0.20198278530056638}),
            Map.entry("pre.LP", new double[] {0.2533795212671438, 0.2856467943379539}),
            Map.entry("pre.TVD", new double[] {0.1791663777017984, 0.20198278530056635}),
            Map.entry("post.AD", new double[] {-0.12392602222248972, -0.10414437927400655}),
            Map.entry("post.CDDPL", new double[] {0.18601390479331575, 0.24868079171573004}),
            Map.entry("post.DAR", new double[] {-0.06440072530721538, 0.02109729639307105}),
            Map.entry("post.DCA", new double[] {-0.3557741582827062, -0.1239815936360222}),
            Map.entry("post.DCR", new double[] {0.015393909329521992, 0.04122382757729705}),
            Map.entry("post.DI", new double[] {0.2746702010659069, 0.3347615975624309}),
            Map.entry("post.DPPL", new double[] {0.16479131994125892, 0.186669142996369}),
            Map.entry("post.DRR", new double[] {0.08938839768579991, 0.1091915525120385}),
            Map.entry("post.GE", new double[] {0.07596297722607345, 0.08235636521821234}),
            Map.entry("post.RD", new double[] {0.043124652520622614, 0.1333916491386719}),
            Map.entry("post.SD", new double[] {0.06882973752967309, 0.08432334126467915}),
            Map.entry("post.TE", new double[] {0.44451693460892777, 1.6809699051302285}));
    AnalysisResult r = adult();
    return new AnalysisResult(
        withIntervals(r.preTraining(), "pre", ci),
        withIntervals(r.postTraining(), "post", ci),
        r.explanations(),
        r.run(),
        r.groupMetrics());
  }

  private static BiasReport withIntervals(BiasReport r, String stage, Map<String, double[]> ci) {
    Map<String, List<FacetGroupResult>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, List<FacetGroupResult>> e : r.facets().entrySet()) {
      List<FacetGroupResult> groups = new ArrayList<>();
      for (FacetGroupResult g : e.getValue()) {
        List<MetricValue> metrics = new ArrayList<>();
        for (MetricValue m : g.metrics()) {
          double[] b = ci.get(stage + "." + m.name());
          metrics.add(b == null ? m : m.withInterval(new ConfidenceInterval(b[0], b[1], 0.95)));
        }
        groups.add(new FacetGroupResult(g.valueOrThreshold(), metrics, g.stats()));
      }
      facets.put(e.getKey(), groups);
    }
    return new BiasReport(r.label(), r.labelValueOrThreshold(), facets, r.performance());
  }

  /** Returns a small result: one pre-training facet with a threshold group and no statistics. */
  static AnalysisResult minimal() {
    List<MetricValue> metrics =
        List.of(
            m("CI", "Class Imbalance (CI)", -0.08333333333333333),
            MetricValue.failed(
                "DPL", "Difference in Positive Proportions in Labels (DPL)", "Facet set is empty."),
            m("KL", "Kullback-Liebler Divergence (KL)", -0.3662040962227032));
    BiasReport pre =
        new BiasReport(
            "y", "(0, 1]", facets("x", new FacetGroupResult("(2, 4]", metrics, null)), null);
    RunInfo run =
        new RunInfo(
            "Analysis Report",
            "report",
            "1970-01-01T00:00:00Z",
            null,
            "v3.csv",
            "text/csv",
            24,
            "y in (0, 1]",
            List.of("x: (2, 4]"),
            null,
            List.of("pre-training bias (3 metrics)"),
            null,
            List.of());
    return new AnalysisResult(pre, null, null, run);
  }

  /** Returns a result whose names and values try to inject markup everywhere. */
  static AnalysisResult hostile() {
    String col = SCRIPT + " | " + IMG;
    GroupStats stats =
        new GroupStats(
            10,
            4,
            6,
            0.4,
            0.25,
            0.5,
            0.5,
            0.5,
            new double[] {0.25, 0.25, 0.25, 0.25},
            new double[] {0.5, 0.0, 0.0, 0.5});
    List<MetricValue> metrics =
        List.of(
            m("DI", "Disparate Impact (DI)", Double.POSITIVE_INFINITY),
            m("TE", "Treatment Equality (TE)", Double.NEGATIVE_INFINITY),
            MetricValue.failed("FT", "Flip Test (FT)", "bad " + SCRIPT));
    Map<String, List<FacetGroupResult>> facets = new LinkedHashMap<>();
    facets.put(col, List.of(new FacetGroupResult(IMG + " *x* _y_ [z](http://e)", metrics, stats)));
    BiasReport post =
        new BiasReport(
            SCRIPT,
            IMG,
            facets,
            new ModelPerformance(
                List.of(new NamedValue(SCRIPT, 0.5)),
                new double[] {0, 0, 0, 1},
                List.of(SCRIPT, IMG),
                new double[][] {{1, 2}, {3, 4}}));
    Map<String, Double> shapValues = new LinkedHashMap<>();
    shapValues.put(col, 0.5);
    shapValues.put("plain|pipe", -0.25);
    Explanations explanations =
        new Explanations(
            Map.of(SCRIPT, new ShapLabelResult(shapValues, 0.1)),
            List.of(
                new PdpResult(
                    col,
                    "categorical",
                    List.of(SCRIPT, IMG),
                    List.of(0.5, 0.5),
                    List.of(List.of(0.1, 0.9)),
                    List.of(IMG),
                    null),
                new PdpResult(
                    IMG, "free_text", List.of(), List.of(), List.of(), List.of(), SCRIPT)),
            SCRIPT,
            3);
    RunInfo run =
        new RunInfo(
            SCRIPT,
            "report",
            IMG,
            SCRIPT,
            "dir/" + IMG + ".csv",
            SCRIPT,
            10,
            SCRIPT + " = 1",
            List.of(col + ": " + IMG),
            IMG,
            List.of(SCRIPT),
            "local command: " + IMG,
            List.of(SCRIPT, IMG + "\nsecond line | cell"));
    return new AnalysisResult(null, post, explanations, run);
  }

  private static MetricValue m(String name, String description, double value) {
    return MetricValue.of(name, description, value);
  }

  private static Map<String, List<FacetGroupResult>> facets(String facet, FacetGroupResult g) {
    Map<String, List<FacetGroupResult>> map = new LinkedHashMap<>();
    map.put(facet, List.of(g));
    return map;
  }
}
