package dev.fairness.mitigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Draws equal numpy 1.24's RandomState(seed).rand() bit for bit (values printed by numpy). */
class NumpyRandomTest {

  @Test
  void seedSevenMatchesNumpy() {
    NumpyRandom r = new NumpyRandom(7);
    assertEquals(0.07630828937395717, r.nextDouble(), 0.0);
    assertEquals(0.7799187922401146, r.nextDouble(), 0.0);
    assertEquals(0.4384092314408935, r.nextDouble(), 0.0);
    for (int i = 3; i < 999; i++) {
      r.nextDouble();
    }
    assertEquals(0.016448753231374513, r.nextDouble(), 0.0);
  }

  @Test
  void largestSeedMatchesNumpy() {
    NumpyRandom r = new NumpyRandom(4294967295L);
    assertEquals(0.0976320289940138, r.nextDouble(), 0.0);
    assertEquals(0.9123828453026218, r.nextDouble(), 0.0);
  }

  @Test
  void seedOutOfRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(-1));
    assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(1L << 32));
  }
}
