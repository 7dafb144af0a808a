package dev.fairness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fairness.config.ConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeLimitsTest {

  @Test
  void aGlobalLimitAndPerMetricOverrides() {
    ChangeLimits l = ChangeLimits.parse(List.of("DI=0.1", "0.05", "FT = inf"));
    assertEquals(0.05, l.global(), 0.0);
    assertEquals(0.1, l.limitFor("DI"), 0.0);
    assertEquals(0.05, l.limitFor("CI"), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, l.limitFor("FT"), 0.0);
    assertEquals(List.of("DI", "FT"), List.copyOf(l.perMetric().keySet()));
    assertEquals("every metric ±0.05, DI ±0.1, FT ±inf", l.describe());
  }

  @Test
  void withoutLimitsNothingIsBounded() {
    ChangeLimits l = ChangeLimits.parse(List.of());
    assertNull(l.limitFor("DI"));
    assertEquals("none", l.describe());
    assertEquals(ChangeLimits.none(), l);
    assertEquals(0.2, ChangeLimits.parse(List.of("DI=.2")).limitFor("DI"), 0.0);
    assertEquals(Map.of("DI", 0.2), ChangeLimits.parse(List.of("DI=.2")).perMetric());
  }

  @Test
  void malformedNegativeOrRepeatedLimitsAreUsageErrors() {
    assertEquals(
        "--max-change five: expected a number such as 0.05 or METRIC=NUMBER such as DI=0.1",
        assertThrows(ConfigException.class, () -> ChangeLimits.parse(List.of("five")))
            .getMessage());
    assertEquals(
        "--max-change -0.1: a limit cannot be negative; it bounds the absolute change",
        assertThrows(ConfigException.class, () -> ChangeLimits.parse(List.of("-0.1")))
            .getMessage());
    assertEquals(
        "--max-change 0.2: the limit for every metric is given twice; keep one",
        assertThrows(ConfigException.class, () -> ChangeLimits.parse(List.of("0.1", "0.2")))
            .getMessage());
    assertEquals(
        "--max-change DI=0.2: the limit for DI is given twice; keep one",
        assertThrows(ConfigException.class, () -> ChangeLimits.parse(List.of("DI=0.1", "DI=0.2")))
            .getMessage());
    assertEquals(
        "--max-change di=0.2: the metric must be an acronym such as DI or DPPL, not di",
        assertThrows(ConfigException.class, () -> ChangeLimits.parse(List.of("di=0.2")))
            .getMessage());
    assertThrows(ConfigException.class, () -> ChangeLimits.parse(List.of("DI=")));
    assertThrows(ConfigException.class, () -> ChangeLimits.parse(List.of("NaN")));
  }
}
