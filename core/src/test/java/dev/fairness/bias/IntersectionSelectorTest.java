package dev.fairness.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.RunLog;
import dev.fairness.data.DataException;
import dev.fairness.data.Table;
import dev.fairness.result.GroupMetricsResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intersectional facets: groups of value combinations, continuous members, missing cells. */
class IntersectionSelectorTest {

  // 20 distinct incomes in 20 rows: a continuous member (uniqueness 1.0)
  private static final Table TABLE =
      TestCsv.parse(
          """
          sex,race,income,y,yhat
          F,B,10,p,p
          F,B,11,n,n
          F,W,12,p,p
          M,W,13,n,p
          M,B,14,p,n
          M,W,15,p,p
          F,W,16,n,n
          M,,17,p,p
          F,B,18,n,p
          M,W,19,p,p
          F,W,20,n,n
          M,B,21,p,n
          F,B,22,p,p
          M,W,23,n,n
          F,W,24,p,p
          M,W,25,n,p
          F,B,26,n,n
          M,B,27,p,p
          F,W,28,p,n
          M,W,29,n,n
          """);

  private static BiasInputs.Facet facet(List<String> members, List<List<Object>> combos) {
    return new BiasInputs.Facet(String.join(", ", members), List.of(), members, combos);
  }

  @Test
  void everyCombinationThatOccursIsAGroupInFirstAppearanceOrder() {
    IntersectionSelector.Result r =
        IntersectionSelector.groups(
            TABLE, facet(List.of("sex", "race"), List.of()), RunLog.silent());
    assertEquals(List.of("F, B", "F, W", "M, W", "M, B"), r.split().groups());
    // the row with a missing race is in no group
    assertEquals(-1, r.split().group(7));
    assertEquals(3, r.split().group(4));
  }

  @Test
  void combinationsFormOneSensitiveGroup() {
    IntersectionSelector.Result r =
        IntersectionSelector.groups(
            TABLE,
            facet(List.of("sex", "race"), List.of(List.of("F", "B"), List.of("M", "W"))),
            RunLog.silent());
    assertEquals(List.of("F, B,M, W"), r.split().groups());
    boolean[] d = r.split().sensitive(0);
    int in = 0;
    for (boolean b : d) {
      in += b ? 1 : 0;
    }
    assertEquals(5 + 6, in);
    assertEquals(4, r.partition().groups().size());
  }

  @Test
  void aContinuousMemberSplitsAtItsThreshold() {
    IntersectionSelector.Result r =
        IntersectionSelector.groups(
            TABLE, facet(List.of("sex", "income"), List.of(List.of("F", 20L))), RunLog.silent());
    assertEquals(List.of("F, (20, 29]"), r.split().groups());
    assertEquals(
        List.of("F, not (20, 29]", "M, not (20, 29]", "M, (20, 29]", "F, (20, 29]"),
        r.partition().groups());
  }

  @Test
  void aContinuousMemberNeedsOneThreshold() {
    assertThrows(
        DataException.class,
        () ->
            IntersectionSelector.groups(
                TABLE, facet(List.of("sex", "income"), List.of()), RunLog.silent()));
    DataException e =
        assertThrows(
            DataException.class,
            () ->
                IntersectionSelector.groups(
                    TABLE,
                    facet(List.of("sex", "income"), List.of(List.of("F", 20L), List.of("M", 22L))),
                    RunLog.silent()));
    assertEquals(
        "Facet column income is continuous: every combination must give it the same threshold,"
            + " not 20, 22",
        e.getMessage());
  }

  @Test
  void groupMetricsCountEveryRowInOverallButMissingCellsInNoGroup() {
    BiasInputs in =
        new BiasInputs(
            TABLE,
            "y",
            List.of("p"),
            TABLE.column("yhat"),
            false,
            List.of(facet(List.of("sex", "race"), List.of())),
            null,
            List.of(),
            null,
            null,
            List.of("count", "selection_rate"),
            null,
            null);
    GroupMetricsResult g = BiasAnalysis.run(in, RunLog.silent()).groupMetrics().get("sex, race");
    assertEquals(20.0, g.overall().get("count"), 0.0);
    double groups = 0;
    for (var v : g.byGroup().values()) {
      groups += v.get("count");
    }
    assertEquals(19.0, groups, 0.0);
    // F, B: rows 1, 2, 9, 13, 17 predicted 1, 0, 1, 1, 0
    assertEquals(3.0 / 5, g.byGroup().get("F, B").get("selection_rate"), 1e-15);
    assertEquals(List.of("count", "selection_rate"), g.metrics());
  }
}
