package dev.fairness.bias;

import static dev.fairness.bias.TestColumns.longs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fairness.RunLog;
import dev.fairness.bias.count.ConfusionTable;
import dev.fairness.bias.count.RowSet;
import dev.fairness.data.Column;
import dev.fairness.result.BiasReport;
import dev.fairness.result.ModelPerformance;
import dev.fairness.stats.BiasCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The counting paths agree with a plain row scan: the one-pass tally (with the confusion matrix by
 * value), one-vs-rest groups from value codes, and the row-by-row fallbacks.
 */
class CountingPathsTest {

  private static BiasReport post(Column y, List<Object> values, Column p, Column x, Column g) {
    BiasInputs in =
        new BiasInputs(
            TestColumns.table(y, p, x, g),
            y.name(),
            values,
            p,
            List.of(new BiasInputs.Facet(x.name(), List.of())),
            g.name(),
            List.of(),
            List.of("CI", "DPL", "CDDL"),
            List.of("DPPL", "AD", "CDDPL"));
    return BiasAnalysis.run(in, RunLog.silent()).post();
  }

  @Test
  void mergedClassShowsItsFirstValueInRowOrder() {
    // 0/1 label against True/False predictions: 1 and True are one class, shown as the first seen
    Column y = TestColumns.of("y", longs(0, 1, 1, 0));
    Column p = TestColumns.of("p", true, true, false, false);
    ConfusionTable t = ConfusionTable.of(y, p);
    assertEquals(List.of("0", "True"), t.labels());
    assertArrayEquals(new double[] {1, 1}, t.counts()[0]);
    assertArrayEquals(new double[] {1, 1}, t.counts()[1]);
    ModelPerformance m =
        post(
                y,
                List.of(0L, 1L),
                p,
                TestColumns.of("x", "a", "b", "a", "b"),
                TestColumns.of("g", "u", "u", "v", "v"))
            .performance();
    assertEquals(t.labels(), m.classLabels());
    assertArrayEquals(t.counts()[1], m.classCounts()[1]);
  }

  @Test
  void tallyMatchesRowScanWithMissingCellsAndOneVersusRest() {
    List<Object> ys = new ArrayList<>();
    List<Object> ps = new ArrayList<>();
    List<Object> xs = new ArrayList<>();
    List<Object> gs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      ys.add(i % 7 == 0 ? null : (i % 3 == 0 ? "yes" : "no"));
      ps.add(i % 11 == 0 ? null : (i % 5 < 2 ? "yes" : i % 5 == 2 ? "maybe" : "no"));
      xs.add((long) ((i * 7) % 4) * 1000);
      gs.add(i % 17 == 0 ? null : "s" + (i % 6));
    }
    Column y = TestColumns.of("y", ys.toArray());
    Column p = TestColumns.of("p", ps.toArray());
    Column x = TestColumns.of("x", xs.toArray());
    Column g = TestColumns.of("g", gs.toArray());
    BiasReport r = post(y, List.of("yes"), p, x, g);
    assertEquals(List.of("0", "3000", "2000", "1000"), groupNames(r));
    ConfusionTable t = ConfusionTable.of(y, p);
    assertEquals(List.of("maybe", "no", "yes"), r.performance().classLabels());
    assertEquals(t.labels(), r.performance().classLabels());
    for (int i = 0; i < t.counts().length; i++) {
      assertArrayEquals(t.counts()[i], r.performance().classCounts()[i]);
    }
    // rows where label and prediction are both present, by (label, prediction)
    double tp = 0;
    double all = 0;
    for (int i = 0; i < 400; i++) {
      if ("yes".equals(ys.get(i)) && "yes".equals(ps.get(i))) {
        tp++;
      }
      all++;
    }
    double accuracy = r.performance().metrics().get(0).value();
    double tn = 0;
    for (int i = 0; i < 400; i++) {
      if (!"yes".equals(ys.get(i)) && !"yes".equals(ps.get(i))) {
        tn++;
      }
    }
    assertEquals((tp + tn) / all, accuracy, 1e-15);
  }

  @Test
  void splitCountsEqualRowByRowCounting() {
    Random rnd = new Random(7);
    int n = 3000;
    Object[] label = new Object[n];
    Object[] pred = new Object[n];
    Object[] wide = new Object[n];
    Object[] small = new Object[n];
    Object[] floats = new Object[n];
    Object[] text = new Object[n];
    for (int i = 0; i < n; i++) {
      label[i] = (long) rnd.nextInt(3);
      pred[i] = rnd.nextInt(10) == 0 ? null : "c" + rnd.nextInt(4);
      wide[i] = rnd.nextInt(5) * 1_000_000L; // too wide a range for value codes
      small[i] = (long) rnd.nextInt(6);
      floats[i] = rnd.nextInt(9) == 0 ? null : rnd.nextInt(5) / 2.0;
      text[i] = rnd.nextInt(8) == 0 ? null : "t" + rnd.nextInt(7);
    }
    RunLog log = RunLog.silent();
    RowSet y = LabelRule.positive(TestColumns.of("y", label), List.of(1L, 2L), log).positive();
    RowSet yhat = ValueMatcher.match(TestColumns.of("p", pred), List.of("c1", "c3"));
    RowSet bits =
        RowSet.of(IntervalRule.of(1L, 4L).select(new NumericColumn(TestColumns.of("s", small))));
    List<FacetSplit> splits =
        List.of(
            FacetSelector.groups(TestColumns.of("w", wide), List.of(), log),
            FacetSelector.groups(TestColumns.of("s", small), List.of(), log),
            FacetSelector.groups(TestColumns.of("t", text), List.of(), log),
            FacetSelector.groups(TestColumns.of("t", text), List.of("t2", "t5"), log),
            FacetSplit.single("bits", bits));
    List<GroupVariable.Strata> strata =
        Arrays.asList(
            null,
            GroupVariable.strata(TestColumns.of("f", floats)),
            GroupVariable.strata(TestColumns.of("t", text)),
            GroupVariable.strata(TestColumns.of("w", wide)));
    for (FacetSplit split : splits) {
      for (GroupVariable.Strata s : strata) {
        for (int variant = 0; variant < 4; variant++) {
          // by set or by value; the tally whole, or one group per pass
          SplitCounts c =
              SplitCounts.count(
                  split, y, yhat, s, variant % 2 == 1, variant < 2 ? 1 << 21 : 8, null);
          for (int g = 0; g < split.groups().size(); g++) {
            boolean[] d = split.sensitive(g);
            int[] codes = s == null ? null : s.codes();
            assertEquals(
                BiasCounter.count(d, y.toBooleans(), yhat.toBooleans(), codes, 64),
                c.post(g),
                split.groups().get(g));
            assertEquals(
                BiasCounter.count(d, y.toBooleans(), null, codes, 64),
                c.pre(g),
                split.groups().get(g));
          }
        }
      }
    }
  }

  private static List<String> groupNames(BiasReport r) {
    return r.facets().get("x").stream().map(f -> f.valueOrThreshold()).toList();
  }
}
