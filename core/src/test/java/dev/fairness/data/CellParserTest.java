package dev.fairness.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CellParserTest {

  @Test
  void typesCells() {
    assertEquals(42L, CellParser.parse(" 42 "));
    assertEquals(-7L, CellParser.parse("-7"));
    assertEquals(7L, CellParser.parse("+7"));
    assertEquals(2850.5, CellParser.parse("2850.5"));
    assertEquals(1e-5, CellParser.parse("1e-5"));
    assertEquals(0.5, CellParser.parse(".5"));
    assertEquals(Double.POSITIVE_INFINITY, CellParser.parse("Infinity"));
    assertEquals(Double.NEGATIVE_INFINITY, CellParser.parse("-inf"));
    assertEquals(Boolean.TRUE, CellParser.parse("TRUE"));
    assertEquals(Boolean.FALSE, CellParser.parse("false"));
    assertEquals("0x1A", CellParser.parse("0x1A"));
    assertEquals("1.5d", CellParser.parse("1.5d"));
    assertEquals("1f", CellParser.parse("1f"));
    // pandas compares booleans with strcasecmp: any letter case, nothing around them
    assertEquals(Boolean.TRUE, CellParser.parse("tRUE"));
    assertEquals(" True", CellParser.parse(" True"));
    // white space around a number is skipped, around an infinity word it is not
    assertEquals(5L, CellParser.parse("\t5"));
    assertEquals(" inf", CellParser.parse(" inf"));
    // larger than a 64-bit integer: a float
    assertEquals(9.9999999999999999999e19, CellParser.parse("99999999999999999999"));
  }

  @Test
  void recognisesPandasMissingMarkers() {
    for (String m : CellParser.MISSING_MARKERS) {
      assertNull(CellParser.parse(m), m);
      if (!m.isEmpty()) {
        // pandas matches markers exactly: a padded marker is an ordinary string
        assertEquals(" " + m, CellParser.parse(" " + m), m);
      }
    }
    assertEquals("?", CellParser.parse("?"));
    assertEquals("None", CellParser.parse("None"), "not a marker in pandas 1.5.3");
    assertEquals(" ", CellParser.parse(" "));
  }
}
