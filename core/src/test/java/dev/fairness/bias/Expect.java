package dev.fairness.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.fairness.result.BiasReport;
import dev.fairness.result.FacetGroupResult;
import dev.fairness.result.MetricValue;
import java.util.List;

/** Assertions shared by the bias tests. */
public final class Expect {

  private Expect() {}

  /** Asserts {@code actual} within relative {@code rel} of {@code expected} (absolute 1e-12). */
  public static void close(double expected, double actual, double rel, String what) {
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      assertEquals(expected, actual, what);
      return;
    }
    double tol = Math.max(1e-12, rel * Math.abs(expected));
    assertTrue(
        Math.abs(expected - actual) <= tol, what + ": expected " + expected + " but was " + actual);
  }

  /** Returns the group of a facet by its string. */
  public static FacetGroupResult group(BiasReport r, String facet, String value) {
    List<FacetGroupResult> groups = r.facets().get(facet);
    assertNotNull(groups, "facet " + facet);
    for (FacetGroupResult g : groups) {
      if (g.valueOrThreshold().equals(value)) {
        return g;
      }
    }
    fail(
        "no group "
            + value
            + " in "
            + groups.stream().map(FacetGroupResult::valueOrThreshold).toList());
    return null;
  }

  /** Returns a metric of a group by name. */
  public static MetricValue metric(FacetGroupResult g, String name) {
    for (MetricValue m : g.metrics()) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    fail("no metric " + name);
    return null;
  }

  /** Asserts a metric's value within relative 1e-12. */
  public static void value(FacetGroupResult g, String name, double expected) {
    MetricValue m = metric(g, name);
    assertNull(m.error(), name + " error");
    close(expected, m.value(), 1e-12, name);
  }

  /** Asserts a metric's error text. */
  public static void error(FacetGroupResult g, String name, String expected) {
    MetricValue m = metric(g, name);
    assertNull(m.value(), name);
    assertEquals(expected, m.error(), name);
  }

  /** Asserts the metric names of a group, in order. */
  public static void names(FacetGroupResult g, String... names) {
    assertEquals(List.of(names), g.metrics().stream().map(MetricValue::name).toList());
  }
}
