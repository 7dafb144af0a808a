package dev.fairness.bias;

import static dev.fairness.bias.Expect.error;
import static dev.fairness.bias.Expect.group;
import static dev.fairness.bias.Expect.names;
import static dev.fairness.bias.Expect.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.RunLog;
import dev.fairness.data.Table;
import dev.fairness.result.FacetGroupResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end-to-end vectors of spec §4.6 and §5.5 V3–V5 through {@link BiasAnalysis}. */
class SpecVectorsTest {

  static final List<String> ALL_PRE = List.of("CDDL", "CI", "DPL", "JS", "KL", "KS", "LP", "TVD");
  static final List<String> ALL_POST =
      List.of(
          "AD", "CDDPL", "DAR", "DCA", "DCR", "DI", "DPPL", "DRR", "FT", "GE", "RD", "SD", "TE");

  /** The 24 rows of spec §5.5 V3, from the one copy in testdata. */
  static final String V3 = readV3();

  private static String readV3() {
    try {
      return java.nio.file.Files.readString(
          java.nio.file.Path.of(
              System.getProperty("testdata.dir", "../testdata"), "cases/v3_worked_example/v3.csv"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static BiasResults run(
      Table t,
      List<Object> labelValues,
      List<BiasInputs.Facet> facets,
      String group,
      List<String> pre,
      List<String> post,
      RunLog log) {
    List<String> ft =
        t.columnNames().stream().filter(c -> !c.equals("y") && !c.equals("yhat")).toList();
    return BiasAnalysis.run(
        new BiasInputs(
            t,
            "y",
            labelValues,
            post == null ? null : t.column("yhat"),
            facets,
            group,
            ft,
            pre,
            post),
        log);
  }

  @Test
  void v3ContinuousFacetAndLabel() {
    RunLog.Recording log = new RunLog.Recording();
    BiasResults r =
        run(
            TestCsv.parse(V3),
            List.of(0L),
            List.of(new BiasInputs.Facet("x", List.of(2L))),
            "z",
            ALL_PRE,
            ALL_POST,
            log);
    assertEquals("(0, 1]", r.pre().labelValueOrThreshold());
    FacetGroupResult pre = group(r.pre(), "x", "(2, 4]");
    names(pre, "CDDL", "CI", "DPL", "JS", "KL", "KS", "LP", "TVD");
    value(pre, "CDDL", 0.3851010101010101);
    value(pre, "CI", -0.08333333333333333);
    value(pre, "DPL", 0.1048951048951049);
    value(pre, "JS", 0.01252420207928287);
    value(pre, "KL", 0.057704603668062765);
    value(pre, "KS", 0.1048951048951049);
    value(pre, "LP", 0.14834407996920576);
    value(pre, "TVD", 0.1048951048951049);
    FacetGroupResult post = group(r.post(), "x", "(2, 4]");
    names(
        post, "AD", "CDDPL", "DAR", "DCA", "DCR", "DI", "DPPL", "DRR", "FT", "GE", "RD", "SD",
        "TE");
    value(post, "AD", -0.2167832167832168);
    value(post, "CDDPL", 0.07592592592592595);
    value(post, "DAR", -0.1);
    value(post, "DCA", 0.15);
    value(post, "DCR", 1.0);
    value(post, "DI", 1.0576923076923077);
    value(post, "DPPL", -0.04195804195804198);
    value(post, "DRR", 0.6666666666666667);
    value(post, "FT", -0.23076923076923078);
    value(post, "GE", 0.07593688362919139);
    value(post, "RD", -1.0);
    value(post, "SD", 0.1388888888888889);
    value(post, "TE", -0.25);
    assertTrue(log.lines().contains("INFO Calculating pre-training bias metrics"));
    assertTrue(log.lines().contains("INFO Calculating post-training bias metrics"));
    assertTrue(
        log.lines()
            .contains(
                "INFO Column y with data uniqueness fraction 0.08333333333333333 is classifed as a"
                    + " CONTINUOUS column"));
    assertTrue(
        log.warnings()
            .contains(
                "Column y holds only the values 0 and 1 but is classified CONTINUOUS; 0 is used"
                    + " as a threshold, selecting (0, 1]"));
  }

  @Test
  void v4PartialFailures() {
    Table t = TestCsv.parse("x,y,z,yhat\n1,1,1,1\n2,1,1,0\n3,0,0,0\n2,0,1,1\n0,0,1,1\n");
    RunLog.Recording log = new RunLog.Recording();
    BiasResults r =
        run(
            t,
            List.of(0L),
            List.of(new BiasInputs.Facet("x", List.of(2L))),
            null,
            List.of("CI", "CDDL", "DPL", "KL"),
            List.of("AD", "CDDPL", "DCA", "DI", "DPPL", "FT", "GE", "SD"),
            log);
    FacetGroupResult pre = group(r.pre(), "x", "(2, 3]");
    names(pre, "CDDL", "CI", "DPL", "KL");
    error(pre, "CDDL", "Group variable is empty or not provided");
    value(pre, "CI", 0.6);
    value(pre, "DPL", 0.5);
    value(pre, "KL", -0.34657359027997264);
    FacetGroupResult post = group(r.post(), "x", "(2, 3]");
    names(post, "AD", "CDDPL", "DCA", "DI", "DPPL", "FT", "GE", "SD");
    value(post, "AD", -0.75);
    error(post, "CDDPL", "Group variable is empty or not provided");
    value(post, "DCA", 0.6666666666666666);
    value(post, "DI", 0.0);
    value(post, "DPPL", 0.75);
    value(post, "FT", -1.0);
    value(post, "GE", 0.19444444444444456);
    value(post, "SD", 1.0);
    assertTrue(log.warnings().contains("CDDL metrics failed"));
    assertTrue(log.warnings().contains("CDDPL metrics failed"));
  }

  @Test
  void v5OneVersusRestWithStringLabels() {
    Table t = TestCsv.parse("x,y,z,yhat\na,p,1,p\nb,q,1,p\nb,r,1,q\nc,p,0,p\nc,q,0,p\n");
    BiasResults r =
        run(
            t,
            List.of("p", "q"),
            List.of(new BiasInputs.Facet("x", List.of())),
            "z",
            List.of("DPL", "CDDL"),
            List.of("AD", "DI", "DPPL", "RD", "DAR", "DRR"),
            RunLog.silent());
    assertEquals("p,q", r.pre().labelValueOrThreshold());
    assertEquals(
        List.of("a", "b", "c"),
        r.pre().facets().get("x").stream().map(FacetGroupResult::valueOrThreshold).toList());
    double[][] pre = {{-0.3, -0.25}, {0.3, 0.5}, {-0.4, -0.33333333333333337}};
    double[][] post = {
      {-0.25, -0.25, 1.0, 0.0, 0, 0.0},
      {0.5, 0.5, 1.0, 0.0, 0, 0.0},
      {-0.33333333333333337, -0.33333333333333337, 1.0, 0.0, 0, 0.0}
    };
    String[] groups = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
      FacetGroupResult g = group(r.pre(), "x", groups[i]);
      value(g, "CDDL", pre[i][0]);
      value(g, "DPL", pre[i][1]);
      FacetGroupResult p = group(r.post(), "x", groups[i]);
      names(p, "AD", "DAR", "DI", "DPPL", "DRR", "RD");
      String[] order = {"AD", "DAR", "DI", "DPPL", "DRR", "RD"};
      for (int j = 0; j < order.length; j++) {
        value(p, order[j], post[i][j]);
      }
    }
  }

  @Test
  void workedExampleOfSection46() {
    Table t = TestCsv.parse("x,y,z,yhat\na,1,1,1\nb,1,1,0\nb,0,1,0\nb,0,0,1\n");
    BiasResults r =
        run(
            t,
            List.of(0L),
            List.of(new BiasInputs.Facet("x", List.of())),
            "z",
            ALL_PRE,
            null,
            RunLog.silent());
    assertEquals("(0, 1]", r.pre().labelValueOrThreshold());
    FacetGroupResult a = group(r.pre(), "x", "a");
    value(a, "CDDL", -0.375);
    value(a, "CI", 0.5);
    value(a, "DPL", -0.6666666666666667);
    value(a, "JS", 0.08720802396075798);
    value(a, "KL", -0.3662040962227032);
    value(a, "KS", 0.6666666666666667);
    value(a, "LP", 0.6666666666666667);
    value(a, "TVD", 0.33333333333333337);
    FacetGroupResult b = group(r.pre(), "x", "b");
    value(b, "CDDL", 0.625);
    value(b, "CI", -0.5);
    value(b, "DPL", 0.6666666666666667);
    value(b, "KL", 1.0986122886681098);
    value(b, "JS", 0.08720802396075798);
    value(b, "KS", 0.6666666666666667);
    value(b, "LP", 0.6666666666666667);
    value(b, "TVD", 0.33333333333333337);
    assertEquals(null, r.post());
  }
}
