package dev.fairness.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.RunLog;
import dev.fairness.data.DataException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-vs-rest facets with too many distinct values are refused before any mask is allocated. */
class FacetGroupLimitTest {

  private static Object[] distinct(int n) {
    Object[] v = new Object[n];
    for (int i = 0; i < n; i++) {
      v[i] = "id" + i;
    }
    return v;
  }

  @Test
  void refusesMoreThanTheLimit() {
    DataException e =
        assertThrows(
            DataException.class,
            () ->
                FacetSelector.groups(
                    TestColumns.of("user", distinct(FacetSelector.MAX_GROUPS + 1)),
                    List.of(),
                    RunLog.silent()));
    assertEquals(
        "Facet user has 10001 distinct values; one-vs-rest analysis is limited to 10000 groups;"
            + " give value_or_threshold",
        e.getMessage());
  }

  @Test
  void acceptsTheLimit() {
    assertEquals(
        FacetSelector.MAX_GROUPS,
        FacetSelector.groups(
                TestColumns.of("user", distinct(FacetSelector.MAX_GROUPS)),
                List.of(),
                RunLog.silent())
            .groups()
            .size());
  }
}
