package dev.fairness.mitigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Applying the fitted rules to the rows they were fitted on reproduces the constraint: the expected
 * rate the constraint equalizes is the same in every group.
 */
class ExpectedOutcomesTest {

  @Test
  void simpleConstraintsHoldWithin1e9OnEveryCase() throws IOException {
    for (MitigationCases.Case c : MitigationCases.CASES) {
      GroupedScores data = MitigationCases.read(c);
      ScoreSteps[] steps = ScoreSteps.of(data);
      for (Constraint k : Constraint.values()) {
        if (k == Constraint.EQUALIZED_ODDS) {
          continue;
        }
        ThresholdFit fit = ThresholdOptimizer.fit(data, steps, k, Rate.ACCURACY_SCORE, 1000);
        List<GroupOutcome> after = ExpectedOutcomes.after(steps, fit);
        double x = fit.grid()[fit.best()];
        for (GroupOutcome g : after) {
          assertEquals(x, g.rate(k.equalizedRate()), 1e-9, c.name() + " " + k.id());
        }
        assertTrue(ExpectedOutcomes.disparity(after, k.equalizedRate()) <= 2e-9);
      }
    }
  }

  @Test
  void equalizedOddsEqualizesBothRates() throws IOException {
    for (MitigationCases.Case c : MitigationCases.CASES) {
      GroupedScores data = MitigationCases.read(c);
      ScoreSteps[] steps = ScoreSteps.of(data);
      ThresholdFit fit =
          ThresholdOptimizer.fit(
              data, steps, Constraint.EQUALIZED_ODDS, Rate.BALANCED_ACCURACY_SCORE, 1000);
      List<GroupOutcome> after = ExpectedOutcomes.after(steps, fit);
      double x = fit.grid()[fit.best()];
      double y = fit.overlap()[fit.best()];
      for (GroupOutcome g : after) {
        assertEquals(x, g.rate(Rate.FALSE_POSITIVE_RATE), 1e-9, c.name());
        assertEquals(y, g.rate(Rate.TRUE_POSITIVE_RATE), 1e-9, c.name());
      }
    }
  }

  @Test
  void plainThresholdCountsRows() {
    GroupedScores data =
        GroupedScores.of(
            new double[] {0.1, 0.6, 0.7, 0.4, 0.9},
            new boolean[] {false, true, false, true, true},
            new String[] {"b", "a", "a", "b", "b"});
    List<GroupOutcome> before = ExpectedOutcomes.before(ScoreSteps.of(data), 0.5);
    assertEquals(List.of("a", "b"), data.groupNames());
    assertEquals(new GroupOutcome(1, 1, 0, 0), before.get(0));
    assertEquals(new GroupOutcome(1, 0, 1, 1), before.get(1));
  }

  @Test
  void expectedCountsWeighEachRegion() {
    GroupedScores data =
        GroupedScores.of(
            new double[] {0.2, 0.5, 0.8, 0.5},
            new boolean[] {true, true, false, false},
            new String[] {"g", "g", "g", "g"});
    GroupRule r = new GroupRule(0.25, 0.3, 0.75, 0.6, null, null);
    GroupOutcome o = ExpectedOutcomes.of(ScoreSteps.of(data), List.of(r)).get(0);
    // 0.2: p=0; 0.5: p=0.25 (twice, one positive, one negative); 0.8: p=1.
    assertEquals(0.25, o.tp(), 0.0);
    assertEquals(1.75, o.fn(), 0.0);
    assertEquals(1.25, o.fp(), 0.0);
    assertEquals(0.75, o.tn(), 0.0);
    assertEquals(0.25, r.positiveProbability(0.5), 0.0);
  }

  /** The counts-based outcome equals a row-by-row sum exactly, for every fit of every case. */
  @Test
  void countsEqualRowByRowSums() throws IOException {
    for (MitigationCases.Case c : MitigationCases.CASES) {
      GroupedScores data = MitigationCases.read(c);
      ScoreSteps[] steps = ScoreSteps.of(data);
      for (Constraint k : Constraint.values()) {
        ThresholdFit fit = ThresholdOptimizer.fit(data, steps, k, Rate.ACCURACY_SCORE, 1000);
        assertEquals(byRows(data, fit.rules()), ExpectedOutcomes.after(steps, fit), c.name());
      }
      List<GroupRule> plain = new java.util.ArrayList<>();
      for (int g = 0; g < data.groupCount(); g++) {
        plain.add(new GroupRule(1.0, 0.5, 0.0, 0.5, null, null));
      }
      assertEquals(byRows(data, plain), ExpectedOutcomes.before(steps, 0.5), c.name());
    }
  }

  /** Sums each row's positive probability, row by row: the definition. */
  private static List<GroupOutcome> byRows(GroupedScores data, List<GroupRule> rules) {
    int k = data.groupCount();
    long[][] counts = new long[k][8];
    for (int i = 0; i < data.rows(); i++) {
      int g = data.group()[i];
      GroupRule r = rules.get(g);
      double s = data.score()[i];
      int region = (s > r.threshold0() ? 1 : 0) + (s > r.threshold1() ? 2 : 0);
      counts[g][region * 2 + (data.label()[i] ? 1 : 0)]++;
    }
    List<GroupOutcome> out = new java.util.ArrayList<>();
    for (int g = 0; g < k; g++) {
      GroupRule r = rules.get(g);
      double tp = 0;
      double fp = 0;
      double tn = 0;
      double fn = 0;
      for (int region : new int[] {0, 1, 2, 3}) {
        double p = probabilityOf(r, region);
        long neg = counts[g][region * 2];
        long pos = counts[g][region * 2 + 1];
        if (neg + pos == 0) {
          continue;
        }
        tp += pos * p;
        fn += pos * (1 - p);
        fp += neg * p;
        tn += neg * (1 - p);
      }
      out.add(new GroupOutcome(tp, fp, tn, fn));
    }
    return out;
  }

  private static double probabilityOf(GroupRule r, int region) {
    double v = r.p0() * ((region & 1) != 0 ? 1.0 : 0.0) + r.p1() * ((region & 2) != 0 ? 1.0 : 0.0);
    if (r.pIgnore() != null) {
      double q = r.pIgnore();
      v = q * r.predictionConstant() + (1 - q) * v;
    }
    return v;
  }
}
