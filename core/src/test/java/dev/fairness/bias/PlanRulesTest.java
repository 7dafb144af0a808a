package dev.fairness.bias;

import static dev.fairness.bias.TestColumns.longs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fairness.RunLog;
import dev.fairness.config.ConfigException;
import dev.fairness.data.Column;
import dev.fairness.data.DataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column kinds, label/facet/predicted rules and strata (spec §4.1–§4.5). */
class PlanRulesTest {

  static Object[] zeroOne(int n) {
    Object[] v = new Object[n];
    for (int i = 0; i < n; i++) {
      v[i] = (long) (i % 2);
    }
    return v;
  }

  static boolean[] bools(int... bits) {
    boolean[] b = new boolean[bits.length];
    for (int i = 0; i < bits.length; i++) {
      b[i] = bits[i] == 1;
    }
    return b;
  }

  @Test
  void zeroOneIntegerLabelIsContinuousUpTo40Rows() {
    RunLog.Recording log = new RunLog.Recording();
    assertEquals(
        ColumnKind.CONTINUOUS,
        ColumnKind.infer(TestColumns.of("y", zeroOne(40)), List.of(1L), log));
    assertEquals(
        ColumnKind.CATEGORICAL,
        ColumnKind.infer(TestColumns.of("y", zeroOne(41)), List.of(1L), log));
    assertEquals(
        "INFO Column y with data uniqueness fraction 0.05 is classifed as a CONTINUOUS column",
        log.lines().get(0));
    assertEquals(
        "INFO Column y with data uniqueness fraction 0.04878048780487805 is classifed as a"
            + " CATEGORICAL column",
        log.lines().get(1));
  }

  @Test
  void kindRules() {
    RunLog log = RunLog.silent();
    Column floats =
        TestColumns.of(
            "f", 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0,
            0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0,
            1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0);
    assertEquals(ColumnKind.CONTINUOUS, ColumnKind.infer(floats, List.of(), log));
    assertEquals(ColumnKind.CATEGORICAL, ColumnKind.infer(floats, List.of(0.0, 1.0), log));
    assertEquals(
        ColumnKind.CATEGORICAL, ColumnKind.infer(TestColumns.of("b", true, false), List.of(), log));
    assertEquals(
        ColumnKind.CONTINUOUS,
        ColumnKind.infer(TestColumns.of("s", "1", "2", "3"), List.of(), log));
    assertEquals(
        ColumnKind.CATEGORICAL,
        ColumnKind.infer(TestColumns.of("s", "1", "2", null), List.of(), log));
    assertEquals(
        ColumnKind.CATEGORICAL, ColumnKind.infer(TestColumns.of("s", "1", "x"), List.of(), log));
    assertEquals(0.0, ColumnKind.uniqueness(TestColumns.of("m", null, null)));
  }

  @Test
  void continuousThresholdEdgeCases() {
    RunLog log = RunLog.silent();
    Column y = TestColumns.of("y", longs(0, 1, 2, 3, 4));
    LabelIndex normal = LabelRule.positive(y, List.of(2L), log);
    assertEquals("(2, 4]", normal.text());
    assertArrayEquals(bools(0, 0, 0, 1, 1), normal.positive().toBooleans());
    LabelIndex equal = LabelRule.positive(y, List.of(4L), log);
    assertEquals("", equal.text());
    assertArrayEquals(new boolean[5], equal.positive().toBooleans());
    LabelIndex above = LabelRule.positive(y, List.of(7L), log);
    assertEquals("(4, 7]", above.text());
    assertArrayEquals(new boolean[5], above.positive().toBooleans());
    LabelIndex floatThreshold = LabelRule.positive(y, List.of(2.5), log);
    assertEquals("(2.5, 4.0]", floatThreshold.text());
    assertEquals("(2.0, 4.0]", LabelRule.positive(y, List.of("2"), log).text());
    // |max| quirk: max -3 with threshold 3 gives no interval
    Column neg = TestColumns.of("n", longs(-5, -4, -3, -6, -7));
    assertEquals("", LabelRule.positive(neg, List.of(3L), log).text());
    assertEquals("(-5, -3]", LabelRule.positive(neg, List.of(-5L), log).text());
    Column f = TestColumns.of("f", 40.0, 90.0, 50.0, null);
    RunLog.Recording rec = new RunLog.Recording();
    LabelIndex fl = LabelRule.positive(f, List.of(40L), rec);
    assertEquals("(40.0, 90.0]", fl.text());
    assertArrayEquals(bools(0, 1, 1, 0), fl.positive().toBooleans());
    assertTrue(rec.warnings().contains("1 rows with a missing label are counted as negative"));
    DataException e =
        assertThrows(DataException.class, () -> LabelRule.positive(y, List.of("abc"), log));
    assertEquals(
        "Facet/label value provided must be a single numeric threshold for continuous data",
        e.getMessage());
    assertThrows(ConfigException.class, () -> LabelRule.positive(y, List.of(), log));
  }

  @Test
  void twoIntegerWarningAndNoPositiveWarning() {
    RunLog.Recording log = new RunLog.Recording();
    LabelIndex idx = LabelRule.positive(TestColumns.of("y", zeroOne(10)), List.of(1L), log);
    assertEquals("", idx.text());
    assertEquals(
        List.of(
            "Column y holds only the values 0 and 1 but is classified CONTINUOUS; 1 is used as a"
                + " threshold, selecting ",
            "No positive label found for y with "),
        log.warnings());
  }

  @Test
  void categoricalPythonEqualityAndCoercion() {
    RunLog log = RunLog.silent();
    Object[] big = new Object[100];
    for (int i = 0; i < 100; i++) {
      big[i] = (long) (i % 3);
    }
    Column ints = TestColumns.of("y", big);
    assertEquals(34, LabelRule.positive(ints, List.of(0L), log).positive().count());
    assertEquals(33, LabelRule.positive(ints, List.of(1.0), log).positive().count());
    assertEquals(33, LabelRule.positive(ints, List.of(true), log).positive().count());
    assertEquals(33, LabelRule.positive(ints, List.of("1"), log).positive().count());
    assertEquals(0, LabelRule.positive(ints, List.of(1.5), log).positive().count());
    // "1.0" parses only as a float: all values become floats, and 1.0 == 1
    assertEquals(33, LabelRule.positive(ints, List.of("1.0"), log).positive().count());
    assertThrows(DataException.class, () -> LabelRule.positive(ints, List.of("1", "x"), log));
    Column strings = TestColumns.of("s", "1", "2", "1", "x");
    LabelIndex s = LabelRule.positive(strings, List.of(1L, 5L), log);
    assertArrayEquals(bools(1, 0, 1, 0), s.positive().toBooleans());
    assertEquals("1,5", s.text());
    Column b = TestColumns.of("b", true, false, true);
    assertArrayEquals(
        bools(1, 0, 1), LabelRule.positive(b, List.of("TRUE"), log).positive().toBooleans());
    assertArrayEquals(
        bools(0, 1, 0), LabelRule.positive(b, List.of(0L), log).positive().toBooleans());
    DataException e =
        assertThrows(DataException.class, () -> LabelRule.positive(b, List.of("maybe"), log));
    assertEquals("Value maybe cannot be compared with column b of type BOOL", e.getMessage());
  }

  @Test
  void intCoercionFailureMessage() {
    Object[] big = new Object[100];
    Arrays.fill(big, 1L);
    big[0] = 2L;
    Column ints = TestColumns.of("y", big);
    DataException e =
        assertThrows(
            DataException.class, () -> LabelRule.positive(ints, List.of("abc"), RunLog.silent()));
    assertEquals("Value abc cannot be compared with column y of type INT", e.getMessage());
  }

  @Test
  void facetGroups() {
    RunLog.Recording log = new RunLog.Recording();
    Column x = TestColumns.of("x", "b", "a", null, "b", "c");
    FacetSplit g = FacetSelector.groups(x, List.of(), log);
    assertEquals(List.of("b", "a", "c"), g.groups());
    assertArrayEquals(bools(1, 0, 0, 1, 0), g.sensitive(0));
    assertArrayEquals(bools(0, 0, 0, 0, 1), g.sensitive(2));
    assertTrue(log.warnings().get(0).startsWith("Facet x has 1 rows with a missing value"));
    FacetSplit none = FacetSelector.groups(x, List.of("zzz"), log);
    assertTrue(log.warnings().contains("Facet x group zzz is empty"));
    assertEquals(1, none.groups().size());
    FacetSelector.groups(TestColumns.of("k", "u", "u"), List.of("u"), log);
    assertTrue(log.warnings().contains("Facet k group u contains every row"));
    Column age = TestColumns.of("age", 20.5, 30.0, 40.0);
    DataException e =
        assertThrows(DataException.class, () -> FacetSelector.groups(age, List.of(), log));
    assertEquals("Threshold values must be provided for continuous features", e.getMessage());
    assertEquals("(30.0, 40.0]", FacetSelector.groups(age, List.of(30L), log).groups().get(0));
    FacetSplit bools = FacetSelector.groups(TestColumns.of("b", true, false, true), List.of(), log);
    assertEquals(List.of("True", "False"), bools.groups());
    assertArrayEquals(bools(0, 1, 0), bools.sensitive(1));
    long[] cycle = new long[100];
    for (int i = 0; i < cycle.length; i++) {
      cycle[i] = new long[] {7, 3, 7, 9}[i % 4];
    }
    FacetSplit ints = FacetSelector.groups(TestColumns.of("i", longs(cycle)), List.of(), log);
    assertEquals(List.of("7", "3", "9"), ints.groups());
    assertArrayEquals(bools(1, 0, 1, 0), Arrays.copyOf(ints.sensitive(0), 4));
    assertArrayEquals(bools(0, 0, 0, 1), Arrays.copyOf(ints.sensitive(2), 4));
  }

  @Test
  void zeroOneFacetWithValueZeroOnFewRowsSelectsTheOnes() {
    FacetSplit g =
        FacetSelector.groups(TestColumns.of("f", zeroOne(6)), List.of(0L), RunLog.silent());
    assertEquals("(0, 1]", g.groups().get(0));
    assertArrayEquals(bools(0, 1, 0, 1, 0, 1), g.sensitive(0));
  }

  @Test
  void predictedLabels() {
    RunLog.Recording log = new RunLog.Recording();
    Column y = TestColumns.of("y", longs(0, 1, 2, 3));
    LabelIndex li = LabelRule.positive(y, List.of(1L), log);
    // continuous: m' = max(L ∪ P) = 5, interval (1, 5]; FLOAT predictions truncate toward zero
    Column p = TestColumns.of("p", 1.9, 2.5, 5.0, 0.0);
    PredictedIndex pi = PredictedLabelRule.positive(p, y, li, List.of(1L), false, log);
    assertNull(pi.error());
    assertArrayEquals(bools(0, 1, 1, 0), pi.positive().toBooleans());
    Column missing = TestColumns.of("p", 1.0, null, 3.0, 2.0);
    assertEquals(
        PredictedLabelRule.MISSING,
        PredictedLabelRule.positive(missing, y, li, List.of(1L), false, log).error());
    assertNull(PredictedLabelRule.positive(missing, y, li, List.of(1L), true, log).error());
    Column none = TestColumns.of("p", 0.0, 1.0, 0.0, 1.0);
    assertEquals(
        "No Label values are present in the predicted Label Column,Positive Predicted Index Series"
            + " contains all False values",
        PredictedLabelRule.positive(none, y, li, List.of(1L), false, log).error());
    Column cat = TestColumns.of("p", "a", "b", "a", "b");
    assertEquals(
        "Predicted Label Column series datatype is not the same as Label Column series",
        PredictedLabelRule.positive(cat, y, li, List.of(1L), false, log).error());
    Column ys = TestColumns.of("y", "a", "b", "a", "c");
    LabelIndex ls = LabelRule.positive(ys, List.of("a"), log);
    Column ps = TestColumns.of("p", "a", null, "b", "a");
    PredictedIndex psi = PredictedLabelRule.positive(ps, ys, ls, List.of("a"), false, log);
    assertArrayEquals(bools(1, 0, 0, 1), psi.positive().toBooleans());
    assertTrue(
        log.warnings().contains("1 rows with a missing predicted label are counted as negative"));
  }

  @Test
  void strataAreSorted() {
    GroupVariable.Strata s = GroupVariable.strata(TestColumns.of("g", longs(30, 10, 20, 10)));
    assertEquals(3, s.count());
    assertArrayEquals(new int[] {2, 0, 1, 0}, s.codes());
    GroupVariable.Strata t = GroupVariable.strata(TestColumns.of("g", "b", null, "a", "B"));
    assertArrayEquals(new int[] {2, -1, 1, 0}, t.codes());
    GroupVariable.Strata b = GroupVariable.strata(TestColumns.of("g", true, false));
    assertArrayEquals(new int[] {1, 0}, b.codes());
  }

  @Test
  void facetOnLabelColumnAndTwoEntriesOnOneColumn() {
    Column x = TestColumns.of("x", "a", "b", "a", "b");
    Column y = TestColumns.of("y", "p", "n", "n", "p");
    var t = TestColumns.table(x, y);
    List<BiasInputs.Facet> twice =
        List.of(new BiasInputs.Facet("x", List.of("a")), new BiasInputs.Facet("x", List.of("b")));
    BiasResults r =
        BiasAnalysis.run(
            new BiasInputs(t, "y", List.of("p"), null, twice, null, List.of(), List.of("CI"), null),
            RunLog.silent());
    assertEquals(
        List.of("a", "b"),
        r.pre().facets().get("x").stream().map(g -> g.valueOrThreshold()).toList());
    assertNull(r.post());
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                BiasAnalysis.run(
                    new BiasInputs(
                        t,
                        "y",
                        List.of("p"),
                        null,
                        List.of(new BiasInputs.Facet("y", List.of())),
                        null,
                        List.of(),
                        List.of("CI"),
                        null),
                    RunLog.silent()));
    assertEquals("Facet y cannot be the label column", e.getMessage());
  }

  @Test
  void predictionErrorFailsEveryPostTrainingMetricAndFlipTestErrors() {
    RunLog.Recording log = new RunLog.Recording();
    List<Object> xs = new ArrayList<>();
    List<Object> ys = new ArrayList<>();
    List<Object> ps = new ArrayList<>();
    List<Object> fs = new ArrayList<>();
    List<Object> ms = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      xs.add(i % 3 == 0 ? "f" : "m");
      ys.add(i % 2 == 0 ? "yes" : "no");
      ps.add(i % 5 == 0 ? "no" : "yes");
      fs.add((double) i);
      ms.add(i == 7 ? null : (double) i);
    }
    var t =
        TestColumns.table(
            TestColumns.of("x", xs.toArray()),
            TestColumns.of("y", ys.toArray()),
            TestColumns.of("p", ps.toArray()),
            TestColumns.of("f", fs.toArray()),
            TestColumns.of("m", ms.toArray()));
    List<BiasInputs.Facet> facet = List.of(new BiasInputs.Facet("x", List.of("f")));
    BiasResults ok =
        BiasAnalysis.run(
            new BiasInputs(
                t,
                "y",
                List.of("yes"),
                t.column("p"),
                facet,
                null,
                List.of("x", "f", "m"),
                null,
                List.of("FT", "GE")),
            log);
    Expect.error(
        Expect.group(ok.post(), "x", "f"), "FT", "FlipTest does not support missing values");
    BiasResults str =
        BiasAnalysis.run(
            new BiasInputs(
                t,
                "y",
                List.of("yes"),
                t.column("p"),
                facet,
                null,
                List.of("x", "y", "f", "p"),
                null,
                List.of("FT")),
            log);
    // label, prediction and facet columns are dropped from the matrix: only f is left, numeric
    assertNull(Expect.metric(Expect.group(str.post(), "x", "f"), "FT").error());
    // a CONTINUOUS prediction with a non-numeric label value: smclarify converts the predicted
    // labels first, so its stage error wins over the kind mismatch (golden p_pred_cont_label_cat)
    DataException stage =
        assertThrows(
            DataException.class,
            () ->
                BiasAnalysis.run(
                    new BiasInputs(
                        t,
                        "y",
                        List.of("yes"),
                        t.column("f"),
                        facet,
                        null,
                        List.of(),
                        null,
                        List.of("GE", "AD")),
                    log));
    assertTrue(stage.getMessage().startsWith(Thresholds.NOT_NUMERIC), stage.getMessage());
  }
}
